import { defaultSettings, resolveSettings } from "@svccat/fake";
import { startServiceCatalogFakeServer } from "@svccat/fake/server";
import { describe, expect, it } from "vitest";
import { FAILURE_TEXT_LIMIT, failed } from "../src/case.js";
import { boto3Unavailable } from "../src/clients/boto3-driver.js";
import {
  diffReports,
  openTarget,
  recordSettings,
  runConformance,
  seededFake,
  TargetError,
  toJUnit,
  toMarkdown,
} from "../src/index.js";
import { CONTRARIAN_ANSWERS } from "./support/contrarian-target.js";
import { IGNORES_PAGE_SIZE, wrongFake } from "./support/wrong-fakes.js";

describe("against the fake", () => {
  it.each(["fake", "http"] as const)("passes on target %s through both clients", async (kind) => {
    const report = await runConformance({ target: { kind } });
    const failures = report.cases.filter((c) => c.status === "failed").map((c) => `${c.id}: ${c.message}`);
    expect(failures).toEqual([]);
    expect(report.clients).toEqual(["svccat", "aws-sdk"]);
    expect(report.summary.passed).toBeGreaterThan(50);
    expect(report.summary["not-checked"]).toBe(0);
    // What it records from the fake is the fake's own defaults: the observations read the target truly.
    expect(resolveSettings(recordSettings(report).settings)).toEqual(defaultSettings);
  });

  it("reads a fake's changed settings back: every observable setting away from its default", async () => {
    // The contrarian target's answers: every observable setting away from its default.
    const changed = CONTRARIAN_ANSWERS;
    const report = await runConformance({ target: { kind: "fake", fake: seededFake(changed) }, cases: "observe/" });
    const recorded = recordSettings(report).settings;
    expect(resolveSettings(recorded)).toEqual(resolveSettings(changed));
    expect(Object.keys(recorded).sort()).toEqual([...Object.keys(changed), "tokenTtlSeconds"].sort());
  });
});

describe("the token-lifetime case", () => {
  it("holds its token from the answer, so a slow first request cannot make an expired token look accepted", async () => {
    // The token is issued 1.5 s after the request leaves; a hold counted from the request would reuse it when it
    // is half a second old, inside a 1 s lifetime, and record that tokens live for ever.
    const fake = wrongFake(
      { delayMs: (document) => ("PageToken" in document ? 0 : 1500) },
      seededFake({ tokenTtlSeconds: 1 }),
    );
    const report = await runConformance({
      target: { kind: "fake", fake },
      cases: "observe/token-lifetime",
      tokenHoldSeconds: 2,
    });
    expect(report.cases.map((c) => [c.id, c.status, c.message])).toEqual([
      ["observe/token-lifetime", "observed", expect.stringMatching(/^1: refused \d+\.\d s after it was issued/)],
    ]);
    expect(recordSettings(report).settings).toEqual({ tokenTtlSeconds: 1 });
  });
});

describe("against the fake in vary mode", () => {
  it.each([
    ["fake", "per-call"],
    ["http", "per-listing"],
  ] as const)("passes on target %s, varying %s, through both clients", async (kind, vary) => {
    const report = await runConformance({ target: { kind, fake: seededFake({ vary, seed: 11 }) } });
    const failures = report.cases.filter((c) => c.status === "failed").map((c) => `${c.id}: ${c.message}`);
    expect(failures).toEqual([]);
    expect(report.summary.passed).toBeGreaterThan(50);
    // The answers did vary: some observation differs between the clients, or from the defaults.
    const recorded = resolveSettings(recordSettings(report).settings);
    const varied = report.cases.filter((c) => c.varies === true).length;
    expect(varied > 0 || JSON.stringify(recorded) !== JSON.stringify(defaultSettings)).toBe(true);
  });
});

