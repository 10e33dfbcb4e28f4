/**
 * Generated from spec/servicecatalog.json by `pnpm generate`. Do not edit.
 */

import { Command as $Command } from "@smithy/smithy-client";
import type { MetadataBearer as __MetadataBearer } from "@smithy/types";
import type { ListRecordHistoryInput, ListRecordHistoryOutput } from "@svccat/model";
import { getAwsJson11Plugin, type RequestSerializer, type ResponseDeserializer } from "../../protocol/aws-json-1-1.js";
import type { ServiceCatalogClientResolvedConfig } from "../../ServiceCatalogClient.js";
import { de_ListRecordHistoryCommand, se_ListRecordHistoryCommand } from "../protocols/aws-json-1-1.gen.js";
import type { ServiceInputTypes, ServiceOutputTypes } from "../service-types.gen.js";

/** The input of {@link ListRecordHistoryCommand}. @public */
export interface ListRecordHistoryCommandInput extends ListRecordHistoryInput {}

/** The output of {@link ListRecordHistoryCommand}, with the response's `$metadata`. @public */
export interface ListRecordHistoryCommandOutput extends ListRecordHistoryOutput, __MetadataBearer {}

/**
 * Lists records (provision, update and terminate requests) the caller may see at an access level, newest first, a page at a time.
 *
 * Sends `POST /` with `X-Amz-Target: AWS242ServiceCatalogService.ListRecordHistory`.
 *
 * @example
 * ```ts
 * import { ServiceCatalogClient, ListRecordHistoryCommand } from "@svccat/client";
 * const client = new ServiceCatalogClient({ region: "us-east-1" });
 * const response = await client.send(new ListRecordHistoryCommand({}));
 * ```
 *
 * @throws {@link InvalidParametersException} (client fault)
 * @throws {@link ServiceCatalogServiceException} for any other error the service answers with.
 * @public
 */
export class ListRecordHistoryCommand extends $Command
  .classBuilder<ListRecordHistoryCommandInput, ListRecordHistoryCommandOutput, ServiceCatalogClientResolvedConfig, ServiceInputTypes, ServiceOutputTypes>()
  .m(function (
    this: { serialize: RequestSerializer; deserialize: ResponseDeserializer },
    _command: unknown,
    _clientStack: unknown,
    config: ServiceCatalogClientResolvedConfig,
  ) {
    return [getAwsJson11Plugin(config, this.serialize, this.deserialize)];
  })
  .s("AWS242ServiceCatalogService", "ListRecordHistory", {})
  .n("ServiceCatalogClient", "ListRecordHistoryCommand")
  .f(void 0, void 0)
  .ser(se_ListRecordHistoryCommand)
  .de(de_ListRecordHistoryCommand as (response: unknown, config: unknown) => Promise<ListRecordHistoryCommandOutput>)
  .build() {
  /** @internal Type navigation helper, as in the AWS SDK's commands. */
  protected declare static __types: {
    api: { input: ListRecordHistoryInput; output: ListRecordHistoryOutput };
    sdk: { input: ListRecordHistoryCommandInput; output: ListRecordHistoryCommandOutput };
  };
}
