/**
 * Generated from spec/servicecatalog.json by `pnpm generate`. Do not edit.
 */

import { Command as $Command } from "@smithy/smithy-client";
import type { MetadataBearer as __MetadataBearer } from "@smithy/types";
import type { UpdateProvisionedProductInput, UpdateProvisionedProductOutput } from "@svccat/model";
import { getAwsJson11Plugin, type RequestSerializer, type ResponseDeserializer } from "../../protocol/aws-json-1-1.js";
import type { ServiceCatalogClientResolvedConfig } from "../../ServiceCatalogClient.js";
import { de_UpdateProvisionedProductCommand, se_UpdateProvisionedProductCommand } from "../protocols/aws-json-1-1.gen.js";
import type { ServiceInputTypes, ServiceOutputTypes } from "../service-types.gen.js";

/** The input of {@link UpdateProvisionedProductCommand}; `UpdateToken` is a fresh UUID when left out. @public */
export interface UpdateProvisionedProductCommandInput extends Omit<UpdateProvisionedProductInput, "UpdateToken"> {
  UpdateToken?: UpdateProvisionedProductInput["UpdateToken"];
}

/** The output of {@link UpdateProvisionedProductCommand}, with the response's `$metadata`. @public */
export interface UpdateProvisionedProductCommandOutput extends UpdateProvisionedProductOutput, __MetadataBearer {}

/**
 * Changes a provisioned product to another artifact, parameters or tags, asynchronously: the answer is a record; a failed update rolls back and leaves the product TAINTED.
 *
 * Sends `POST /` with `X-Amz-Target: AWS242ServiceCatalogService.UpdateProvisionedProduct`.
 *
 * @example
 * ```ts
 * import { ServiceCatalogClient, UpdateProvisionedProductCommand } from "@svccat/client";
 * const client = new ServiceCatalogClient({ region: "us-east-1" });
 * const response = await client.send(new UpdateProvisionedProductCommand({}));
 * ```
 *
 * @throws {@link InvalidParametersException} (client fault)
 * @throws {@link ResourceNotFoundException} (client fault)
 * @throws {@link ServiceCatalogServiceException} for any other error the service answers with.
 * @public
 */
export class UpdateProvisionedProductCommand extends $Command
  .classBuilder<UpdateProvisionedProductCommandInput, UpdateProvisionedProductCommandOutput, ServiceCatalogClientResolvedConfig, ServiceInputTypes, ServiceOutputTypes>()
  .m(function (
    this: { serialize: RequestSerializer; deserialize: ResponseDeserializer },
    _command: unknown,
    _clientStack: unknown,
    config: ServiceCatalogClientResolvedConfig,
  ) {
    return [getAwsJson11Plugin(config, this.serialize, this.deserialize)];
  })
  .s("AWS242ServiceCatalogService", "UpdateProvisionedProduct", {})
  .n("ServiceCatalogClient", "UpdateProvisionedProductCommand")
  .f(void 0, void 0)
  .ser(se_UpdateProvisionedProductCommand)
  .de(de_UpdateProvisionedProductCommand as (response: unknown, config: unknown) => Promise<UpdateProvisionedProductCommandOutput>)
  .build() {
  /** @internal Type navigation helper, as in the AWS SDK's commands. */
  protected declare static __types: {
    api: { input: UpdateProvisionedProductInput; output: UpdateProvisionedProductOutput };
    sdk: { input: UpdateProvisionedProductCommandInput; output: UpdateProvisionedProductCommandOutput };
  };
}
