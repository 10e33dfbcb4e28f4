/**
 * Generated from spec/servicecatalog.json by `pnpm generate`. Do not edit.
 */

import type { Paginator } from "@smithy/types";
import { wireTables } from "../wire-tables.gen.js";
import { type ServiceCatalogPaginationConfiguration, paginate, paginateItems } from "../../pagination/paginate.js";
import { ListRecordHistoryCommand, type ListRecordHistoryCommandInput, type ListRecordHistoryCommandOutput } from "../commands/ListRecordHistoryCommand.gen.js";

/**
 * Pages through ListRecordHistory: each page is one call, until the service returns no `NextPageToken`.
 * The caller's input is never modified.
 *
 * @example
 * ```ts
 * for await (const page of paginateListRecordHistory({ client, pageSize: 100 }, {})) {
 *   console.log(page.RecordDetails);
 * }
 * ```
 * @public
 */
export function paginateListRecordHistory(
  config: ServiceCatalogPaginationConfiguration,
  input: ListRecordHistoryCommandInput,
  ...rest: unknown[]
): Paginator<ListRecordHistoryCommandOutput> {
  return paginate(config, input, ListRecordHistoryCommand, wireTables.operations.ListRecordHistory.paginated, rest);
}

/**
 * Every item of every page of ListRecordHistory, one at a time.
 *
 * @example
 * ```ts
 * for await (const item of paginateListRecordHistoryItems({ client }, {})) {
 *   console.log(item.Id);
 * }
 * ```
 * @public
 */
export function paginateListRecordHistoryItems(
  config: ServiceCatalogPaginationConfiguration,
  input: ListRecordHistoryCommandInput,
  ...rest: unknown[]
): AsyncGenerator<NonNullable<ListRecordHistoryCommandOutput["RecordDetails"]>[number], undefined, unknown> {
  return paginateItems(paginateListRecordHistory(config, input, ...rest), "RecordDetails");
}
