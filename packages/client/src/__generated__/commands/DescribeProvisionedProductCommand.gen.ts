/**
 * Generated from spec/servicecatalog.json by `pnpm generate`. Do not edit.
 */

import { Command as $Command } from "@smithy/smithy-client";
import type { MetadataBearer as __MetadataBearer } from "@smithy/types";
import type { DescribeProvisionedProductInput, DescribeProvisionedProductOutput } from "@svccat/model";
import { getAwsJson11Plugin, type RequestSerializer, type ResponseDeserializer } from "../../protocol/aws-json-1-1.js";
import type { ServiceCatalogClientResolvedConfig } from "../../ServiceCatalogClient.js";
import { de_DescribeProvisionedProductCommand, se_DescribeProvisionedProductCommand } from "../protocols/aws-json-1-1.gen.js";
import type { ServiceInputTypes, ServiceOutputTypes } from "../service-types.gen.js";

/** The input of {@link DescribeProvisionedProductCommand}. @public */
export interface DescribeProvisionedProductCommandInput extends DescribeProvisionedProductInput {}

/** The output of {@link DescribeProvisionedProductCommand}, with the response's `$metadata`. @public */
export interface DescribeProvisionedProductCommandOutput extends DescribeProvisionedProductOutput, __MetadataBearer {}

/**
 * Reads one provisioned product by Id or name: its status, its records and where it came from.
 *
 * Sends `POST /` with `X-Amz-Target: AWS242ServiceCatalogService.DescribeProvisionedProduct`.
 *
 * @example
 * ```ts
 * import { ServiceCatalogClient, DescribeProvisionedProductCommand } from "@svccat/client";
 * const client = new ServiceCatalogClient({ region: "us-east-1" });
 * const response = await client.send(new DescribeProvisionedProductCommand({}));
 * ```
 *
 * @throws {@link InvalidParametersException} (client fault)
 * @throws {@link ResourceNotFoundException} (client fault)
 * @throws {@link ServiceCatalogServiceException} for any other error the service answers with.
 * @public
 */
export class DescribeProvisionedProductCommand extends $Command
  .classBuilder<DescribeProvisionedProductCommandInput, DescribeProvisionedProductCommandOutput, ServiceCatalogClientResolvedConfig, ServiceInputTypes, ServiceOutputTypes>()
  .m(function (
    this: { serialize: RequestSerializer; deserialize: ResponseDeserializer },
    _command: unknown,
    _clientStack: unknown,
    config: ServiceCatalogClientResolvedConfig,
  ) {
    return [getAwsJson11Plugin(config, this.serialize, this.deserialize)];
  })
  .s("AWS242ServiceCatalogService", "DescribeProvisionedProduct", {})
  .n("ServiceCatalogClient", "DescribeProvisionedProductCommand")
  .f(void 0, void 0)
  .ser(se_DescribeProvisionedProductCommand)
  .de(de_DescribeProvisionedProductCommand as (response: unknown, config: unknown) => Promise<DescribeProvisionedProductCommandOutput>)
  .build() {
  /** @internal Type navigation helper, as in the AWS SDK's commands. */
  protected declare static __types: {
    api: { input: DescribeProvisionedProductInput; output: DescribeProvisionedProductOutput };
    sdk: { input: DescribeProvisionedProductCommandInput; output: DescribeProvisionedProductCommandOutput };
  };
}
