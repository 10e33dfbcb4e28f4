import {
  type AstShape,
  hasTrait,
  mergedPaging,
  NUMBER_TYPES,
  type PagingKey,
  shortName,
  TRAIT,
} from "../smithy-ast.js";
import type { SpecContext } from "./spec-context.js";

/** An operation: explicit structure input and output, modelled errors, paging members and its query trait. */
export function checkOperation(context: SpecContext, shape: AstShape, id: string): void {
  for (const side of ["input", "output"] as const) {
    if (shape[side] === undefined) {
      context.report(`the operation has no ${side}; svccat generates from explicit input and output structures`, id);
      continue;
    }
    const target = context.checkTarget(shape[side], `the ${side}`, id);
    if (target !== undefined && context.typeOf(target) !== "structure") {
      context.report(`the ${side} targets ${target}, a ${context.typeOf(target)}; it must be a structure`, id);
    }
  }
  if (shape.errors !== undefined && !Array.isArray(shape.errors)) {
    context.report("`errors` must be a list of targets", id);
    return;
  }
  for (const ref of shape.errors ?? []) {
    const target = context.checkTarget(ref, "an error", id);
    if (target !== undefined && !hasTrait(context.shapes[target], TRAIT.error)) {
      context.report(`the error ${target} is not a structure with the @error trait`, id);
    }
  }
}

/** The structure an operation's paged items are a list of, if it has one. */
function itemStructure(context: SpecContext, operation: AstShape): { name: string; shape: AstShape } | undefined {
  const itemsName = mergedPaging(operation.traits)?.items;
  const output = context.shapes[operation.output?.target ?? ""];
  const list = context.shapes[output?.members?.[itemsName ?? ""]?.target ?? ""];
  const item = context.shapes[list?.member?.target ?? ""];
  return item?.type === "structure" ? { name: shortName(list?.member?.target ?? ""), shape: item } : undefined;
}

/** The query trait's fields must name members of the structure the operation's items are lists of. */
export function checkSearchQuery(context: SpecContext, id: string, operation: AstShape): void {
  const query = operation.traits?.[TRAIT.svccatSearchQuery] as
    | {
        filterKey?: unknown;
        fields?: Record<string, unknown>;
        sortFields?: Record<string, unknown>;
        totalCount?: unknown;
      }
    | undefined;
  if (query === undefined) {
    return;
  }
  const item = itemStructure(context, operation);
  if (item === undefined) {
    context.report(
      "svccat.traits#searchQuery needs the operation to page over a list of structures (paging items)",
      id,
    );
    return;
  }
  if (typeof query.filterKey !== "string" || query.filterKey === "") {
    context.report("svccat.traits#searchQuery needs a filterKey", id);
  }
  for (const key of ["fields", "sortFields"] as const) {
    for (const [field, member] of Object.entries(query[key] ?? {})) {
      if (typeof member !== "string" || item.shape.members?.[member] === undefined) {
        context.report(
          `svccat.traits#searchQuery ${key}.${field} names member ${String(member)}, which ${item.name} does not have`,
          id,
        );
      }
    }
  }
  if (query.totalCount !== undefined) {
    const output = context.shapes[operation.output?.target ?? ""];
    const member = typeof query.totalCount === "string" ? output?.members?.[query.totalCount] : undefined;
    if (member === undefined || !NUMBER_TYPES.has(context.typeOf(member.target) ?? "")) {
      context.report(
        `svccat.traits#searchQuery totalCount names ${String(query.totalCount)}, which is not a number member of the output`,
        id,
      );
    }
  }
}

/** Paging members name members of the right type on the right side; the order names a member of the items. */
export function checkPaging(context: SpecContext, id: string, operation: AstShape): void {
  const merged = mergedPaging(operation.traits);
  if (merged === null) {
    return;
  }
  const input = context.shapes[operation.input?.target ?? ""];
  const output = context.shapes[operation.output?.target ?? ""];
  const expect = (key: PagingKey, side: AstShape | undefined, types: string[]) => {
    const name = merged[key];
    if (name === undefined) {
      return;
    }
    const member = side?.members?.[name];
    if (member === undefined) {
      context.report(
        `paging ${key} names member ${name}, which the operation's ${key === "inputToken" || key === "pageSize" ? "input" : "output"} does not have`,
        id,
      );
      return;
    }
    const type = context.typeOf(member.target);
    if (type !== undefined && !types.includes(type)) {
      context.report(`paging ${key} member ${name} is a ${type}; it must be a ${types.join(" or ")}`, id);
    }
  };
  if (merged.inputToken === undefined || merged.outputToken === undefined) {
    context.report(
      "paging needs both inputToken and outputToken (from smithy.api#paginated or svccat.traits#paginated)",
      id,
    );
  }
  expect("inputToken", input, ["string"]);
  expect("outputToken", output, ["string"]);
  expect("pageSize", input, [...NUMBER_TYPES]);
  expect("items", output, ["list", "map"]);
  if (merged.order !== undefined) {
    const item = itemStructure(context, operation);
    if (item?.shape.members?.[merged.order] === undefined) {
      context.report(`paging order names member ${merged.order}, which the operation's items do not have`, id);
    }
  }
}
