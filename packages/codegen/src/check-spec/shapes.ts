import {
  type AstShape,
  hasTrait,
  isObject,
  NUMBER_TYPES,
  SMITHY_SHAPE_TYPES,
  TRAIT,
  type Traits,
} from "../smithy-ast.js";
import type { SpecContext } from "./spec-context.js";

const SHAPE_ID = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*#[A-Za-z_][A-Za-z0-9_]*$/;
const MEMBER_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

type Report = SpecContext["report"];

/**
 * One shape on its own: its id, type, traits, targets and constraint values. Answers false when the shape is too
 * malformed for any other check to read it.
 */
export function checkShape(context: SpecContext, id: string, shape: AstShape): boolean {
  const report: Report = (message, s, m) => context.report(message, s, m);
  if (!SHAPE_ID.test(id)) {
    report("not an absolute shape id (namespace#Name)", id);
  }
  if (!isObject(shape) || typeof shape.type !== "string") {
    report("a shape must be an object with a string `type`", id);
    return false;
  }
  if (!SMITHY_SHAPE_TYPES.has(shape.type)) {
    report(`unknown shape type "${shape.type}"`, id);
    return false;
  }
  context.checkTraits(shape.traits, id);
  checkConstraints(shape.traits, shape.type, id, undefined, report);
  checkDefault(shape.traits, shape.type, shape.traits?.[TRAIT.range], id, undefined, report);

  if (shape.type === "structure" || shape.type === "union" || shape.type === "enum" || shape.type === "intEnum") {
    checkMembers(context, shape, id);
  }
  if (shape.type === "list" || shape.type === "set") {
    context.checkTarget(shape.member, "the list member", id, "member");
    context.checkTraits(shape.member?.traits, id, "member");
  }
  if (shape.type === "map") {
    const key = context.checkTarget(shape.key, "the map key", id, "key");
    const keyType = key === undefined ? undefined : context.typeOf(key);
    if (key !== undefined && keyType !== "string" && keyType !== "enum") {
      report(`the map key targets ${key}, a ${keyType}; map keys must be strings or enums`, id, "key");
    }
    context.checkTarget(shape.value, "the map value", id, "value");
  }
  if (shape.type === "structure" && hasTrait(shape, TRAIT.error)) {
    const fault = shape.traits?.[TRAIT.error];
    if (fault !== "client" && fault !== "server") {
      report(`@error must be "client" or "server", found ${JSON.stringify(fault)}`, id);
    }
  }
  return true;
}

function checkMembers(context: SpecContext, shape: AstShape, id: string): void {
  const report: Report = (message, s, m) => context.report(message, s, m);
  if (!isObject(shape.members)) {
    report(`a ${shape.type} must have a \`members\` object`, id);
    return;
  }
  const enumValues = new Map<string, string>();
  for (const [name, member] of Object.entries(shape.members)) {
    if (!MEMBER_NAME.test(name)) {
      report("not a valid member name", id, name);
    }
    const target = context.checkTarget(member, "the member", id, name);
    context.checkTraits(member?.traits, id, name);
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
      const targetType = context.typeOf(target) ?? "";
      checkConstraints(member.traits, targetType, id, name, report);
      const range = member.traits?.[TRAIT.range] ?? context.shapes[target]?.traits?.[TRAIT.range];
      checkDefault(member.traits, targetType, range, id, name, report);
    }
  }
}

function checkConstraints(
  traits: Traits | undefined,
  type: string,
  shape: string,
  member: string | undefined,
  report: Report,
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
    // An enum is a string in Smithy 2.0: AWS's model puts @length on ProductType.
    if (trait === TRAIT.length && type !== "" && !["string", "enum", "list", "set", "map", "blob"].includes(type)) {
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
  report: Report,
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
