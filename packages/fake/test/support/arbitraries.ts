import { type MemberTable, type ShapeTable, serviceTables } from "@svccat/model";
import fc from "fast-check";

/**
 * Wire documents drawn from the shape tables: mostly valid values, with a share of values that break a
 * constraint (too long, out of range, not in the enum) and a few of the wrong JSON type.
 */
export function documentOf(shapeName: string, depth = 0): fc.Arbitrary<unknown> {
  const shape = (serviceTables.shapes as Record<string, ShapeTable>)[shapeName];
  if (shape === undefined) {
    return fc.anything();
  }
  const wrongType = fc.oneof(
    fc.string(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.integer(), { maxLength: 2 }),
  );
  const valued = (arbitrary: fc.Arbitrary<unknown>) =>
    fc.oneof({ weight: 12, arbitrary }, { weight: 1, arbitrary: wrongType });
  switch (shape.type) {
    case "structure": {
      if (depth > 3) {
        return fc.constant({});
      }
      const members: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [name, member] of Object.entries(shape.members)) {
        members[name] = memberValue(member, depth);
      }
      return fc.record(members, { requiredKeys: [] });
    }
    case "list":
      return valued(fc.array(elementOf(shape.member.target, depth), { maxLength: 4 }));
    case "map":
      return valued(
        fc.dictionary(
          fc.oneof(fc.constantFrom(...enumValuesOf(shape.key.target)), fc.string({ maxLength: 6 })),
          elementOf(shape.value.target, depth),
          { maxKeys: 2 },
        ),
      );
    case "enum":
      return valued(
        fc.oneof(
          { weight: 5, arbitrary: fc.constantFrom(...shape.values.map((v) => v.value)) },
          { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
        ),
      );
    case "string":
      return valued(stringOf(shape.length?.max));
    case "integer":
    case "long":
    case "short":
    case "byte":
      return valued(
        fc.oneof(
          { weight: 5, arbitrary: fc.integer({ min: shape.range?.min ?? 0, max: shape.range?.max ?? 1000 }) },
          { weight: 1, arbitrary: fc.integer({ min: -5, max: 500 }) },
        ),
      );
    case "timestamp":
      return valued(fc.integer({ min: 0, max: 2_000_000_000 }));
    case "boolean":
      return valued(fc.boolean());
    default:
      return wrongType;
  }
}

function memberValue(member: MemberTable, depth: number): fc.Arbitrary<unknown> {
  const base = documentOf(member.target, depth + 1);
  if (member.range !== undefined) {
    return fc.oneof(
      { weight: 5, arbitrary: fc.integer({ min: member.range.min ?? 0, max: member.range.max ?? 100 }) },
      { weight: 1, arbitrary: base },
    );
  }
  return base;
}

function elementOf(target: string, depth: number): fc.Arbitrary<unknown> {
  return documentOf(target, depth + 1);
}

function enumValuesOf(target: string): string[] {
  const shape = (serviceTables.shapes as Record<string, ShapeTable>)[target];
  return shape?.type === "enum" ? shape.values.map((v) => v.value) : ["x"];
}

function stringOf(max: number | undefined): fc.Arbitrary<string> {
  const limit = max === undefined ? 30 : Math.min(max + 5, 120);
  return fc.oneof(
    { weight: 4, arbitrary: fc.string({ maxLength: Math.min(limit, 20) }) },
    { weight: 1, arbitrary: fc.string({ minLength: Math.max(0, limit - 10), maxLength: limit }) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        "self",
        "Self",
        "name:web",
        "status:AVAILABLE",
        "tags:team=a",
        "createdTime",
        "name",
        "id",
      ),
    },
  );
}
