import type { ElementTable, ServiceTables, ShapeTable, ValueConstraints } from "./tables.js";

/**
 * Validation of a wire document (the parsed JSON body of a request) against the shape tables, in two passes as an
 * AWS JSON service makes them: first the JSON types (a failure there is a `SerializationException`, and nothing
 * else is checked), then every modelled constraint (all failures together in one `ValidationException` whose
 * message follows Coral's format, in the order the members appear in the request).
 *
 * @packageDocumentation
 */

/** A JSON value of the wrong type for its member. @public */
export interface SerializationIssue {
  /** The member path in Coral's lowerCamelCase form, e.g. `accessLevelFilter.key`. */
  readonly path: string;
  /** What the service would say, e.g. `STRING_VALUE can not be converted to an Integer`. */
  readonly message: string;
}

/** The outcome of `validateDocument`. @public */
export type DocumentValidation =
  | { readonly ok: true }
  | { readonly ok: false; readonly kind: "SerializationException"; readonly issue: SerializationIssue }
  | { readonly ok: false; readonly kind: "ValidationException"; readonly violations: readonly string[] };

const patternCache = new Map<string, RegExp>();

/**
 * Compiles a spec pattern once, to match a whole value: AWS refuses `k8s PoC 1` for `[a-zA-Z0-9][a-zA-Z0-9._-]*`
 * although a part of it matches, so Coral tests the whole string (Java's `matches`), and a pattern such as
 * `^a|b$` anchors both branches. Spec patterns use Unicode classes (`\p{L}`), hence the `u` flag. @public
 */
export function compilePattern(pattern: string): RegExp {
  let compiled = patternCache.get(pattern);
  if (compiled === undefined) {
    compiled = new RegExp(`^(?:${pattern})$`, "u");
    patternCache.set(pattern, compiled);
  }
  return compiled;
}

/** `PageSize` → `pageSize`: how Coral names members in its messages. @public */
export function coralMemberName(member: string): string {
  return member.length === 0 ? member : member[0]?.toLowerCase() + member.slice(1);
}

/** Joins violations into Coral's message: `2 validation errors detected: …; …`. @public */
export function formatValidationMessage(violations: readonly string[]): string {
  const count = violations.length === 1 ? "1 validation error" : `${violations.length} validation errors`;
  // The count is the whole truth; the list stops at a bound, so a hostile input cannot make a huge answer.
  const listed = violations.slice(0, MAX_LISTED_VIOLATIONS);
  const more = violations.length - listed.length;
  return `${count} detected: ${listed.join("; ")}${more > 0 ? `; and ${more} more` : ""}`;
}

/** The most violations one message lists (decisions/0009). @public */
export const MAX_LISTED_VIOLATIONS = 10;

/**
 * Checks a wire document (JSON as parsed) against a structure of the tables: JSON types first, then constraints.
 * @public
 */
export function validateDocument(tables: ServiceTables, shapeName: string, document: unknown): DocumentValidation {
  const issue = findSerializationIssue(tables, shapeName, document, "");
  if (issue !== undefined) {
    return { ok: false, kind: "SerializationException", issue };
  }
  const violations: string[] = [];
  collectViolations(tables, shapeName, {}, document, "", violations);
  return violations.length === 0 ? { ok: true } : { ok: false, kind: "ValidationException", violations };
}

function shapeOf(tables: ServiceTables, name: string): ShapeTable {
  const shape = tables.shapes[name];
  if (shape === undefined) {
    throw new Error(`The shape tables have no shape named ${name}`);
  }
  return shape;
}

const JAVA_TYPE: Record<string, string> = {
  byte: "a Byte",
  short: "a Short",
  integer: "an Integer",
  long: "a Long",
  float: "a Float",
  double: "a Double",
  boolean: "a Boolean",
  string: "a String",
  enum: "a String",
  timestamp: "a Date",
};