describe("against wrong servers, the right cases fail and say why", () => {
  it("a server that ignores PageSize", async () => {
    const fake = wrongFake(IGNORES_PAGE_SIZE);
    const report = await runConformance({ target: { kind: "fake", fake }, cases: "page-size-respected" });
    const entry = report.cases.find((c) => c.id === "paging/search-page-size-respected");
    expect(entry?.status).toBe("failed");
    expect(entry?.message).toContain("expected at most 3 items a page (PageSize 3); got a page of 20");
  });

  it("a server that repeats items across pages", async () => {
    let previous: unknown;
    const fake = wrongFake({
      response: (answer, { document }) => {
        const items = answer.body.ProvisionedProducts as unknown[] | undefined;
        if (answer.status === 200 && items !== undefined && items.length > 0) {
          const last = items.at(-1);
          if (document.PageToken !== undefined && previous !== undefined) {
            items.unshift(previous);
          }
          previous = last;
        }
        return answer;
      },
    });
    const report = await runConformance({ target: { kind: "fake", fake }, cases: "search-sorted-traversal" });
    expect(report.cases[0]?.status).toBe("failed");
    expect(report.cases[0]?.message).toMatch(/expected each product once; got \d+ repeated, e\.g\. pp-/);
  });

  it("a server that answers bad input with a 500", async () => {
    const fake = wrongFake({
      response: (answer) =>
        answer.status === 400
          ? { status: 500, headers: answer.headers, body: { __type: "InternalFailure", message: "oops" } }
          : answer,
    });
    const report = await runConformance({ target: { kind: "fake", fake }, cases: "derived/Scan/pageSize/above-max" });
    expect(report.cases[0]?.status).toBe("failed");
    expect(report.cases[0]?.message).toContain(
      `expected ValidationException (HTTP 400): "1 validation error detected: Value '21' at 'pageSize' failed to satisfy constraint: Member must have value less than or equal to 20"; got InternalFailure (HTTP 500)`,
    );
  });

  it("a server whose errors have an unmodelled body", async () => {
    const fake = wrongFake({
      response: (answer) =>
        answer.status === 400
          ? { status: 400, headers: { "content-type": "application/x-amz-json-1.1" }, body: { error: "bad input" } }
          : answer,
    });
    const report = await runConformance({ target: { kind: "fake", fake }, cases: "errors/envelope" });
    expect(report.cases[0]?.status).toBe("failed");
    expect(report.cases[0]?.message).toMatch(
      /svccat: expected HTTP 400, a request id, ValidationException, a message; got .*code UnknownError/,
    );
  });

  it("a server that answers the two clients differently", async () => {
    const fake = wrongFake({
      response: (answer, { fromSdk }) => {
        if (answer.status === 400 && fromSdk && typeof answer.body.message === "string") {
          const { message, ...rest } = answer.body;
          return { ...answer, body: { ...rest, Message: message } };
        }
        return answer;
      },
    });
    const report = await runConformance({ target: { kind: "fake", fake }, cases: "observe/error-message-key" });
    expect(report.cases[0]?.status).toBe("failed");
    expect(report.cases[0]?.message).toMatch(/^the clients disagree: svccat: "message".* \| aws-sdk: "Message"/);
  });
});

describe("targets", () => {
  it("refuses live AWS without the explicit flag", async () => {
    await expect(openTarget({ kind: "endpoint", region: "eu-west-1" })).rejects.toThrow(TargetError);
    await expect(openTarget({ kind: "endpoint", region: "eu-west-1" })).rejects.toThrow(/--allow-live/);
  });

  it("runs against any endpoint with static credentials, and reports what it cannot know as not checked", async () => {
    const server = await startServiceCatalogFakeServer();
    try {
      const report = await runConformance({
        target: {
          kind: "endpoint",
          endpoint: server.url,
          region: "eu-west-1",
          credentials: { accessKeyId: "test", secretAccessKey: "test" },
        },
        cases: "access/",
      });
      const knownSets = report.cases.find((c) => c.id === "access/known-sets");
      expect(knownSets?.status).toBe("not-checked");
      expect(knownSets?.message).toBe("the suite does not know this target's products");
      expect(report.cases.find((c) => c.id === "access/hierarchy")?.status).toBe("passed");
      expect(report.target).toBe(`endpoint ${server.url} (eu-west-1)`);
    } finally {
      await server.close();
    }
  });

  it("reports a case the data cannot exercise as not checked, never as passed", async () => {
    const { createServiceCatalogFake } = await import("@svccat/fake/msw");
    const report = await runConformance({
      target: { kind: "fake", fake: createServiceCatalogFake() },
      cases: "paging/",
    });
    const traversal = report.cases.find((c) => c.id === "paging/search-sorted-traversal");
    expect(traversal?.status).toBe("not-checked");
    expect(traversal?.message).toMatch(/has 0 provisioned products/);
  });
});

