import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateProvisionedProducts, parseSettingsFile, resolveSettings } from "@svccat/fake";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ConformanceReport, runConformance, SEED_PRODUCTS, seededFake } from "../src/index.js";
import {
  CONTRARIAN_ANSWERS,
  CONTRARIAN_FAILING_ARTIFACT,
  type ContrarianTarget,
  startContrarianTarget,
} from "./support/contrarian-target.js";
import { runCli } from "./support/run-cli.js";

const ACCOUNT = "123456789012";
const CALLER = `arn:aws:sts::${ACCOUNT}:assumed-role/Deployer/bob`;

let dir: string;
let target: ContrarianTarget;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "svccat-round-trip-"));
  // The same products the suite seeds its own fake with, served by code written apart from the fake.
  target = await startContrarianTarget(
    generateProvisionedProducts(SEED_PRODUCTS, { seed: 42, accountId: ACCOUNT }),
    CALLER,
  );
});
afterAll(async () => {
  await target.close();
  await rm(dir, { recursive: true, force: true });
});

/** What each observing case that decides a setting saw, by case id. */
function observations(report: ConformanceReport): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const entry of report.cases) {
    const result = Object.values(entry.results)[0];
    if (typeof entry.observes === "string" && result?.status === "observed") {
      out[entry.id] = result.value;
    }
  }
  return out;
}

describe("the --record round trip through a target that answers every open question differently", () => {
  it("records every answer, and the fake loading the recording answers the observing cases the same", async () => {
    const record = join(dir, "recorded.json");
    const report = join(dir, "contrarian.json");
    const result = await runCli(
      [
        "run",
        "--target",
        "endpoint",
        "--endpoint",
        target.url,
        "--region",
        "us-east-1",
        "--cases",
        "observe/",
        "--record",
        record,
        // Held past the target's token lifetime (8 s), so that the lifetime is observed as a refusal.
        "--token-hold",
        "10",
        // The lifecycle's observing cases provision on the target; its records move a step a poll.
        "--lifecycle",
        "prod-contrarian:pa-contrarian1",
        "--failing-artifact",
        CONTRARIAN_FAILING_ARTIFACT,
        "--poll",
        "20",
        "--report",
        report,
        "--quiet",
      ],
      { AWS_ACCESS_KEY_ID: "test", AWS_SECRET_ACCESS_KEY: "test", AWS_SESSION_TOKEN: "" },
    );
    expect(result.stderr).not.toMatch(/preflight/);
    const contrarian = JSON.parse(await readFile(report, "utf8")) as ConformanceReport;
    expect(contrarian.cases.filter((c) => c.status === "failed").map((c) => `${c.id}: ${c.message}`)).toEqual([]);

    // Every open question was answered, each with the contrarian's answer.
    const loaded = parseSettingsFile(await readFile(record, "utf8"), record);
    // Refused after 10 s or more: recorded as 9 s, under the hold (decisions/0011).
    expect(loaded).toEqual(resolveSettings({ ...CONTRARIAN_ANSWERS, tokenTtlSeconds: 9 }));
    for (const [setting, value] of Object.entries(CONTRARIAN_ANSWERS)) {
      expect(loaded[setting as keyof typeof loaded], setting).not.toEqual(
        resolveSettings({})[setting as keyof typeof loaded],
      );
      expect(value).toBeDefined();
    }

    // The fake that loads the recording answers every observing case as the contrarian target did.
    const replay = await runConformance({
      target: { kind: "http", fake: seededFake(loaded) },
      cases: "observe/",
      tokenHoldSeconds: 10,
    });
    expect(observations(replay)).toEqual(observations(contrarian));
    expect(Object.keys(observations(contrarian)).length).toBeGreaterThanOrEqual(30);
  });
});
