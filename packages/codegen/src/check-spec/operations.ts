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

const WAITER_NAME = /^[A-Z][A-Za-z0-9]*$/;
const ACCEPTOR_STATES = ["success", "failure", "retry"];

/**
 * `smithy.waiters#waitable`, in the subset the generator writes: each acceptor matches an output member reached by a
 * dotted path of member names with `stringEquals`, or an error type the operation lists. Anything else (JMESPath
 * beyond a dotted path, other comparators, input matchers) is reported rather than generated wrong.
 */
export function checkWaiters(context: SpecContext, id: string, operation: AstShape): void {
  const waitable = operation.traits?.[TRAIT.waitable];
  if (waitable === undefined) {
    return;
  }
  if (typeof waitable !== "object" || waitable === null || Array.isArray(waitable)) {
    context.report("smithy.waiters#waitable must map waiter names to waiters", id);
    return;
  }
  const errors = new Set((operation.errors ?? []).map((ref) => shortName(ref.target)));
  for (const [name, waiter] of Object.entries(waitable as Record<string, Record<string, unknown>>)) {
    const where = `smithy.waiters#waitable ${name}`;
    if (!WAITER_NAME.test(name)) {
      context.report(`${where}: a waiter's name is UpperCamelCase`, id);
    }
    const { minDelay = 2, maxDelay = 120, acceptors } = waiter;
    const delays = [minDelay, maxDelay];
    if (!delays.every(Number.isInteger) || (minDelay as number) < 1 || (maxDelay as number) < (minDelay as number)) {
      context.report(`${where}: minDelay and maxDelay are whole seconds, 1 ≤ minDelay ≤ maxDelay`, id);
    }
    if (!Array.isArray(acceptors) || acceptors.length === 0) {
      context.report(`${where}: needs at least one acceptor`, id);
      continue;
    }
    for (const [index, acceptor] of (acceptors as Record<string, unknown>[]).entries()) {
      const at = `${where} acceptors[${index}]`;
      if (!ACCEPTOR_STATES.includes(acceptor.state as string)) {
        context.report(`${at}: state must be one of ${ACCEPTOR_STATES.join(", ")}`, id);
      }
      const matcher = (acceptor.matcher ?? {}) as Record<string, unknown>;
      const kinds = Object.keys(matcher);
      if (kinds.length === 1 && kinds[0] === "errorType") {
        if (!errors.has(String(matcher.errorType))) {
          context.report(`${at}: errorType ${String(matcher.errorType)} is not an error the operation lists`, id);
        }
        continue;
      }
      const output = matcher.output as { path?: unknown; expected?: unknown; comparator?: unknown } | undefined;
      if (kinds.length !== 1 || output === undefined) {
        context.report(`${at}: the generator supports an output matcher or an errorType matcher`, id);
        continue;
      }
      if (output.comparator !== "stringEquals" || typeof output.expected !== "string") {
        context.report(`${at}: the generator supports the stringEquals comparator with a string expected`, id);
      }
      checkOutputPath(context, id, at, operation.output?.target, output.path);
    }
  }
}

/** A dotted path of member names from the output structure, ending at a string or enum member. */
function checkOutputPath(
  context: SpecContext,
  id: string,
  at: string,
  output: string | undefined,
  path: unknown,
): void {
  if (typeof path !== "string" || !/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/.test(path)) {
    context.report(`${at}: the path must be member names joined by dots, not ${JSON.stringify(path)}`, id);
    return;
  }
  let shape = context.shapes[output ?? ""];
  for (const member of path.split(".")) {
    const target = shape?.type === "structure" ? shape.members?.[member]?.target : undefined;
    if (target === undefined) {
      context.report(`${at}: the path ${path} names ${member}, which is not a member there`, id);
      return;
    }
    shape = context.shapes[target];
  }
  if (shape?.type !== "string" && shape?.type !== "enum") {
    context.report(`${at}: the path ${path} ends at a ${shape?.type ?? "missing shape"}, not a string`, id);
  }
}
