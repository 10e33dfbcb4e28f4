/**
 * Generated from spec/servicecatalog.json by `pnpm generate`. Do not edit.
 */

import type { Paginator } from "@smithy/types";
import { wireTables } from "../wire-tables.gen.js";
import { type ServiceCatalogPaginationConfiguration, paginate, paginateItems } from "../../pagination/paginate.js";
import { ListLaunchPathsCommand, type ListLaunchPathsCommandInput, type ListLaunchPathsCommandOutput } from "../commands/ListLaunchPathsCommand.gen.js";

/**
 * Pages through ListLaunchPaths: each page is one call, until the service returns no `NextPageToken`.
 * The caller's input is never modified.
 *
 * @example
 * ```ts
 * for await (const page of paginateListLaunchPaths({ client, pageSize: 100 }, {})) {
 *   console.log(page.LaunchPathSummaries);
 * }
 * ```
 * @public
 */
export function paginateListLaunchPaths(
  config: ServiceCatalogPaginationConfiguration,
  input: ListLaunchPathsCommandInput,
  ...rest: unknown[]
): Paginator<ListLaunchPathsCommandOutput> {
  return paginate(config, input, ListLaunchPathsCommand, wireTables.operations.ListLaunchPaths.paginated, rest);
}

/**
 * Every item of every page of ListLaunchPaths, one at a time.
 *
 * @example
 * ```ts
 * for await (const item of paginateListLaunchPathsItems({ client }, {})) {
 *   console.log(item.Id);
 * }
 * ```
 * @public
 */
export function paginateListLaunchPathsItems(
  config: ServiceCatalogPaginationConfiguration,
  input: ListLaunchPathsCommandInput,
  ...rest: unknown[]
): AsyncGenerator<NonNullable<ListLaunchPathsCommandOutput["LaunchPathSummaries"]>[number], undefined, unknown> {
  return paginateItems(paginateListLaunchPaths(config, input, ...rest), "LaunchPathSummaries");
}
