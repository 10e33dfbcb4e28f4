/**
 * Generated from spec/servicecatalog.json by `pnpm generate`. Do not edit.
 */

import { Command as $Command } from "@smithy/smithy-client";
import type { MetadataBearer as __MetadataBearer } from "@smithy/types";
import type { ProvisionProductInput, ProvisionProductOutput } from "@svccat/model";
import { getAwsJson11Plugin, type RequestSerializer, type ResponseDeserializer } from "../../protocol/aws-json-1-1.js";
import type { ServiceCatalogClientResolvedConfig } from "../../ServiceCatalogClient.js";
import { de_ProvisionProductCommand, se_ProvisionProductCommand } from "../protocols/aws-json-1-1.gen.js";
import type { ServiceInputTypes, ServiceOutputTypes } from "../service-types.gen.js";

/** The input of {@link ProvisionProductCommand}; `ProvisionToken` is a fresh UUID when left out. @public */
export interface ProvisionProductCommandInput extends Omit<ProvisionProductInput, "ProvisionToken"> {
  ProvisionToken?: ProvisionProductInput["ProvisionToken"];
}

/** The output of {@link ProvisionProductCommand}, with the response's `$metadata`. @public */
export interface ProvisionProductCommandOutput extends ProvisionProductOutput, __MetadataBearer {}

/**
 * Launches a provisioned product from a product's artifact, asynchronously: the answer is a record, and the product is UNDER_CHANGE until the record ends.
 *
 * Sends `POST /` with `X-Amz-Target: AWS242ServiceCatalogService.ProvisionProduct`.
 *
 * @example
 * ```ts
 * import { ServiceCatalogClient, ProvisionProductCommand } from "@svccat/client";
 * const client = new ServiceCatalogClient({ region: "us-east-1" });
 * const response = await client.send(new ProvisionProductCommand({}));
 * ```
 *
 * @throws {@link DuplicateResourceException} (client fault)
 * @throws {@link InvalidParametersException} (client fault)
 * @throws {@link ResourceNotFoundException} (client fault)
 * @throws {@link ServiceCatalogServiceException} for any other error the service answers with.
 * @public
 */
export class ProvisionProductCommand extends $Command
  .classBuilder<ProvisionProductCommandInput, ProvisionProductCommandOutput, ServiceCatalogClientResolvedConfig, ServiceInputTypes, ServiceOutputTypes>()
  .m(function (
    this: { serialize: RequestSerializer; deserialize: ResponseDeserializer },
    _command: unknown,
    _clientStack: unknown,
    config: ServiceCatalogClientResolvedConfig,
  ) {
    return [getAwsJson11Plugin(config, this.serialize, this.deserialize)];
  })
  .s("AWS242ServiceCatalogService", "ProvisionProduct", {})
  .n("ServiceCatalogClient", "ProvisionProductCommand")
  .f(void 0, void 0)
  .ser(se_ProvisionProductCommand)
  .de(de_ProvisionProductCommand as (response: unknown, config: unknown) => Promise<ProvisionProductCommandOutput>)
  .build() {
  /** @internal Type navigation helper, as in the AWS SDK's commands. */
  protected declare static __types: {
    api: { input: ProvisionProductInput; output: ProvisionProductOutput };
    sdk: { input: ProvisionProductCommandInput; output: ProvisionProductCommandOutput };
  };
}
