import {
  type AstShape,
  KNOWN_TRAITS,
  type MemberShape,
  NUMBER_TYPES,
  PRELUDE_SHAPES,
  SMITHY_SHAPE_TYPES,
  type SmithyAst,
  SUPPORTED_SHAPE_TYPES,
  shortName,
  TRAIT,
  type Traits,
} from "./smithy-ast.js";
import type { SpecProblem } from "./spec-problem.js";

const SHAPE_ID = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*#[A-Za-z_][A-Za-z0-9_]*$/;
const MEMBER_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const PAGING_KEYS = ["inputToken", "outputToken", "pageSize", "items"] as const;

/**
 * Everything wrong with a spec, as precisely located problems; an empty list means the generators can trust it.
 * It checks what a Smithy model validator would (targets, traits, constraint values) plus what svccat needs
 * (one awsJson1_1 service, supported shape types, documentation everywhere).
 */
export function checkSpec(ast: SmithyAst, file: string): SpecProblem[] {
  const problems: SpecProblem[] = [];
  const report = (message: string, shape?: string, member?: string) => {
    problems.push({
      file,
      message,
      ...(shape === undefined ? {} : { shape }),
      ...(member === undefined ? {} : { member }),
    });
  };

  if (typeof ast.smithy !== "string" || !/^2(\.0)?$/.test(ast.smithy)) {
    report(`\`smithy\` must be "2.0" (this is a Smithy 2.0 JSON AST), found ${JSON.stringify(ast.smithy)}`);
  }
  if (typeof ast.shapes !== "object" || ast.shapes === null || Array.isArray(ast.shapes)) {
    report("`shapes` must be an object of shape id to shape");
    return problems;
  }

  const shapes = ast.shapes;
  const typeOf = (id: string): string | undefined => PRELUDE_SHAPES[id] ?? shapeType(shapes[id]);
  const definedTraits = new Set(
    Object.entries(shapes)
      .filter(([, s]) => hasTrait(s, TRAIT.trait))
      .map(([id]) => id),
  );

  const checkTraits = (traits: unknown, shape: string, member?: string) => {
    if (traits === undefined) {
      return;
    }
    if (!isObject(traits)) {
      report("`traits` must be an object of trait id to value", shape, member);
      return;
    }
    for (const traitId of Object.keys(traits)) {
      if (!KNOWN_TRAITS.has(traitId) && !definedTraits.has(traitId)) {
        report(
          `unknown trait ${traitId}: neither a trait the generators understand nor one the spec defines`,
          shape,
          member,
        );
      }
    }
  };

  const checkTarget = (ref: unknown, what: string, shape: string, member?: string): string | undefined => {
    if (!isObject(ref) || typeof ref.target !== "string") {
      report(`${what} must be an object with a string \`target\``, shape, member);
      return undefined;
    }
    if (typeOf(ref.target) === undefined) {
      report(`${what} targets ${ref.target}, which is not defined in the spec`, shape, member);
      return undefined;
    }
    return ref.target;
  };

  // Shape by shape: ids, types, traits, targets and constraint values.
  for (const [id, shape] of Object.entries(shapes)) {
    if (!SHAPE_ID.test(id)) {
      report("not an absolute shape id (namespace#Name)", id);
    }
    if (!isObject(shape) || typeof shape.type !== "string") {
      report("a shape must be an object with a string `type`", id);
      continue;
    }
    if (!SMITHY_SHAPE_TYPES.has(shape.type)) {
      report(`unknown shape type "${shape.type}"`, id);
      continue;
    }
    checkTraits(shape.traits, id);
    checkConstraints(shape.traits, shape.type, id, undefined, report);
    checkDefault(shape.traits, shape.type, shape.traits?.[TRAIT.range], id, undefined, report);

    if (shape.type === "structure" || shape.type === "union" || shape.type === "enum" || shape.type === "intEnum") {
      checkMembers(shape, id);
    }
    if (shape.type === "list" || shape.type === "set") {
      checkTarget(shape.member, "the list member", id, "member");
      checkTraits(shape.member?.traits, id, "member");
    }
    if (shape.type === "map") {
      const key = checkTarget(shape.key, "the map key", id, "key");
      if (key !== undefined && typeOf(key) !== "string" && typeOf(key) !== "enum") {
        report(`the map key targets ${key}, a ${typeOf(key)}; map keys must be strings or enums`, id, "key");
      }
      checkTarget(shape.value, "the map value", id, "value");
    }
    if (shape.type === "operation") {
      checkOperation(shape, id);
    }
    if (shape.type === "structure" && hasTrait(shape, TRAIT.error)) {
      const fault = shape.traits?.[TRAIT.error];
      if (fault !== "client" && fault !== "server") {
        report(`@error must be "client" or "server", found ${JSON.stringify(fault)}`, id);
      }
    }
  }

  function checkMembers(shape: AstShape, id: string) {
    if (!isObject(shape.members)) {
      report(`a ${shape.type} must have a \`members\` object`, id);
      return;
    }
    const enumValues = new Map<string, string>();
    for (const [name, member] of Object.entries(shape.members)) {
      if (!MEMBER_NAME.test(name)) {
        report("not a valid member name", id, name);
      }
      const target = checkTarget(member, "the member", id, name);
      checkTraits(member?.traits, id, name);
      if (shape.type === "enum") {
        if (target !== undefined && target !== "smithy.api#Unit") {
          report("an enum member must target smithy.api#Unit", id, name);
        }
        const value = member.traits?.[TRAIT.enumValue] ?? name;
        if (typeof value !== "string" || value === "") {
          report("@enumValue must be a non-empty string", id, name);
        } else if (enumValues.has(value)) {
          report(`enum value "${value}" is already used by member ${enumValues.get(value)}`, id, name);
        } else {
          enumValues.set(value, name);
        }
        continue;
      }
      if (target !== undefined) {
        const targetType = typeOf(target) ?? "";
        checkConstraints(member.traits, targetType, id, name, report);
        const range = member.traits?.[TRAIT.range] ?? shapes[target]?.traits?.[TRAIT.range];
        checkDefault(member.traits, targetType, range, id, name, report);
      }
    }
  }

  function checkOperation(shape: AstShape, id: string) {
    for (const side of ["input", "output"] as const) {
      if (shape[side] === undefined) {
        report(`the operation has no ${side}; svccat generates from explicit input and output structures`, id);
        continue;
      }
      const target = checkTarget(shape[side], `the ${side}`, id);
      if (target !== undefined && typeOf(target) !== "structure") {
        report(`the ${side} targets ${target}, a ${typeOf(target)}; it must be a structure`, id);
      }
    }
    if (shape.errors !== undefined && !Array.isArray(shape.errors)) {
      report("`errors` must be a list of targets", id);
      return;
    }
    for (const ref of shape.errors ?? []) {
      const target = checkTarget(ref, "an error", id);
      if (target !== undefined && !hasTrait(shapes[target], TRAIT.error)) {
        report(`the error ${target} is not a structure with the @error trait`, id);
      }
    }
  }

  // The service and what it reaches.
  const services = Object.entries(shapes).filter(([, s]) => isObject(s) && s.type === "service");
  if (services.length !== 1) {
    report(`the spec must define exactly one service shape, found ${services.length}`);
    return problems;
  }
  const [serviceId, service] = services[0] as [string, AstShape];
  checkService(serviceId, service, report);

  const closure = closureOf(serviceId, shapes);
  const byShortName = new Map<string, string>();
  for (const id of closure) {
    const shape = shapes[id];
    if (shape === undefined) {
      continue;
    }
    if (!SUPPORTED_SHAPE_TYPES.has(shape.type)) {
      report(`shape type "${shape.type}" is reachable from the service but svccat's generators do not support it`, id);
    }
    const name = shortName(id).toLowerCase();
    const clash = byShortName.get(name);
    if (clash !== undefined) {
      report(`its name clashes with ${clash}; shape names must be unique within the service, ignoring case`, id);
    }
    byShortName.set(name, id);
    if (shape.type !== "service" && typeof shape.traits?.[TRAIT.documentation] !== "string") {
      report("has no @documentation; every shape of the contract says what it is", id);
    }
    if (shape.type === "structure") {
      for (const [name, member] of Object.entries(shape.members ?? {})) {
        if (typeof member?.traits?.[TRAIT.documentation] !== "string") {
          report("has no @documentation; every member of the contract says what it is", id, name);
        }
      }
    }
    if (shape.type === "operation") {
      checkPaging(id, shape);
      checkSearchQuery(id, shape);
    }
  }

  /** The query trait's fields must name members of the structure the operation's items are lists of. */
  function checkSearchQuery(id: string, operation: AstShape) {
    const query = operation.traits?.[TRAIT.svccatSearchQuery] as
      | { filterKey?: unknown; fields?: Record<string, unknown>; sortFields?: Record<string, unknown> }
      | undefined;
    if (query === undefined) {
      return;
    }
    const itemsName = mergedPaging(operation.traits)?.items;
    const output = shapes[operation.output?.target ?? ""];
    const list = shapes[output?.members?.[itemsName ?? ""]?.target ?? ""];
    const item = shapes[list?.member?.target ?? ""];
    if (item?.type !== "structure") {
      report("svccat.traits#searchQuery needs the operation to page over a list of structures (paging items)", id);
      return;
    }
    if (typeof query.filterKey !== "string" || query.filterKey === "") {
      report("svccat.traits#searchQuery needs a filterKey", id);
    }
    for (const key of ["fields", "sortFields"] as const) {
      for (const [field, member] of Object.entries(query[key] ?? {})) {
        if (typeof member !== "string" || item.members?.[member] === undefined) {
          report(
            `svccat.traits#searchQuery ${key}.${field} names member ${String(member)}, which ${shortName(list?.member?.target ?? "")} does not have`,
            id,
          );
        }
      }
    }
  }

  function checkPaging(id: string, operation: AstShape) {
    const merged = mergedPaging(operation.traits);
    if (merged === null) {
      return;
    }
    const input = shapes[operation.input?.target ?? ""];
    const output = shapes[operation.output?.target ?? ""];
    const expect = (key: (typeof PAGING_KEYS)[number], side: AstShape | undefined, types: string[]) => {
      const name = merged[key];
      if (name === undefined) {
        return;
      }
      const member = side?.members?.[name];
      if (member === undefined) {
        report(
          `paging ${key} names member ${name}, which the operation's ${key === "inputToken" || key === "pageSize" ? "input" : "output"} does not have`,
          id,
        );
        return;
      }
      const type = typeOf(member.target);
      if (type !== undefined && !types.includes(type)) {
        report(`paging ${key} member ${name} is a ${type}; it must be a ${types.join(" or ")}`, id);
      }
    };
    if (merged.inputToken === undefined || merged.outputToken === undefined) {
      report("paging needs both inputToken and outputToken (from smithy.api#paginated or svccat.traits#paginated)", id);
    }
    expect("inputToken", input, ["string"]);
    expect("outputToken", output, ["string"]);
    expect("pageSize", input, [...NUMBER_TYPES]);
    expect("items", output, ["list", "map"]);
  }

  return problems;
}

