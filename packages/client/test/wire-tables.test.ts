import { serviceTables } from "@svccat/model";
import { describe, expect, it } from "vitest";
import { wireTables } from "../src/__generated__/wire-tables.gen.js";

const SCALARS = new Set(["string", "enum", "byte", "short", "integer", "long", "float", "double", "boolean"]);

describe("the client's wire tables", () => {
  it("have an entry for every shape of the spec that is not a scalar, of the same kind, and none other", () => {
    const expected = Object.entries(serviceTables.shapes)
      .filter(([, shape]) => !SCALARS.has(shape.type))
      .map(([name, shape]) => [name, shape.type]);
    const actual = Object.entries(wireTables.shapes).map(([name, shape]) => [name, shape.type]);
    expect(actual).toEqual(expected);
    expect(expected.length).toBeGreaterThan(5);
  });

  it("lead every member and element where the spec does, in model order", () => {
    for (const [name, shape] of Object.entries(serviceTables.shapes)) {
      const wire = Object.hasOwn(wireTables.shapes, name)
        ? (wireTables.shapes as Record<string, unknown>)[name]
        : undefined;
      if (shape.type === "structure") {
        const targets = Object.fromEntries(Object.entries(shape.members).map(([member, m]) => [member, m.target]));
        expect(wire, name).toEqual({ type: "structure", members: targets });
        expect(Object.keys((wire as { members: object }).members)).toEqual(Object.keys(shape.members));
      } else if (shape.type === "list") {
        expect(wire, name).toEqual({ type: "list", member: shape.member.target });
      } else if (shape.type === "map") {
        expect(wire, name).toEqual({ type: "map", value: shape.value.target });
      } else if (shape.type === "timestamp") {
        expect(wire, name).toEqual({ type: "timestamp", timestampFormat: shape.timestampFormat });
      }
    }
  });

  it("carry each operation's target, input, output, paging and idempotency token as the spec has them", () => {
    for (const [name, operation] of Object.entries(serviceTables.operations)) {
      const { target, input, output, paginated } = operation;
      const token = "idempotencyToken" in operation ? { idempotencyToken: operation.idempotencyToken } : {};
      expect((wireTables.operations as Record<string, unknown>)[name]).toEqual({
        target,
        input,
        output,
        paginated,
        ...token,
      });
    }
    expect(Object.keys(wireTables.operations)).toEqual(Object.keys(serviceTables.operations));
  });
});
