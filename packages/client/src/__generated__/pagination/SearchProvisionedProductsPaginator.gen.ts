/**
 * Generated from spec/servicecatalog.json by `pnpm generate`. Do not edit.
 */

import type { Paginator } from "@smithy/types";
import { wireTables } from "../wire-tables.gen.js";
import { type ServiceCatalogPaginationConfiguration, paginate, paginateItems } from "../../pagination/paginate.js";
import { SearchProvisionedProductsCommand, type SearchProvisionedProductsCommandInput, type SearchProvisionedProductsCommandOutput } from "../commands/SearchProvisionedProductsCommand.gen.js";

/**
 * Pages through SearchProvisionedProducts: each page is one call, until the service returns no `NextPageToken`.
 * The caller's input is never modified.
 *
 * @example
 * ```ts
 * for await (const page of paginateSearchProvisionedProducts({ client, pageSize: 100 }, {})) {
 *   console.log(page.ProvisionedProducts);
 * }
 * ```
 * @public
 */
export function paginateSearchProvisionedProducts(
  config: ServiceCatalogPaginationConfiguration,
  input: SearchProvisionedProductsCommandInput,
  ...rest: unknown[]
): Paginator<SearchProvisionedProductsCommandOutput> {
  return paginate(config, input, SearchProvisionedProductsCommand, wireTables.operations.SearchProvisionedProducts.paginated, rest);
}

/**
 * Every item of every page of SearchProvisionedProducts, one at a time.
 *
 * @example
 * ```ts
 * for await (const item of paginateSearchProvisionedProductsItems({ client }, {})) {
 *   console.log(item.Id);
 * }
 * ```
 * @public
 */
export function paginateSearchProvisionedProductsItems(
  config: ServiceCatalogPaginationConfiguration,
  input: SearchProvisionedProductsCommandInput,
  ...rest: unknown[]
): AsyncGenerator<NonNullable<SearchProvisionedProductsCommandOutput["ProvisionedProducts"]>[number], undefined, unknown> {
  return paginateItems(paginateSearchProvisionedProducts(config, input, ...rest), "ProvisionedProducts");
}
