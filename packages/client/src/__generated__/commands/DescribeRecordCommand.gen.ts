/**
 * Generated from spec/servicecatalog.json by `pnpm generate`. Do not edit.
 */

import { Command as $Command } from "@smithy/smithy-client";
import type { MetadataBearer as __MetadataBearer } from "@smithy/types";
import type { DescribeRecordInput, DescribeRecordOutput } from "@svccat/model";
import { getAwsJson11Plugin, type RequestSerializer, type ResponseDeserializer } from "../../protocol/aws-json-1-1.js";
import type { ServiceCatalogClientResolvedConfig } from "../../ServiceCatalogClient.js";
import { de_DescribeRecordCommand, se_DescribeRecordCommand } from "../protocols/aws-json-1-1.gen.js";
import type { ServiceInputTypes, ServiceOutputTypes } from "../service-types.gen.js";

/** The input of {@link DescribeRecordCommand}. @public */
export interface DescribeRecordCommandInput extends DescribeRecordInput {}

/** The output of {@link DescribeRecordCommand}, with the response's `$metadata`. @public */
export interface DescribeRecordCommandOutput extends DescribeRecordOutput, __MetadataBearer {}

/**
 * Reads a record: the request it tracks, its status and errors, and a page of its outputs.
 *
 * Sends `POST /` with `X-Amz-Target: AWS242ServiceCatalogService.DescribeRecord`.
 *
 * @example
 * ```ts
 * import { ServiceCatalogClient, DescribeRecordCommand } from "@svccat/client";
 * const client = new ServiceCatalogClient({ region: "us-east-1" });
 * const response = await client.send(new DescribeRecordCommand({}));
 * ```
 *
 * @throws {@link ResourceNotFoundException} (client fault)
 * @throws {@link ServiceCatalogServiceException} for any other error the service answers with.
 * @public
 */
export class DescribeRecordCommand extends $Command
  .classBuilder<DescribeRecordCommandInput, DescribeRecordCommandOutput, ServiceCatalogClientResolvedConfig, ServiceInputTypes, ServiceOutputTypes>()
  .m(function (
    this: { serialize: RequestSerializer; deserialize: ResponseDeserializer },
    _command: unknown,
    _clientStack: unknown,
    config: ServiceCatalogClientResolvedConfig,
  ) {
    return [getAwsJson11Plugin(config, this.serialize, this.deserialize)];
  })
  .s("AWS242ServiceCatalogService", "DescribeRecord", {})
  .n("ServiceCatalogClient", "DescribeRecordCommand")
  .f(void 0, void 0)
  .ser(se_DescribeRecordCommand)
  .de(de_DescribeRecordCommand as (response: unknown, config: unknown) => Promise<DescribeRecordCommandOutput>)
  .build() {
  /** @internal Type navigation helper, as in the AWS SDK's commands. */
  protected declare static __types: {
    api: { input: DescribeRecordInput; output: DescribeRecordOutput };
    sdk: { input: DescribeRecordCommandInput; output: DescribeRecordCommandOutput };
  };
}