/** smithy.api#paginated with svccat.traits#paginated laid over it; null when neither is present. */
export function mergedPaging(traits: Traits | undefined): Partial<Record<(typeof PAGING_KEYS)[number], string>> | null {
  const upstream = traits?.[TRAIT.paginated];
  const ours = traits?.[TRAIT.svccatPaginated];
  if (!isObject(upstream) && !isObject(ours)) {
    return null;
  }
  const merged: Partial<Record<(typeof PAGING_KEYS)[number], string>> = {};
  for (const source of [upstream, ours]) {
    if (!isObject(source)) {
      continue;
    }
    for (const key of PAGING_KEYS) {
      const value = source[key];
      if (typeof value === "string") {
        merged[key] = value;
      }
    }
  }
  return merged;
}

/** Every shape id reachable from the service: operations, their inputs, outputs and errors, and all they target. */
export function closureOf(serviceId: string, shapes: Record<string, AstShape>): string[] {
  const seen = new Set<string>();
  const visit = (id: string | undefined) => {
    if (id === undefined || seen.has(id) || shapes[id] === undefined) {
      return;
    }
    seen.add(id);
    const shape = shapes[id];
    const refs: (MemberShape | undefined)[] = [
      ...(shape.operations ?? []),
      shape.input,
      shape.output,
      ...(shape.errors ?? []),
      shape.member,
      shape.key,
      shape.value,
      ...(shape.type === "enum" ? [] : Object.values(shape.members ?? {})),
    ];
    for (const ref of refs) {
      visit(ref?.target);
    }
  };
  visit(serviceId);
  return [...seen];
}

