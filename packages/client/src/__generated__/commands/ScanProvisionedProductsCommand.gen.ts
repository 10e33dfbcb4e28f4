/**
 * Generated from spec/servicecatalog.json by `pnpm generate`. Do not edit.
 */

import { Command as $Command } from "@smithy/smithy-client";
import type { MetadataBearer as __MetadataBearer } from "@smithy/types";
import type { ScanProvisionedProductsInput, ScanProvisionedProductsOutput } from "@svccat/model";
import { getAwsJson11Plugin, type RequestSerializer, type ResponseDeserializer } from "../../protocol/aws-json-1-1.js";
import type { ServiceCatalogClientResolvedConfig } from "../../ServiceCatalogClient.js";
import { de_ScanProvisionedProductsCommand, se_ScanProvisionedProductsCommand } from "../protocols/aws-json-1-1.gen.js";
import type { ServiceInputTypes, ServiceOutputTypes } from "../service-types.gen.js";

/** The input of {@link ScanProvisionedProductsCommand}. @public */
export interface ScanProvisionedProductsCommandInput extends ScanProvisionedProductsInput {}

/** The output of {@link ScanProvisionedProductsCommand}, with the response's `$metadata`. @public */
export interface ScanProvisionedProductsCommandOutput extends ScanProvisionedProductsOutput, __MetadataBearer {}

/**
 * Lists the caller's provisioned products that are not terminated, a page at a time, at the access level asked for. For filters and sorting, use SearchProvisionedProducts.
 *
 * Sends `POST /` with `X-Amz-Target: AWS242ServiceCatalogService.ScanProvisionedProducts`.
 *
 * @example
 * ```ts
 * import { ServiceCatalogClient, ScanProvisionedProductsCommand } from "@svccat/client";
 * const client = new ServiceCatalogClient({ region: "us-east-1" });
 * const response = await client.send(new ScanProvisionedProductsCommand({}));
 * ```
 *
 * @throws {@link InvalidParametersException} (client fault)
 * @throws {@link ServiceCatalogServiceException} for any other error the service answers with.
 * @public
 */
export class ScanProvisionedProductsCommand extends $Command
  .classBuilder<ScanProvisionedProductsCommandInput, ScanProvisionedProductsCommandOutput, ServiceCatalogClientResolvedConfig, ServiceInputTypes, ServiceOutputTypes>()
  .m(function (
    this: { serialize: RequestSerializer; deserialize: ResponseDeserializer },
    _command: unknown,
    _clientStack: unknown,
    config: ServiceCatalogClientResolvedConfig,
  ) {
    return [getAwsJson11Plugin(config, this.serialize, this.deserialize)];
  })
  .s("AWS242ServiceCatalogService", "ScanProvisionedProducts", {})
  .n("ServiceCatalogClient", "ScanProvisionedProductsCommand")
  .f(void 0, void 0)
  .ser(se_ScanProvisionedProductsCommand)
  .de(de_ScanProvisionedProductsCommand as (response: unknown, config: unknown) => Promise<ScanProvisionedProductsCommandOutput>)
  .build() {
  /** @internal Type navigation helper, as in the AWS SDK's commands. */
  protected declare static __types: {
    api: { input: ScanProvisionedProductsInput; output: ScanProvisionedProductsOutput };
    sdk: { input: ScanProvisionedProductsCommandInput; output: ScanProvisionedProductsCommandOutput };
  };
}
