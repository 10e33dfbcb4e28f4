/**
 * Generated from spec/servicecatalog.json by `pnpm generate`. Do not edit.
 */

import { Command as $Command } from "@smithy/smithy-client";
import type { MetadataBearer as __MetadataBearer } from "@smithy/types";
import type { ListLaunchPathsInput, ListLaunchPathsOutput } from "@svccat/model";
import { getAwsJson11Plugin, type RequestSerializer, type ResponseDeserializer } from "../../protocol/aws-json-1-1.js";
import type { ServiceCatalogClientResolvedConfig } from "../../ServiceCatalogClient.js";
import { de_ListLaunchPathsCommand, se_ListLaunchPathsCommand } from "../protocols/aws-json-1-1.gen.js";
import type { ServiceInputTypes, ServiceOutputTypes } from "../service-types.gen.js";

/** The input of {@link ListLaunchPathsCommand}. @public */
export interface ListLaunchPathsCommandInput extends ListLaunchPathsInput {}

/** The output of {@link ListLaunchPathsCommand}, with the response's `$metadata`. @public */
export interface ListLaunchPathsCommandOutput extends ListLaunchPathsOutput, __MetadataBearer {}

/**
 * Lists the launch paths (portfolios) through which the caller may launch a product, a page at a time.
 *
 * Sends `POST /` with `X-Amz-Target: AWS242ServiceCatalogService.ListLaunchPaths`.
 *
 * @example
 * ```ts
 * import { ServiceCatalogClient, ListLaunchPathsCommand } from "@svccat/client";
 * const client = new ServiceCatalogClient({ region: "us-east-1" });
 * const response = await client.send(new ListLaunchPathsCommand({}));
 * ```
 *
 * @throws {@link InvalidParametersException} (client fault)
 * @throws {@link ResourceNotFoundException} (client fault)
 * @throws {@link ServiceCatalogServiceException} for any other error the service answers with.
 * @public
 */
export class ListLaunchPathsCommand extends $Command
  .classBuilder<ListLaunchPathsCommandInput, ListLaunchPathsCommandOutput, ServiceCatalogClientResolvedConfig, ServiceInputTypes, ServiceOutputTypes>()
  .m(function (
    this: { serialize: RequestSerializer; deserialize: ResponseDeserializer },
    _command: unknown,
    _clientStack: unknown,
    config: ServiceCatalogClientResolvedConfig,
  ) {
    return [getAwsJson11Plugin(config, this.serialize, this.deserialize)];
  })
  .s("AWS242ServiceCatalogService", "ListLaunchPaths", {})
  .n("ServiceCatalogClient", "ListLaunchPathsCommand")
  .f(void 0, void 0)
  .ser(se_ListLaunchPathsCommand)
  .de(de_ListLaunchPathsCommand as (response: unknown, config: unknown) => Promise<ListLaunchPathsCommandOutput>)
  .build() {
  /** @internal Type navigation helper, as in the AWS SDK's commands. */
  protected declare static __types: {
    api: { input: ListLaunchPathsInput; output: ListLaunchPathsOutput };
    sdk: { input: ListLaunchPathsCommandInput; output: ListLaunchPathsCommandOutput };
  };
}
