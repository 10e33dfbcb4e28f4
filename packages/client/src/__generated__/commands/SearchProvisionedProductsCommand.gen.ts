/**
 * Generated from spec/servicecatalog.json by `pnpm generate`. Do not edit.
 */

import { Command as $Command } from "@smithy/smithy-client";
import type { MetadataBearer as __MetadataBearer } from "@smithy/types";
import type { SearchProvisionedProductsInput, SearchProvisionedProductsOutput } from "@svccat/model";
import { getAwsJson11Plugin, type RequestSerializer, type ResponseDeserializer } from "../../protocol/aws-json-1-1.js";
import type { ServiceCatalogClientResolvedConfig } from "../../ServiceCatalogClient.js";
import { de_SearchProvisionedProductsCommand, se_SearchProvisionedProductsCommand } from "../protocols/aws-json-1-1.gen.js";
import type { ServiceInputTypes, ServiceOutputTypes } from "../service-types.gen.js";

/** The input of {@link SearchProvisionedProductsCommand}. @public */
export interface SearchProvisionedProductsCommandInput extends SearchProvisionedProductsInput {}

/** The output of {@link SearchProvisionedProductsCommand}, with the response's `$metadata`. @public */
export interface SearchProvisionedProductsCommandOutput extends SearchProvisionedProductsOutput, __MetadataBearer {}

/**
 * Finds provisioned products by a search query, sorted and paged, and counts every match.
 *
 * Sends `POST /` with `X-Amz-Target: AWS242ServiceCatalogService.SearchProvisionedProducts`.
 *
 * @example
 * ```ts
 * import { ServiceCatalogClient, SearchProvisionedProductsCommand } from "@svccat/client";
 * const client = new ServiceCatalogClient({ region: "us-east-1" });
 * const response = await client.send(new SearchProvisionedProductsCommand({}));
 * ```
 *
 * @throws {@link InvalidParametersException} (client fault)
 * @throws {@link ServiceCatalogServiceException} for any other error the service answers with.
 * @public
 */
export class SearchProvisionedProductsCommand extends $Command
  .classBuilder<SearchProvisionedProductsCommandInput, SearchProvisionedProductsCommandOutput, ServiceCatalogClientResolvedConfig, ServiceInputTypes, ServiceOutputTypes>()
  .m(function (
    this: { serialize: RequestSerializer; deserialize: ResponseDeserializer },
    _command: unknown,
    _clientStack: unknown,
    config: ServiceCatalogClientResolvedConfig,
  ) {
    return [getAwsJson11Plugin(config, this.serialize, this.deserialize)];
  })
  .s("AWS242ServiceCatalogService", "SearchProvisionedProducts", {})
  .n("ServiceCatalogClient", "SearchProvisionedProductsCommand")
  .f(void 0, void 0)
  .ser(se_SearchProvisionedProductsCommand)
  .de(de_SearchProvisionedProductsCommand as (response: unknown, config: unknown) => Promise<SearchProvisionedProductsCommandOutput>)
  .build() {
  /** @internal Type navigation helper, as in the AWS SDK's commands. */
  protected declare static __types: {
    api: { input: SearchProvisionedProductsInput; output: SearchProvisionedProductsOutput };
    sdk: { input: SearchProvisionedProductsCommandInput; output: SearchProvisionedProductsCommandOutput };
  };
}