describe("reports", () => {
  it("diff shows where two runs differ", async () => {
    const base = await runConformance({ target: { kind: "fake" }, cases: "last-page-token", clients: ["svccat"] });
    const other = await runConformance({
      target: { kind: "fake", fake: seededFake({ lastPageToken: "empty" }) },
      cases: "last-page-token",
      clients: ["svccat"],
    });
    expect(diffReports(base, base)).toEqual([]);
    const differences = diffReports(base, other);
    expect(differences.map((d) => d.id).sort()).toEqual([
      "observe/listrecordhistory-last-page-token",
      "observe/scan-last-page-token",
      "observe/search-last-page-token",
    ]);
    const scan = differences.find((d) => d.id === "observe/scan-last-page-token");
    expect(scan?.a).toMatch(/^observed: \{"ScanProvisionedProducts":"absent"\}/);
    expect(scan?.b).toMatch(/^observed: \{"ScanProvisionedProducts":"empty"\}/);
  });

  it("JUnit XML has a test case per case, failures and skips, and no raw control characters", async () => {
    const fake = wrongFake(IGNORES_PAGE_SIZE);
    const report = await runConformance({
      target: { kind: "fake", fake },
      cases: "Scan/pageToken",
      clients: ["svccat"],
    });
    const xml = toJUnit(report);
    expect(xml.match(/<testcase /g)).toHaveLength(report.cases.length);
    expect(xml).toContain(`failures="${report.summary.failed}"`);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the point is that none are left
    expect(xml).not.toMatch(/[\u0000-\u0008]/);
    expect(toMarkdown(report)).toContain("| passed | failed | not checked | observed |");
  });
});

describe("failure lines", () => {
  it("keep expected and actual to a readable length, saying how much was cut", () => {
    const result = failed("x".repeat(2_025), "y".repeat(10));
    expect(result).toEqual({
      status: "failed",
      expected: `${"x".repeat(FAILURE_TEXT_LIMIT)}… (${2_025 - FAILURE_TEXT_LIMIT} more characters)`,
      actual: "y".repeat(10),
    });
  });
});

const boto3Missing = await boto3Unavailable();
if (boto3Missing !== undefined) {
  console.warn(`svccat conformance: boto3 not checked here: ${boto3Missing}`);
}

describe.skipIf(boto3Missing !== undefined)(
  `through boto3${boto3Missing === undefined ? "" : ` (skipped: ${boto3Missing})`}`,
  () => {
    it("every case passes against the fake over HTTP, and the three clients agree", async () => {
      const report = await runConformance({ target: { kind: "http" }, clients: ["svccat", "aws-sdk", "boto3"] });
      expect(report.cases.filter((c) => c.status === "failed").map((c) => `${c.id}: ${c.message}`)).toEqual([]);
      expect(report.summary.passed).toBeGreaterThan(50);
    }, 600_000);

    it("catches a server that ignores PageSize", async () => {
      const fake = wrongFake(IGNORES_PAGE_SIZE);
      const report = await runConformance({
        target: { kind: "http", fake },
        clients: ["boto3"],
        cases: "page-size-respected",
      });
      const entry = report.cases.find((c) => c.id === "paging/search-page-size-respected");
      expect(entry?.status).toBe("failed");
      expect(entry?.message).toContain("expected at most 3 items a page (PageSize 3); got a page of 20");
    });

    it("refuses the in-process fake, which boto3 cannot reach", async () => {
      await expect(runConformance({ target: { kind: "fake" }, clients: ["boto3"] })).rejects.toThrow(
        /boto3 reaches the fake only over HTTP/,
      );
    });
  },
);
