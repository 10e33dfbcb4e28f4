/**
 * Generated from spec/servicecatalog.json by `pnpm generate`. Do not edit.
 */

import type { Paginator } from "@smithy/types";
import { wireTables } from "../wire-tables.gen.js";
import { type ServiceCatalogPaginationConfiguration, paginate, paginateItems } from "../../pagination/paginate.js";
import { ScanProvisionedProductsCommand, type ScanProvisionedProductsCommandInput, type ScanProvisionedProductsCommandOutput } from "../commands/ScanProvisionedProductsCommand.gen.js";

/**
 * Pages through ScanProvisionedProducts: each page is one call, until the service returns no `NextPageToken`.
 * The caller's input is never modified.
 *
 * @example
 * ```ts
 * for await (const page of paginateScanProvisionedProducts({ client, pageSize: 20 }, {})) {
 *   console.log(page.ProvisionedProducts);
 * }
 * ```
 * @public
 */
export function paginateScanProvisionedProducts(
  config: ServiceCatalogPaginationConfiguration,
  input: ScanProvisionedProductsCommandInput,
  ...rest: unknown[]
): Paginator<ScanProvisionedProductsCommandOutput> {
  return paginate(config, input, ScanProvisionedProductsCommand, wireTables.operations.ScanProvisionedProducts.paginated, rest);
}

/**
 * Every item of every page of ScanProvisionedProducts, one at a time.
 *
 * @example
 * ```ts
 * for await (const item of paginateScanProvisionedProductsItems({ client }, {})) {
 *   console.log(item.Id);
 * }
 * ```
 * @public
 */
export function paginateScanProvisionedProductsItems(
  config: ServiceCatalogPaginationConfiguration,
  input: ScanProvisionedProductsCommandInput,
  ...rest: unknown[]
): AsyncGenerator<NonNullable<ScanProvisionedProductsCommandOutput["ProvisionedProducts"]>[number], undefined, unknown> {
  return paginateItems(paginateScanProvisionedProducts(config, input, ...rest), "ProvisionedProducts");
}
