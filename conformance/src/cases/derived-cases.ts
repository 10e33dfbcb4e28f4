import { type MemberTable, type OperationName, type ShapeTable, serviceTables } from "@svccat/model";
import { type ConformanceCase, describeOutcome, expectError, expectNoViolation, failed, passed } from "../case.js";
import { messagePath, type Violation, validationMessages } from "../oracle/coral-messages.js";

type Shapes = Record<string, ShapeTable>;
const shapes = serviceTables.shapes as Shapes;

/** A place in an input where a value can go, with what constrains it. */
interface Slot {
  /** Member names from the input root, e.g. `["AccessLevelFilter", "Key"]`. */
  path: string[];
  member: MemberTable;
  shape: ShapeTable;
}

/**
 * Cases derived from the shape tables, so that a spec change changes them: for every constrained member of every
 * operation's input, the values at each bound (accepted) and one past it (a ValidationException with the service's
 * message), a value outside an enum, a value that breaks a pattern, and a value of the wrong JSON type
 * (a SerializationException). Each case knows the one violation it makes, and its expected message comes from the
 * suite's own formatter (`oracle/coral-messages.ts`), not from the validator the fake answers with: a wrong bound
 * or a reordered enum in that validator fails the suite.
 */
export function derivedCases(): ConformanceCase[] {
  const cases: ConformanceCase[] = [];
  for (const operation of Object.keys(serviceTables.operations) as OperationName[]) {
    const short = operation.replace("ProvisionedProducts", "");
    const table = serviceTables.operations[operation];
    const input = table.input;
    // An operation with an idempotency token changes state: only values that break a constraint (refused before
    // anything happens) are sent, never values it would act on. Required members carry a value naming nothing.
    const mutates = "idempotencyToken" in table;
    const required = requiredFill(input);
    const keep = (made: ConformanceCase | undefined) => {
      if (made !== undefined) {
        cases.push(made);
      }
    };
    for (const slot of slots(input, [])) {
      const where = messagePath(slot.path);
      const id = (what: string) => `derived/${short}/${where}/${what}`;
      /** A case that sends `value` and expects `violation` (or, without one, no complaint about the input). */
      const valueCase = (
        what: string,
        value: unknown,
        title: string,
        violation?: Violation | readonly Violation[],
      ): ConformanceCase | undefined => {
        if (violation === undefined && mutates) {
          return undefined;
        }
        return {
          id: id(what),
          title: `${operation} ${where} ${title}`,
          run: async (context) => {
            const outcome = await context.callUnchecked(operation, { ...required, ...place(slot.path, value) });
            return violation === undefined
              ? expectNoViolation(outcome)
              : expectError(
                  outcome,
                  "ValidationException",
                  validationMessages(value, where, Array.isArray(violation) ? violation : [violation as Violation]),
                );
          },
        };
      };
      const range = slot.member.range ?? (slot.shape as { range?: { min?: number; max?: number } }).range;
      if (range !== undefined) {
        if (range.min !== undefined) {
          keep(valueCase("min", range.min, `at its minimum ${range.min}`));
          keep(valueCase("below-min", range.min - 1, `one below its minimum`, { kind: "range-min", min: range.min }));
        }
        if (range.max !== undefined) {
          keep(valueCase("max", range.max, `at its maximum ${range.max}`));
          keep(valueCase("above-max", range.max + 1, `one above its maximum`, { kind: "range-max", max: range.max }));
        }
      }
      const length = slot.member.length ?? ("length" in slot.shape ? slot.shape.length : undefined);
      if (length !== undefined && slot.shape.type === "string") {
        const fill = lengthFiller(slot);
        if (length.max !== undefined) {
          keep(valueCase("length-max", fill(length.max), `of length ${length.max}`));
          keep(
            valueCase(
              "length-above-max",
              fill(length.max + 1),
              `one longer than its maximum`,
              alsoPattern(slot, fill(length.max + 1), { kind: "length-max", max: length.max }),
            ),
          );
        }
        if (length.min !== undefined && length.min > 0) {
          keep(
            valueCase(
              "length-below-min",
              fill(length.min - 1),
              `one shorter than its minimum`,
              // The empty string is shorter than one character and fails a pattern that needs a first one.
              alsoPattern(slot, fill(length.min - 1), { kind: "length-min", min: length.min }),
            ),
          );
        }
      }
      if (slot.shape.type === "enum") {
        const values = slot.shape.values.map((value) => value.value);
        keep(valueCase("enum-outside", "NotInTheEnum", "outside its enum", { kind: "enum", values }));
        for (const value of slot.shape.values) {
          keep(valueCase(`enum-${value.value}`, value.value, `= ${value.value}`));
        }
      }
      const pattern = slot.member.pattern ?? ("pattern" in slot.shape ? slot.shape.pattern : undefined);
      if (pattern !== undefined) {
        const breaker = patternBreaker(pattern);
        if (breaker !== undefined) {
          keep(valueCase("pattern-break", breaker, `breaking its pattern`, { kind: "pattern", pattern }));
        }
      }
      if (slot.shape.type === "map" && slot.shape.key.enum !== undefined) {
        keep(
          valueCase("map-key-outside", { NotAKey: ["x"] }, "with a key outside its enum", {
            kind: "map-keys",
            values: slot.shape.key.enum,
          }),
        );
      }
      const wrong = wrongJsonType(slot.shape);
      if (wrong !== undefined && slot.path.length === 1) {
        cases.push({
          id: id("wrong-json-type"),
          title: `${operation} ${where} of the wrong JSON type`,
          run: async (context) => {
            const rawBody = JSON.stringify({ ...required, ...place(slot.path, wrong) });
            const outcome = await context.call(operation, {}, { rawBody });
            if (
              !outcome.ok &&
              outcome.fromService &&
              outcome.status === 400 &&
              outcome.name === "SerializationException"
            ) {
              return passed();
            }
            return failed("SerializationException (HTTP 400)", describeOutcome(outcome));
          },
        });
      }
    }
  }
  return cases;
}