function checkService(id: string, service: AstShape, report: (message: string, shape?: string) => void) {
  if (typeof service.version !== "string" || service.version === "") {
    report("the service needs a `version`", id);
  }
  if (!Array.isArray(service.operations) || service.operations.length === 0) {
    report("the service lists no operations", id);
  }
  if (!hasTrait(service, TRAIT.awsJson1_1)) {
    report("the service must carry aws.protocols#awsJson1_1, the only protocol svccat generates", id);
  }
  const sigv4 = service.traits?.[TRAIT.sigv4];
  if (!isObject(sigv4) || typeof sigv4.name !== "string" || sigv4.name === "") {
    report("aws.auth#sigv4 must give the signing `name`", id);
  }
  const aws = service.traits?.[TRAIT.awsService];
  if (!isObject(aws) || typeof aws.sdkId !== "string" || typeof aws.endpointPrefix !== "string") {
    report("aws.api#service must give `sdkId` and `endpointPrefix`", id);
  }
  if (!isObject(service.traits?.[TRAIT.endpointRuleSet])) {
    report("smithy.rules#endpointRuleSet is missing; the client resolves endpoints from it", id);
  }
}

function checkConstraints(
  traits: Traits | undefined,
  type: string,
  shape: string,
  member: string | undefined,
  report: (message: string, shape?: string, member?: string) => void,
) {
  for (const [trait, label] of [
    [TRAIT.length, "@length"],
    [TRAIT.range, "@range"],
  ] as const) {
    const value = traits?.[trait];
    if (value === undefined) {
      continue;
    }
    if (!isObject(value)) {
      report(`${label} must be an object with \`min\` and/or \`max\``, shape, member);
      continue;
    }
    const { min, max } = value;
    if ((min !== undefined && typeof min !== "number") || (max !== undefined && typeof max !== "number")) {
      report(`${label} min and max must be numbers`, shape, member);
      continue;
    }
    if (min === undefined && max === undefined) {
      report(`${label} needs a min, a max or both`, shape, member);
    }
    if (typeof min === "number" && typeof max === "number" && min > max) {
      report(`${label} min ${min} is above its max ${max}`, shape, member);
    }
    if (trait === TRAIT.length && typeof min === "number" && min < 0) {
      report(`@length min ${min} is negative`, shape, member);
    }
    if (trait === TRAIT.range && type !== "" && !NUMBER_TYPES.has(type)) {
      report(`@range applies to numbers, not to a ${type}`, shape, member);
    }
    if (trait === TRAIT.length && type !== "" && !["string", "list", "set", "map", "blob"].includes(type)) {
      report(`@length applies to strings, lists and maps, not to a ${type}`, shape, member);
    }
  }
  const pattern = traits?.[TRAIT.pattern];
  if (pattern !== undefined) {
    if (typeof pattern !== "string") {
      report("@pattern must be a string", shape, member);
    } else {
      try {
        new RegExp(pattern, "u");
      } catch (error) {
        report(
          `@pattern ${JSON.stringify(pattern)} does not compile as a JavaScript u-flag regular expression: ${(error as Error).message}`,
          shape,
          member,
        );
      }
    }
  }
}

