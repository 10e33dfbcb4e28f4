import { formatValidationMessage, serviceTables, validateDocument } from "@svccat/model";
import { describe, expect, it } from "vitest";
import { messagePath, validationMessage, validationMessages } from "../src/oracle/coral-messages.js";

/** Messages real AWS services sent (docs/aws-behaviour.md, "Validation and errors"), rebuilt by the suite's oracle. */
describe("the suite's own Coral messages match real AWS errors", () => {
  it("Service Catalog's pattern violation, quoting the pattern without anchors", () => {
    expect(
      validationMessage("k8s PoC 1", messagePath(["Name"]), {
        kind: "pattern",
        pattern: "^[a-zA-Z0-9][a-zA-Z0-9._-]*$",
      }),
    ).toBe(
      "1 validation error detected: Value 'k8s PoC 1' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9][a-zA-Z0-9._-]*",
    );
  });

  it("a maximum (aws-nuke's maxResults, DynamoDB's limit)", () => {
    expect(validationMessage(100, messagePath(["MaxResults"]), { kind: "range-max", max: 50 })).toBe(
      "1 validation error detected: Value '100' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 50",
    );
    expect(validationMessage(200, messagePath(["Limit"]), { kind: "range-max", max: 100 })).toBe(
      "1 validation error detected: Value '200' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 100",
    );
  });

  it("a minimum (the aws CLI's maxResults)", () => {
    expect(validationMessage(0, messagePath(["MaxResults"]), { kind: "range-min", min: 1 })).toContain(
      "Value '0' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 1",
    );
  });

  it("nested members and map keys, in Coral's path and Java's toString", () => {
    expect(messagePath(["AccessLevelFilter", "Key"])).toBe("accessLevelFilter.key");
    expect(validationMessage({ NotAKey: ["x"] }, "filters", { kind: "map-keys", values: ["SearchQuery"] })).toBe(
      "1 validation error detected: Value '{NotAKey=[x]}' at 'filters' failed to satisfy constraint: Map keys must satisfy constraint: [Member must satisfy enum value set: [SearchQuery]]",
    );
  });

  it("one value that breaks two constraints: both violations, in either order", () => {
    const violations = [
      { kind: "length-min", min: 1 },
      { kind: "pattern", pattern: "^[a-zA-Z0-9][a-zA-Z0-9_-]*$" },
    ] as const;
    const messages = validationMessages("", "idempotencyToken", violations);
    expect(messages).toEqual([
      "2 validation errors detected: Value '' at 'idempotencyToken' failed to satisfy constraint: Member must have length greater than or equal to 1; Value '' at 'idempotencyToken' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9][a-zA-Z0-9_-]*",
      "2 validation errors detected: Value '' at 'idempotencyToken' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9][a-zA-Z0-9_-]*; Value '' at 'idempotencyToken' failed to satisfy constraint: Member must have length greater than or equal to 1",
    ]);
    // What a Coral-style validator answers for such a value is one of them (the fake's, here).
    const result = validateDocument(serviceTables, "ProvisionedProductAttribute", { IdempotencyToken: "" });
    expect(result.ok).toBe(false);
    expect(messages).toContain(
      formatValidationMessage(
        (result as { violations: readonly string[] }).violations.filter((v) => v.includes("idempotencyToken")),
      ),
    );
  });
});