function* slots(structureName: string, prefix: string[]): Generator<Slot> {
  const structure = shapes[structureName];
  if (structure?.type !== "structure") {
    return;
  }
  for (const [name, member] of Object.entries(structure.members)) {
    const shape = shapes[member.target];
    if (shape === undefined) {
      continue;
    }
    yield { path: [...prefix, name], member, shape };
    if (shape.type === "structure") {
      yield* slots(member.target, [...prefix, name]);
    }
  }
}

/** Values for required members that satisfy their constraints and name nothing that could exist. */
const NAMES_NOTHING = ["svccat-conformance-no-such-thing", "svccatconformance0"];

/** The input's required string members, each with a value within its constraints. */
function requiredFill(inputName: string): Record<string, string> {
  const structure = shapes[inputName];
  const out: Record<string, string> = {};
  if (structure?.type !== "structure") {
    return out;
  }
  for (const [name, member] of Object.entries(structure.members)) {
    const shape = shapes[member.target];
    if (!member.required || shape?.type !== "string") {
      continue;
    }
    const pattern = member.pattern ?? shape.pattern;
    const length = member.length ?? shape.length;
    const value = NAMES_NOTHING.find(
      (candidate) =>
        (pattern === undefined || wholeMatch(pattern, candidate)) &&
        candidate.length >= (length?.min ?? 0) &&
        candidate.length <= (length?.max ?? Number.POSITIVE_INFINITY),
    );
    if (value === undefined) {
      throw new Error(`derived cases: no filler satisfies the constraints of ${inputName}.${name}`);
    }
    out[name] = value;
  }
  return out;
}

/** `{ A: { B: value } }` for the path `["A", "B"]`, with AccessLevelFilter's Value filled so the call is valid. */
function place(path: string[], value: unknown): Record<string, unknown> {
  let out: unknown = value;
  for (let i = path.length - 1; i >= 0; i--) {
    out = { [path[i] as string]: out };
  }
  const document = out as Record<string, unknown>;
  const filter = document.AccessLevelFilter as Record<string, unknown> | undefined;
  if (filter !== undefined && typeof filter === "object" && !Array.isArray(filter) && path.length > 1) {
    if (path[1] !== "Value") {
      filter.Value = "self";
    }
    if (path[1] !== "Key") {
      filter.Key = "Account";
    }
  }
  return document;
}

function isNumber(shape: ShapeTable): shape is Extract<ShapeTable, { type: "integer" }> {
  return ["byte", "short", "integer", "long", "float", "double"].includes(shape.type);
}

/** The violation, and the pattern's too when the value also breaks it (each is one violation of the message). */
function alsoPattern(slot: Slot, value: string, violation: Violation): Violation[] {
  const pattern = slot.member.pattern ?? ("pattern" in slot.shape ? slot.shape.pattern : undefined);
  return pattern === undefined || wholeMatch(pattern, value) ? [violation] : [violation, { kind: "pattern", pattern }];
}

/** Strings of a given length that satisfy the member's pattern when they can. */
function lengthFiller(slot: Slot): (length: number) => string {
  const pattern = slot.member.pattern ?? ("pattern" in slot.shape ? slot.shape.pattern : undefined);
  const char = pattern === undefined ? "a" : (["a", "0", "x"].find((c) => wholeMatch(pattern, c.repeat(3))) ?? "a");
  return (length) => char.repeat(Math.max(0, length));
}

function patternBreaker(pattern: string): string | undefined {
  return ["\u0001", "\u0000", " ", "!", "#", "-a", "a b"].find((candidate) => !wholeMatch(pattern, candidate));
}

/** Whether a whole value matches a spec pattern, as AWS tests it. */
function wholeMatch(pattern: string, value: string): boolean {
  return new RegExp(`^(?:${pattern})$`, "u").test(value);
}

function wrongJsonType(shape: ShapeTable): unknown {
  switch (shape.type) {
    case "string":
    case "enum":
      return 7;
    case "structure":
    case "list":
    case "map":
      return "not-an-object";
    case "timestamp":
      return "not-a-time";
    default:
      return isNumber(shape) ? "ten" : undefined;
  }
}
