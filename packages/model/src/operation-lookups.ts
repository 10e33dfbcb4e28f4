import type { OperationTable, PagingTable, QueryTable, ServiceTables, ShapeTable, ValueConstraints } from "./tables.js";

/**
 * Lookups into the operation tables that the client, the fake and the conformance suite share, typed as the
 * tables' interfaces (the generated tables are literal types, in which a member one operation lacks cannot be
 * read on a union of operations without a cast).
 */

/** An operation's table; throws naming it when the tables have none. @public */
export function operationTable(tables: ServiceTables, operation: string): OperationTable {
  const table = Object.hasOwn(tables.operations, operation) ? tables.operations[operation] : undefined;
  if (table === undefined) {
    throw new Error(`@svccat/model: the tables have no operation ${operation}`);
  }
  return table;
}

/** How a listing pages, with every member a listing needs; throws naming the operation when it does not page so. */
export interface ListingPaging extends PagingTable {
  readonly pageSize: string;
  readonly items: string;
  readonly order: string;
}

/**
 * The paging members of an operation that lists items a page at a time, or undefined for one that does not page
 * (or pages without a page size, items and an order). @public
 */
export function listingPaging(tables: ServiceTables, operation: string): ListingPaging | undefined {
  const paged = operationTable(tables, operation).paginated;
  if (paged === null || paged.pageSize === undefined || paged.items === undefined || paged.order === undefined) {
    return undefined;
  }
  return { ...paged, pageSize: paged.pageSize, items: paged.items, order: paged.order };
}

/** The query language of a search operation (`svccat.traits#searchQuery`); undefined for the others. @public */
export function queryOf(tables: ServiceTables, operation: string): QueryTable | undefined {
  return operationTable(tables, operation).query;
}

/**
 * A structure member's constraints as Smithy applies them: each constraint on the member, else the same one on
 * its target shape. Throws naming the structure and member when either is missing. @public
 */
export function memberConstraints(tables: ServiceTables, structure: string, member: string): ValueConstraints {
  const shapes = tables.shapes as Readonly<Record<string, ShapeTable>>;
  const owner = Object.hasOwn(shapes, structure) ? shapes[structure] : undefined;
  const table = owner?.type === "structure" && Object.hasOwn(owner.members, member) ? owner.members[member] : undefined;
  if (table === undefined) {
    throw new Error(`@svccat/model: the tables have no member ${structure}.${member}`);
  }
  const target = Object.hasOwn(shapes, table.target) ? (shapes[table.target] as ShapeTable) : undefined;
  const inherited = (key: "length" | "range" | "pattern") =>
    table[key] ?? (target !== undefined && key in target ? (target as ValueConstraints)[key] : undefined);
  const length = inherited("length") as ValueConstraints["length"];
  const range = inherited("range") as ValueConstraints["range"];
  const pattern = inherited("pattern") as ValueConstraints["pattern"];
  return {
    ...(length === undefined ? {} : { length }),
    ...(range === undefined ? {} : { range }),
    ...(pattern === undefined ? {} : { pattern }),
    ...(table.enum === undefined ? {} : { enum: table.enum }),
  };
}

/**
 * The page-size range of a paging operation: the range on its page-size member, else on that member's target shape.
 * Throws, naming the operation, when the spec gives it no page size or no maximum.
 * @public
 */
export function pageSizeRange(tables: ServiceTables, operation: string): { min: number; max: number } {
  const table = operationTable(tables, operation);
  const member = table.paginated?.pageSize;
  const range = member === undefined ? undefined : memberConstraints(tables, table.input, member).range;
  if (range?.max === undefined) {
    throw new Error(`@svccat/model: the spec gives ${operation} no maximum page size`);
  }
  return { min: range.min ?? 0, max: range.max };
}

/** The longest page token an operation takes (its input token member's `@length` max), if it pages. @public */
export function pageTokenMaxLength(tables: ServiceTables, operation: string): number | undefined {
  const table = operationTable(tables, operation);
  const member = table.paginated?.inputToken;
  return member === undefined ? undefined : memberConstraints(tables, table.input, member).length?.max;
}
