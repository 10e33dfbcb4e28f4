/**
 * The conformance suite's own knowledge of how AWS words a constraint violation, written apart from
 * `@svccat/model`'s validator on purpose: the fake answers with that validator, so expectations computed by it
 * would hold the fake to itself. The facts (bounds, enum values, patterns, member names) come from the spec's
 * tables; the wording comes from here, pinned by real AWS messages in `test/coral-messages.test.ts`.
 */

/** What one violation is, in the terms AWS's messages use. */
export type Violation =
  | { kind: "range-max"; max: number }
  | { kind: "range-min"; min: number }
  | { kind: "length-max"; max: number }
  | { kind: "length-min"; min: number }
  | { kind: "enum"; values: readonly string[] }
  | { kind: "pattern"; pattern: string }
  | { kind: "map-keys"; values: readonly string[] };

/** `AccessLevelFilter` → `accessLevelFilter`: a member path as AWS names it in a message. */
export function messagePath(members: readonly string[]): string {
  return members.map((name) => name.charAt(0).toLowerCase() + name.slice(1)).join(".");
}

/** The constraint clause of one violation. */
function constraint(violation: Violation): string {
  switch (violation.kind) {
    case "range-max":
      return `Member must have value less than or equal to ${violation.max}`;
    case "range-min":
      return `Member must have value greater than or equal to ${violation.min}`;
    case "length-max":
      return `Member must have length less than or equal to ${violation.max}`;
    case "length-min":
      return `Member must have length greater than or equal to ${violation.min}`;
    case "enum":
      return `Member must satisfy enum value set: [${violation.values.join(", ")}]`;
    case "pattern":
      // AWS quotes the model's expression as the service holds it, without the anchors a Smithy model needs.
      return `Member must satisfy regular expression pattern: ${violation.pattern.replace(/^\^/, "").replace(/\$$/, "")}`;
    case "map-keys":
      return `Map keys must satisfy constraint: [Member must satisfy enum value set: [${violation.values.join(", ")}]]`;
  }
}

/** How a value is shown inside `Value '…'`: Java's `toString` of what was parsed. */
function shown(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map(shown).join(", ")}]`;
  }
  if (typeof value === "object" && value !== null) {
    return `{${Object.entries(value)
      .map(([key, item]) => `${key}=${shown(item)}`)
      .join(", ")}}`;
  }
  return String(value);
}

/** The whole message of a `ValidationException` with this one violation. */
export function validationMessage(value: unknown, path: string, violation: Violation): string {
  return `1 validation error detected: Value '${shown(value)}' at '${path}' failed to satisfy constraint: ${constraint(violation)}`;
}

/**
 * Every message AWS may send for one value that breaks several constraints of its member (a string too short that
 * also fails the pattern): the violations joined by `; ` under their count, in each order, since the order among
 * one member's constraints is not known.
 */
export function validationMessages(value: unknown, path: string, violations: readonly Violation[]): string[] {
  if (violations.length === 1) {
    return [validationMessage(value, path, violations[0] as Violation)];
  }
  const clause = (violation: Violation) =>
    `Value '${shown(value)}' at '${path}' failed to satisfy constraint: ${constraint(violation)}`;
  return orderings(violations).map(
    (order) => `${order.length} validation errors detected: ${order.map(clause).join("; ")}`,
  );
}

function orderings<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) {
    return [items.slice()];
  }
  return items.flatMap((item, i) =>
    orderings([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}