function jsonKind(value: unknown): string {
  if (value === null) {
    return "NULL_VALUE";
  }
  if (Array.isArray(value)) {
    return "START_ARRAY";
  }
  switch (typeof value) {
    case "string":
      return "STRING_VALUE";
    case "number":
      return "NUMBER_VALUE";
    case "boolean":
      return value ? "TRUE_VALUE" : "FALSE_VALUE";
    default:
      return "START_OBJECT";
  }
}

function join(path: string, segment: string): string {
  return path === "" ? segment : `${path}.${segment}`;
}

/** The first value whose JSON type cannot be read as its member's type; null members are left to the constraints. */
function findSerializationIssue(
  tables: ServiceTables,
  shapeName: string,
  value: unknown,
  path: string,
): SerializationIssue | undefined {
  if (value === null || value === undefined) {
    return undefined;
  }
  const shape = shapeOf(tables, shapeName);
  const wrong = (expected: string): SerializationIssue => ({
    path,
    message: `${jsonKind(value)} can not be converted to ${expected}${path === "" ? "" : ` (at '${path}')`}`,
  });
  switch (shape.type) {
    case "structure": {
      if (typeof value !== "object" || Array.isArray(value)) {
        return { path, message: `Expected a structure${path === "" ? "" : ` at '${path}'`}, found ${jsonKind(value)}` };
      }
      for (const [name, member] of Object.entries(shape.members)) {
        const found = findSerializationIssue(
          tables,
          member.target,
          (value as Record<string, unknown>)[name],
          join(path, coralMemberName(name)),
        );
        if (found !== undefined) {
          return found;
        }
      }
      return undefined;
    }
    case "list": {
      if (!Array.isArray(value)) {
        return { path, message: `Expected a list${path === "" ? "" : ` at '${path}'`}, found ${jsonKind(value)}` };
      }
      for (let i = 0; i < value.length; i++) {
        const found = findSerializationIssue(tables, shape.member.target, value[i], join(path, `${i + 1}.member`));
        if (found !== undefined) {
          return found;
        }
      }
      return undefined;
    }
    case "map": {
      if (typeof value !== "object" || Array.isArray(value)) {
        return { path, message: `Expected a map${path === "" ? "" : ` at '${path}'`}, found ${jsonKind(value)}` };
      }
      for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
        const found = findSerializationIssue(tables, shape.value.target, entry, join(path, key));
        if (found !== undefined) {
          return found;
        }
      }
      return undefined;
    }
    case "string":
    case "enum":
      return typeof value === "string" ? undefined : wrong(JAVA_TYPE[shape.type] ?? "a String");
    case "boolean":
      return typeof value === "boolean" ? undefined : wrong("a Boolean");
    case "timestamp":
      return typeof value === "number" || typeof value === "string" ? undefined : wrong("a Date");
    default: {
      if (typeof value !== "number" || !Number.isFinite(value)) {
        return wrong(JAVA_TYPE[shape.type] ?? "a Number");
      }
      const integral = shape.type !== "float" && shape.type !== "double";
      return integral && !Number.isInteger(value) ? wrong(JAVA_TYPE[shape.type] ?? "an Integer") : undefined;
    }
  }
}

