/**
 * Generated from spec/servicecatalog.json by `pnpm generate`. Do not edit.
 */

import { Command as $Command } from "@smithy/smithy-client";
import type { MetadataBearer as __MetadataBearer } from "@smithy/types";
import type { TerminateProvisionedProductInput, TerminateProvisionedProductOutput } from "@svccat/model";
import { getAwsJson11Plugin, type RequestSerializer, type ResponseDeserializer } from "../../protocol/aws-json-1-1.js";
import type { ServiceCatalogClientResolvedConfig } from "../../ServiceCatalogClient.js";
import { de_TerminateProvisionedProductCommand, se_TerminateProvisionedProductCommand } from "../protocols/aws-json-1-1.gen.js";
import type { ServiceInputTypes, ServiceOutputTypes } from "../service-types.gen.js";

/** The input of {@link TerminateProvisionedProductCommand}; `TerminateToken` is a fresh UUID when left out. @public */
export interface TerminateProvisionedProductCommandInput extends Omit<TerminateProvisionedProductInput, "TerminateToken"> {
  TerminateToken?: TerminateProvisionedProductInput["TerminateToken"];
}

/** The output of {@link TerminateProvisionedProductCommand}, with the response's `$metadata`. @public */
export interface TerminateProvisionedProductCommandOutput extends TerminateProvisionedProductOutput, __MetadataBearer {}

/**
 * Ends a provisioned product and deletes its resources, asynchronously: the answer is a record; when it succeeds the product is gone, and its records stay readable.
 *
 * Sends `POST /` with `X-Amz-Target: AWS242ServiceCatalogService.TerminateProvisionedProduct`.
 *
 * @example
 * ```ts
 * import { ServiceCatalogClient, TerminateProvisionedProductCommand } from "@svccat/client";
 * const client = new ServiceCatalogClient({ region: "us-east-1" });
 * const response = await client.send(new TerminateProvisionedProductCommand({}));
 * ```
 *
 * @throws {@link ResourceNotFoundException} (client fault)
 * @throws {@link ServiceCatalogServiceException} for any other error the service answers with.
 * @public
 */
export class TerminateProvisionedProductCommand extends $Command
  .classBuilder<TerminateProvisionedProductCommandInput, TerminateProvisionedProductCommandOutput, ServiceCatalogClientResolvedConfig, ServiceInputTypes, ServiceOutputTypes>()
  .m(function (
    this: { serialize: RequestSerializer; deserialize: ResponseDeserializer },
    _command: unknown,
    _clientStack: unknown,
    config: ServiceCatalogClientResolvedConfig,
  ) {
    return [getAwsJson11Plugin(config, this.serialize, this.deserialize)];
  })
  .s("AWS242ServiceCatalogService", "TerminateProvisionedProduct", {})
  .n("ServiceCatalogClient", "TerminateProvisionedProductCommand")
  .f(void 0, void 0)
  .ser(se_TerminateProvisionedProductCommand)
  .de(de_TerminateProvisionedProductCommand as (response: unknown, config: unknown) => Promise<TerminateProvisionedProductCommandOutput>)
  .build() {
  /** @internal Type navigation helper, as in the AWS SDK's commands. */
  protected declare static __types: {
    api: { input: TerminateProvisionedProductInput; output: TerminateProvisionedProductOutput };
    sdk: { input: TerminateProvisionedProductCommandInput; output: TerminateProvisionedProductCommandOutput };
  };
}
