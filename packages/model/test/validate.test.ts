import { describe, expect, test } from "vitest";
import { formatValidationMessage, serviceTables, validateDocument } from "../src/__generated__/index.gen.js";

const scan = (document: unknown) => validateDocument(serviceTables, "ScanProvisionedProductsInput", document);
const search = (document: unknown) => validateDocument(serviceTables, "SearchProvisionedProductsInput", document);

describe("validateDocument", () => {
  test("accepts an empty input and every bound of the modelled ranges", () => {
    expect(scan({})).toEqual({ ok: true });
    expect(scan({ PageSize: 0 })).toEqual({ ok: true });
    expect(scan({ PageSize: 20 })).toEqual({ ok: true });
    expect(
      search({ PageSize: 100, SortOrder: "DESCENDING", AccessLevelFilter: { Key: "Account", Value: "self" } }),
    ).toEqual({
      ok: true,
    });
  });

  test("phrases a range failure as Coral does", () => {
    expect(scan({ PageSize: 21 })).toEqual({
      ok: false,
      kind: "ValidationException",
      violations: [
        "Value '21' at 'pageSize' failed to satisfy constraint: Member must have value less than or equal to 20",
      ],
    });
    const low = search({ PageSize: -1 });
    expect(low.ok === false && low.kind === "ValidationException" && low.violations).toEqual([
      "Value '-1' at 'pageSize' failed to satisfy constraint: Member must have value greater than or equal to 0",
    ]);
  });

  test("collects every failure, in the request's member order, with nested lowerCamelCase paths", () => {
    const result = search({
      PageSize: 101,
      AccessLevelFilter: { Key: "Foo", Value: "self" },
      AcceptLanguage: "x".repeat(101),
    });
    if (result.ok || result.kind !== "ValidationException") {
      throw new Error("expected a ValidationException");
    }
    expect(formatValidationMessage(result.violations)).toBe(
      "3 validation errors detected: Value '101' at 'pageSize' failed to satisfy constraint: Member must have value less than or equal to 100; " +
        "Value 'Foo' at 'accessLevelFilter.key' failed to satisfy constraint: Member must satisfy enum value set: [Account, Role, User]; " +
        `Value '${"x".repeat(101)}' at 'acceptLanguage' failed to satisfy constraint: Member must have length less than or equal to 100`,
    );
  });

  test("checks map keys against their enum and page tokens against their pattern", () => {
    const result = search({ Filters: { Foo: ["x"] }, PageToken: "\u0001" });
    expect(result.ok === false && result.kind === "ValidationException" && result.violations).toEqual([
      "Value '{Foo=[x]}' at 'filters' failed to satisfy constraint: Map keys must satisfy constraint: [Member must satisfy enum value set: [SearchQuery]]",
      `Value '\u0001' at 'pageToken' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\u0009\\u000a\\u000d\\u0020-\\uD7FF\\uE000-\\uFFFD]*`,
    ]);
  });

  test("a required member that is missing must not be null", () => {
    const result = validateDocument(serviceTables, "ProvisionedProductAttribute", { Tags: [{ Key: "team" }] });
    expect(result.ok === false && result.kind === "ValidationException" && result.violations).toEqual([
      "Value null at 'tags.1.member.value' failed to satisfy constraint: Member must not be null",
    ]);
  });

  test("counts string length in code points, as Smithy does", () => {
    expect(scan({ AcceptLanguage: "😀".repeat(100) })).toEqual({ ok: true });
  });

  test("a wrong JSON type is a SerializationException and stops validation", () => {
    expect(scan({ PageSize: "5", AcceptLanguage: "x".repeat(500) })).toEqual({
      ok: false,
      kind: "SerializationException",
      issue: { path: "pageSize", message: "STRING_VALUE can not be converted to an Integer (at 'pageSize')" },
    });
    expect(scan({ PageSize: 1.5 })).toMatchObject({ kind: "SerializationException" });
    expect(search({ Filters: ["SearchQuery"] })).toMatchObject({
      kind: "SerializationException",
      issue: { path: "filters" },
    });
    expect(search({ AccessLevelFilter: "Account" })).toMatchObject({ kind: "SerializationException" });
    expect(scan([])).toMatchObject({ kind: "SerializationException", issue: { path: "" } });
  });

  test("null members count as absent", () => {
    expect(search({ PageSize: null, SortOrder: null })).toEqual({ ok: true });
  });
});
