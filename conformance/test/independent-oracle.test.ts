import { describe, expect, it, vi } from "vitest";

/**
 * The validator the fake answers with, broken on purpose: a wrong bound in one message and a reordered enum in
 * another. The suite's expectations are its own, so it must catch both against the fake.
 */
vi.mock("@svccat/model", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@svccat/model")>();
  return {
    ...actual,
    formatValidationMessage: (violations: readonly string[]) =>
      actual
        .formatValidationMessage(violations)
        .replace("less than or equal to 20", "less than or equal to 21")
        .replace("[Account, Role, User]", "[Role, Account, User]"),
  };
});

describe("a broken validator in the fake", () => {
  it("fails the derived cases whose messages it gets wrong, and only those", async () => {
    const { runConformance } = await import("../src/index.js");
    const report = await runConformance({ target: { kind: "fake" }, clients: ["svccat"], cases: "derived/" });
    const failedIds = report.cases.filter((c) => c.status === "failed").map((c) => c.id);
    expect(failedIds).toContain("derived/Scan/pageSize/above-max");
    expect(failedIds).toContain("derived/Scan/accessLevelFilter.key/enum-outside");
    expect(failedIds).toContain("derived/Search/accessLevelFilter.key/enum-outside");
    expect(failedIds).not.toContain("derived/Search/pageSize/above-max");
    expect(report.cases.find((c) => c.id === "derived/Scan/pageSize/above-max")?.message).toContain(
      "less than or equal to 21",
    );
  });
});
