/**
 * Generated from spec/servicecatalog.json by `pnpm generate`. Do not edit.
 */

import { Command as $Command } from "@smithy/smithy-client";
import type { MetadataBearer as __MetadataBearer } from "@smithy/types";
import type { DescribeProductInput, DescribeProductOutput } from "@svccat/model";
import { getAwsJson11Plugin, type RequestSerializer, type ResponseDeserializer } from "../../protocol/aws-json-1-1.js";
import type { ServiceCatalogClientResolvedConfig } from "../../ServiceCatalogClient.js";
import { de_DescribeProductCommand, se_DescribeProductCommand } from "../protocols/aws-json-1-1.gen.js";
import type { ServiceInputTypes, ServiceOutputTypes } from "../service-types.gen.js";

/** The input of {@link DescribeProductCommand}. @public */
export interface DescribeProductCommandInput extends DescribeProductInput {}

/** The output of {@link DescribeProductCommand}, with the response's `$metadata`. @public */
export interface DescribeProductCommandOutput extends DescribeProductOutput, __MetadataBearer {}

/**
 * Reads a product of the catalog as an end user sees it: its summary, the provisioning artifacts the caller may launch, budgets and launch paths.
 *
 * Sends `POST /` with `X-Amz-Target: AWS242ServiceCatalogService.DescribeProduct`.
 *
 * @example
 * ```ts
 * import { ServiceCatalogClient, DescribeProductCommand } from "@svccat/client";
 * const client = new ServiceCatalogClient({ region: "us-east-1" });
 * const response = await client.send(new DescribeProductCommand({}));
 * ```
 *
 * @throws {@link InvalidParametersException} (client fault)
 * @throws {@link ResourceNotFoundException} (client fault)
 * @throws {@link ServiceCatalogServiceException} for any other error the service answers with.
 * @public
 */
export class DescribeProductCommand extends $Command
  .classBuilder<DescribeProductCommandInput, DescribeProductCommandOutput, ServiceCatalogClientResolvedConfig, ServiceInputTypes, ServiceOutputTypes>()
  .m(function (
    this: { serialize: RequestSerializer; deserialize: ResponseDeserializer },
    _command: unknown,
    _clientStack: unknown,
    config: ServiceCatalogClientResolvedConfig,
  ) {
    return [getAwsJson11Plugin(config, this.serialize, this.deserialize)];
  })
  .s("AWS242ServiceCatalogService", "DescribeProduct", {})
  .n("ServiceCatalogClient", "DescribeProductCommand")
  .f(void 0, void 0)
  .ser(se_DescribeProductCommand)
  .de(de_DescribeProductCommand as (response: unknown, config: unknown) => Promise<DescribeProductCommandOutput>)
  .build() {
  /** @internal Type navigation helper, as in the AWS SDK's commands. */
  protected declare static __types: {
    api: { input: DescribeProductInput; output: DescribeProductOutput };
    sdk: { input: DescribeProductCommandInput; output: DescribeProductCommandOutput };
  };
}
