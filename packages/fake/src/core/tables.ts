import {
  type ListingOperationName,
  type ListingPaging,
  listingPaging,
  pageTokenMaxLength as modelPageTokenMaxLength,
  queryOf as modelQueryOf,
  type OperationName,
  operationTable,
  type PagingOperationName,
  pageSizeRange,
  type QueryTable,
  type ShapeTable,
  type StructureShapeTable,
  serviceTables,
} from "@svccat/model";

/** Lookups into the generated shape tables: every limit and name the fake uses comes through here. */

function shape(name: string): ShapeTable {
  const shapes = serviceTables.shapes as Record<string, ShapeTable>;
  const found = Object.hasOwn(shapes, name) ? shapes[name] : undefined;
  if (found === undefined) {
    throw new Error(`@svccat/fake: the shape tables have no shape ${name}`);
  }
  return found;
}

export function structure(name: string): StructureShapeTable {
  const found = shape(name);
  if (found.type !== "structure") {
    throw new Error(`@svccat/fake: shape ${name} is a ${found.type}, not a structure`);
  }
  return found;
}

/** The wire values of an enum shape, in model order. */
export function enumValues(name: string): string[] {
  const found = shape(name);
  if (found.type !== "enum") {
    throw new Error(`@svccat/fake: shape ${name} is a ${found.type}, not an enum`);
  }
  return found.values.map((value) => value.value);
}

/** The operations that list items a page at a time, in spec order. */
export const LISTING_OPERATIONS: readonly ListingOperationName[] = (
  Object.keys(serviceTables.operations) as OperationName[]
).filter((operation): operation is ListingOperationName => listingPaging(serviceTables, operation) !== undefined);

/** The operations that page with a page size (the listings among them), in spec order. */
export const PAGING_OPERATIONS: readonly PagingOperationName[] = (
  Object.keys(serviceTables.operations) as OperationName[]
).filter(
  (operation): operation is PagingOperationName =>
    operationTable(serviceTables, operation).paginated?.pageSize !== undefined,
);

/** Whether an operation pages with a page size. */
export function isPaging(operation: OperationName): operation is PagingOperationName {
  return (PAGING_OPERATIONS as readonly OperationName[]).includes(operation);
}

/** The paging members of an operation that lists; throws naming it when the spec does not page it so. */
export function paging(operation: OperationName): ListingPaging {
  const paged = listingPaging(serviceTables, operation);
  if (paged === undefined) {
    throw new Error(`@svccat/fake: ${operation} does not page with a page size, items and an order in the spec`);
  }
  return paged;
}

/** The largest page an operation allows (the page-size member's range). */
export function pageSizeMax(operation: OperationName): number {
  return pageSizeRange(serviceTables, operation).max;
}

/** The member names of a structure, in model order: what a projection of a stored product keeps. */
export function memberNames(structureName: string): string[] {
  return Object.keys(structure(structureName).members);
}

/** The longest page token the fake may issue: the shortest of the operations' page-token `@length` maxima. */
export function pageTokenMaxLength(): number {
  const maxima = (Object.keys(serviceTables.operations) as OperationName[]).map(
    (operation) => modelPageTokenMaxLength(serviceTables, operation) ?? Number.POSITIVE_INFINITY,
  );
  return Math.min(...maxima);
}

/** The query language of a search operation (`svccat.traits#searchQuery`); undefined for the others. */
export function queryOf(operation: OperationName): QueryTable | undefined {
  return modelQueryOf(serviceTables, operation);
}