/** Java's `toString` of a value, as Coral quotes it inside `Value '…'`. */
function coralValue(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map(coralValue).join(", ")}]`;
  }
  if (typeof value === "object" && value !== null) {
    return `{${Object.entries(value)
      .map(([k, v]) => `${k}=${coralValue(v)}`)
      .join(", ")}}`;
  }
  return String(value);
}

function violation(value: unknown, path: string, constraint: string): string {
  const shown = value === null || value === undefined ? "Value null" : `Value '${coralValue(value)}'`;
  return `${shown} at '${path}' failed to satisfy constraint: ${constraint}`;
}

/** Smithy measures string length in Unicode scalar values, not UTF-16 code units. */
function codePointLength(text: string): number {
  let surrogates = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      surrogates++;
    }
  }
  return text.length - surrogates;
}

function checkConstraints(constraints: ValueConstraints, value: unknown, path: string, out: string[]): void {
  const { length, range, pattern } = constraints;
  if (constraints.enum !== undefined && typeof value === "string" && !constraints.enum.includes(value)) {
    out.push(violation(value, path, `Member must satisfy enum value set: [${constraints.enum.join(", ")}]`));
  }
  if (length !== undefined) {
    const size =
      typeof value === "string"
        ? codePointLength(value)
        : Array.isArray(value)
          ? value.length
          : typeof value === "object" && value !== null
            ? Object.keys(value).length
            : undefined;
    if (size !== undefined && length.min !== undefined && size < length.min) {
      out.push(violation(value, path, `Member must have length greater than or equal to ${length.min}`));
    }
    if (size !== undefined && length.max !== undefined && size > length.max) {
      out.push(violation(value, path, `Member must have length less than or equal to ${length.max}`));
    }
  }
  if (range !== undefined && typeof value === "number") {
    if (range.min !== undefined && value < range.min) {
      out.push(violation(value, path, `Member must have value greater than or equal to ${range.min}`));
    }
    if (range.max !== undefined && value > range.max) {
      out.push(violation(value, path, `Member must have value less than or equal to ${range.max}`));
    }
  }
  if (pattern !== undefined && typeof value === "string" && !compilePattern(pattern).test(value)) {
    out.push(violation(value, path, `Member must satisfy regular expression pattern: ${patternAsQuoted(pattern)}`));
  }
}

/**
 * A pattern as AWS quotes it: the model's expression without the anchors Smithy needs (Coral matches the whole value
 * anyway): `[a-zA-Z0-9][a-zA-Z0-9._-]*` in a real Service Catalog error, where the spec writes `^…$`.
 */
function patternAsQuoted(pattern: string): string {
  return pattern.replace(/^\^/, "").replace(/(?<!\\)\$$/, "");
}

/** Every constraint failure below `value`, in member order, each as Coral phrases it. */
function collectViolations(
  tables: ServiceTables,
  shapeName: string,
  constraints: ValueConstraints,
  value: unknown,
  path: string,
  out: string[],
): void {
  if (value === null || value === undefined) {
    return;
  }
  checkConstraints(constraints, value, path, out);
  const shape = shapeOf(tables, shapeName);
  if (shape.type === "structure") {
    const record = value as Record<string, unknown>;
    // Members in the order the request has them, then the required ones it lacks, in model order.
    for (const name of Object.keys(record)) {
      const member = Object.hasOwn(shape.members, name) ? shape.members[name] : undefined;
      const memberValue = record[name];
      if (member !== undefined && memberValue !== null && memberValue !== undefined) {
        collectViolations(tables, member.target, member, memberValue, join(path, coralMemberName(name)), out);
      }
    }
    for (const [name, member] of Object.entries(shape.members)) {
      if (member.required && (record[name] === null || record[name] === undefined)) {
        out.push(violation(null, join(path, coralMemberName(name)), "Member must not be null"));
      }
    }
  } else if (shape.type === "list") {
    const items = value as unknown[];
    for (let i = 0; i < items.length; i++) {
      collectElement(tables, shape.member, items[i], join(path, `${i + 1}.member`), out);
    }
  } else if (shape.type === "map") {
    const record = value as Record<string, unknown>;
    const keyViolations: string[] = [];
    for (const [key, entry] of Object.entries(record)) {
      checkConstraints(shape.key, key, path, keyViolations);
      collectElement(tables, shape.value, entry, join(path, key), out);
    }
    for (const keyViolation of new Set(keyViolations.map((v) => v.slice(v.indexOf("constraint: ") + 12)))) {
      out.push(violation(value, path, `Map keys must satisfy constraint: [${keyViolation}]`));
    }
  }
}

function collectElement(tables: ServiceTables, element: ElementTable, value: unknown, path: string, out: string[]) {
  if (value === null || value === undefined) {
    out.push(violation(null, path, "Member must not be null"));
    return;
  }
  collectViolations(tables, element.target, element, value, path, out);
}
