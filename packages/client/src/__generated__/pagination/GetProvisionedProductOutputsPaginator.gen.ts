/**
 * Generated from spec/servicecatalog.json by `pnpm generate`. Do not edit.
 */

import type { Paginator } from "@smithy/types";
import { wireTables } from "../wire-tables.gen.js";
import { type ServiceCatalogPaginationConfiguration, paginate, paginateItems } from "../../pagination/paginate.js";
import { GetProvisionedProductOutputsCommand, type GetProvisionedProductOutputsCommandInput, type GetProvisionedProductOutputsCommandOutput } from "../commands/GetProvisionedProductOutputsCommand.gen.js";

/**
 * Pages through GetProvisionedProductOutputs: each page is one call, until the service returns no `NextPageToken`.
 * The caller's input is never modified.
 *
 * @example
 * ```ts
 * for await (const page of paginateGetProvisionedProductOutputs({ client, pageSize: 100 }, {})) {
 *   console.log(page.Outputs);
 * }
 * ```
 * @public
 */
export function paginateGetProvisionedProductOutputs(
  config: ServiceCatalogPaginationConfiguration,
  input: GetProvisionedProductOutputsCommandInput,
  ...rest: unknown[]
): Paginator<GetProvisionedProductOutputsCommandOutput> {
  return paginate(config, input, GetProvisionedProductOutputsCommand, wireTables.operations.GetProvisionedProductOutputs.paginated, rest);
}

/**
 * Every item of every page of GetProvisionedProductOutputs, one at a time.
 *
 * @example
 * ```ts
 * for await (const item of paginateGetProvisionedProductOutputsItems({ client }, {})) {
 *   console.log(item.Id);
 * }
 * ```
 * @public
 */
export function paginateGetProvisionedProductOutputsItems(
  config: ServiceCatalogPaginationConfiguration,
  input: GetProvisionedProductOutputsCommandInput,
  ...rest: unknown[]
): AsyncGenerator<NonNullable<GetProvisionedProductOutputsCommandOutput["Outputs"]>[number], undefined, unknown> {
  return paginateItems(paginateGetProvisionedProductOutputs(config, input, ...rest), "Outputs");
}
