/**
 * Generated from spec/servicecatalog.json by `pnpm generate`. Do not edit.
 */

import type { Paginator } from "@smithy/types";
import { wireTables } from "../wire-tables.gen.js";
import { type ServiceCatalogPaginationConfiguration, paginate, paginateItems } from "../../pagination/paginate.js";
import { DescribeRecordCommand, type DescribeRecordCommandInput, type DescribeRecordCommandOutput } from "../commands/DescribeRecordCommand.gen.js";

/**
 * Pages through DescribeRecord: each page is one call, until the service returns no `NextPageToken`.
 * The caller's input is never modified.
 *
 * @example
 * ```ts
 * for await (const page of paginateDescribeRecord({ client, pageSize: 100 }, {})) {
 *   console.log(page.RecordOutputs);
 * }
 * ```
 * @public
 */
export function paginateDescribeRecord(
  config: ServiceCatalogPaginationConfiguration,
  input: DescribeRecordCommandInput,
  ...rest: unknown[]
): Paginator<DescribeRecordCommandOutput> {
  return paginate(config, input, DescribeRecordCommand, wireTables.operations.DescribeRecord.paginated, rest);
}

/**
 * Every item of every page of DescribeRecord, one at a time.
 *
 * @example
 * ```ts
 * for await (const item of paginateDescribeRecordItems({ client }, {})) {
 *   console.log(item.Id);
 * }
 * ```
 * @public
 */
export function paginateDescribeRecordItems(
  config: ServiceCatalogPaginationConfiguration,
  input: DescribeRecordCommandInput,
  ...rest: unknown[]
): AsyncGenerator<NonNullable<DescribeRecordCommandOutput["RecordOutputs"]>[number], undefined, unknown> {
  return paginateItems(paginateDescribeRecord(config, input, ...rest), "RecordOutputs");
}
