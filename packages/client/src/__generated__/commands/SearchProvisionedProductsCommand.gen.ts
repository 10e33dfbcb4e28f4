/**
 * Generated from spec/servicecatalog.json by `pnpm generate`. Do not edit.
 */

import { Command as $Command } from "@smithy/smithy-client";
import type { MetadataBearer as __MetadataBearer } from "@smithy/types";
import type { SearchProvisionedProductsInput, SearchProvisionedProductsOutput } from "@svccat/model";
import { getAwsJson11Plugin } from "../../protocol/aws-json-1-1.js";
import type { ServiceCatalogClientResolvedConfig } from "../../ServiceCatalogClient.js";
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
  .m(function (this: unknown, _command: unknown, _clientStack: unknown, config: ServiceCatalogClientResolvedConfig) {
    return [getAwsJson11Plugin(config, "SearchProvisionedProducts")];
  })
  .s("AWS242ServiceCatalogService", "SearchProvisionedProducts", {})
  .n("ServiceCatalogClient", "SearchProvisionedProductsCommand")
  .f(void 0, void 0)
  .build() {
  /** @internal Type navigation helper, as in the AWS SDK's commands. */
  protected declare static __types: {
    api: { input: SearchProvisionedProductsInput; output: SearchProvisionedProductsOutput };
    sdk: { input: SearchProvisionedProductsCommandInput; output: SearchProvisionedProductsCommandOutput };
  };
}
