/**
 * Generated from spec/servicecatalog.json by `pnpm generate`. Do not edit.
 */

import { Command as $Command } from "@smithy/smithy-client";
import type { MetadataBearer as __MetadataBearer } from "@smithy/types";
import type { GetProvisionedProductOutputsInput, GetProvisionedProductOutputsOutput } from "@svccat/model";
import { getAwsJson11Plugin, type RequestSerializer, type ResponseDeserializer } from "../../protocol/aws-json-1-1.js";
import type { ServiceCatalogClientResolvedConfig } from "../../ServiceCatalogClient.js";
import { de_GetProvisionedProductOutputsCommand, se_GetProvisionedProductOutputsCommand } from "../protocols/aws-json-1-1.gen.js";
import type { ServiceInputTypes, ServiceOutputTypes } from "../service-types.gen.js";

/** The input of {@link GetProvisionedProductOutputsCommand}. @public */
export interface GetProvisionedProductOutputsCommandInput extends GetProvisionedProductOutputsInput {}

/** The output of {@link GetProvisionedProductOutputsCommand}, with the response's `$metadata`. @public */
export interface GetProvisionedProductOutputsCommandOutput extends GetProvisionedProductOutputsOutput, __MetadataBearer {}

/**
 * Reads the outputs a provisioned product's stack or configuration produced, such as an account's e-mail, a page at a time.
 *
 * Sends `POST /` with `X-Amz-Target: AWS242ServiceCatalogService.GetProvisionedProductOutputs`.
 *
 * @example
 * ```ts
 * import { ServiceCatalogClient, GetProvisionedProductOutputsCommand } from "@svccat/client";
 * const client = new ServiceCatalogClient({ region: "us-east-1" });
 * const response = await client.send(new GetProvisionedProductOutputsCommand({}));
 * ```
 *
 * @throws {@link InvalidParametersException} (client fault)
 * @throws {@link ResourceNotFoundException} (client fault)
 * @throws {@link ServiceCatalogServiceException} for any other error the service answers with.
 * @public
 */
export class GetProvisionedProductOutputsCommand extends $Command
  .classBuilder<GetProvisionedProductOutputsCommandInput, GetProvisionedProductOutputsCommandOutput, ServiceCatalogClientResolvedConfig, ServiceInputTypes, ServiceOutputTypes>()
  .m(function (
    this: { serialize: RequestSerializer; deserialize: ResponseDeserializer },
    _command: unknown,
    _clientStack: unknown,
    config: ServiceCatalogClientResolvedConfig,
  ) {
    return [getAwsJson11Plugin(config, this.serialize, this.deserialize)];
  })
  .s("AWS242ServiceCatalogService", "GetProvisionedProductOutputs", {})
  .n("ServiceCatalogClient", "GetProvisionedProductOutputsCommand")
  .f(void 0, void 0)
  .ser(se_GetProvisionedProductOutputsCommand)
  .de(de_GetProvisionedProductOutputsCommand as (response: unknown, config: unknown) => Promise<GetProvisionedProductOutputsCommandOutput>)
  .build() {
  /** @internal Type navigation helper, as in the AWS SDK's commands. */
  protected declare static __types: {
    api: { input: GetProvisionedProductOutputsInput; output: GetProvisionedProductOutputsOutput };
    sdk: { input: GetProvisionedProductOutputsCommandInput; output: GetProvisionedProductOutputsCommandOutput };
  };
}