function checkDefault(
  traits: Traits | undefined,
  type: string,
  range: unknown,
  shape: string,
  member: string | undefined,
  report: (message: string, shape?: string, member?: string) => void,
) {
  if (traits === undefined || !(TRAIT.default in traits)) {
    return;
  }
  const value = traits[TRAIT.default];
  const expected = NUMBER_TYPES.has(type)
    ? typeof value === "number"
    : type === "string" || type === "enum"
      ? typeof value === "string"
      : type === "boolean"
        ? typeof value === "boolean"
        : type === "list"
          ? Array.isArray(value)
          : type === "map"
            ? isObject(value)
            : true;
  if (!expected) {
    report(`@default ${JSON.stringify(value)} is not a ${type}`, shape, member);
    return;
  }
  if (typeof value === "number" && isObject(range)) {
    if ((typeof range.min === "number" && value < range.min) || (typeof range.max === "number" && value > range.max)) {
      report(`@default ${value} is outside its @range`, shape, member);
    }
  }
}

function shapeType(shape: AstShape | undefined): string | undefined {
  return isObject(shape) && typeof shape.type === "string" ? shape.type : undefined;
}

function hasTrait(shape: AstShape | undefined, trait: string): boolean {
  return isObject(shape) && isObject(shape.traits) && trait in shape.traits;
}

function isObject(value: unknown): value is Record<string, unknown> & AstShape {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
