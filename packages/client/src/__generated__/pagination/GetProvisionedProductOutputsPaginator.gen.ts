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
 *   console.log(page.NextPageToken);
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
