import type { ServiceTables, ShapeTable } from "./tables.js";

/**
 * The page-size range of a paging operation: the range on its page-size member, else on that member's target shape.
 * Throws, naming the operation, when the spec gives it no page size or no maximum.
 * @public
 */
export function pageSizeRange(tables: ServiceTables, operation: string): { min: number; max: number } {
  const table = tables.operations[operation];
  const shapes = tables.shapes as Record<string, ShapeTable>;
  const input = table === undefined ? undefined : shapes[table.input];
  const memberName = table?.paginated?.pageSize;
  const member = input?.type === "structure" && memberName !== undefined ? input.members[memberName] : undefined;
  const target = member === undefined ? undefined : shapes[member.target];
  const range = member?.range ?? (target !== undefined && "range" in target ? target.range : undefined);
  if (range?.max === undefined) {
    throw new Error(`@svccat/model: the spec gives ${operation} no maximum page size`);
  }
  return { min: range.min ?? 0, max: range.max };
}
