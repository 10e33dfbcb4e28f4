import type { BundleSize } from "./bundle-size.js";
import type { CallerName, ClientRound, Operation } from "./client-bench.js";
import type { ColdStart } from "./cold-start.js";
import type { FakeFigures } from "./fake-bench.js";
import type { FakeServeFigures } from "./fake-serve.js";
import type { ColdListing, EarlyAndSteady } from "./process-bench.js";
import { medianRatio } from "./stats.js";

export interface Target {
  name: string;
  /** The measured ratio. */
  value: number;
  /** The bound it must meet, and on which side. */
  bound: number;
  atLeast: boolean;
  met: boolean;
}

export interface BenchResult {
  date: string;
  machine: { cpu: string; memoryGiB: number; os: string; node: string };
  rounds: number;
  clients: Array<Omit<ClientRound, never>>;
  clientRounds: ClientRound[];
  coldStarts: ColdStart[];
  bundles: BundleSize[];
  fake: FakeFigures[];
  coldListings: ColdListing[];
  earlyAndSteady: EarlyAndSteady[];
  fakeServe: FakeServeFigures[];
  /** Create a fake with 250 products, start msw, ten Search calls through @svccat/client, stop msw. */
  testFileMs: number;
  targets: Target[];
}

function ratio(result: BenchResult, a: CallerName, b: CallerName, operation: Operation, concurrency: number): number {
  const pick = (caller: CallerName) =>
    result.clientRounds
      .filter((r) => r.caller === caller && r.operation === operation && r.concurrency === concurrency)
      .map((r) => r.callsPerSecond);
  return medianRatio(pick(a), pick(b));
}

const target = (name: string, value: number, bound: number, atLeast: boolean): Target => ({
  name,
  value,
  bound,
  atLeast,
  met: atLeast ? value >= bound : value <= bound,
});

/** The targets, each as a ratio from this run. */
export function targetsOf(result: BenchResult): Target[] {
  const targets: Target[] = [];
  for (const concurrency of [1, 16]) {
    targets.push(
      target(
        `Search throughput, svccat ÷ aws-sdk (${concurrency} in flight)`,
        ratio(result, "svccat", "aws-sdk", "Search", concurrency),
        2,
        true,
      ),
      target(
        `Scan throughput, svccat ÷ aws-sdk (${concurrency} in flight)`,
        ratio(result, "svccat", "aws-sdk", "Scan", concurrency),
        1.3,
        true,
      ),
      target(
        `Search throughput, signed request ÷ svccat (${concurrency} in flight)`,
        ratio(result, "signed-request", "svccat", "Search", concurrency),
        1.25,
        false,
      ),
    );
  }
  for (const operation of ["Search", "Scan"] as const) {
    const listing = (client: string) =>
      result.coldListings.find((l) => l.client === client && l.operation === operation)?.wallMs ?? Number.NaN;
    const what = operation === "Search" ? "10,000 products, Search pages of 100" : "3,000 products, Scan pages of 20";
    targets.push(
      target(`Cold listing (${what}), svccat ÷ node:http floor`, listing("svccat") / listing("node-http"), 1.3, false),
      target(`Cold listing (${what}), svccat ÷ aws-sdk`, listing("svccat") / listing("aws-sdk"), 0.6, false),
    );
  }
  for (const operation of ["Search", "Scan"] as const) {
    const mine = result.earlyAndSteady.filter((e) => e.operation === operation);
    if (mine.length === 0) {
      continue;
    }
    const worst = (pick: (e: EarlyAndSteady) => number) => mine.reduce((a, b) => (pick(b) < pick(a) ? b : a));
    const early = worst((e) => e.earlyRatio);
    const steady = worst((e) => e.steadyRatio);
    targets.push(
      target(`${operation}: calls 1–100, svccat ÷ aws-sdk, worst shape (${early.shape})`, early.earlyRatio, 1.5, true),
      target(
        `${operation}: calls after 1,100, svccat ÷ aws-sdk, worst shape (${steady.shape})`,
        steady.steadyRatio,
        operation === "Search" ? 2 : 1.5,
        true,
      ),
    );
  }
  const cold = (client: string) => result.coldStarts.find((c) => c.client === client)?.medianMs ?? Number.NaN;
  targets.push(target("Cold start, svccat ÷ aws-sdk", cold("svccat") / cold("aws-sdk"), 0.5, false));
  const bundle = (client: string) =>
    result.bundles.find((b) => b.client === client && b.platform === "browser")?.minified ?? Number.NaN;
  targets.push(
    target(
      "Browser bundle: KB svccat adds over the smithy pieces",
      (bundle("svccat") - bundle("smithy-runtime")) / 1024,
      15,
      false,
    ),
  );
  for (const serve of result.fakeServe) {
    targets.push(
      target(
        `Fake: svccat-fake serve ÷ canned node:http floor, req/s (${serve.concurrency} in flight)`,
        serve.ratio,
        0.5,
        true,
      ),
    );
  }
  const small = result.fake.find((f) => f.products === 1_000);
  const large = result.fake.find((f) => f.products === 100_000);
  if (small !== undefined) {
    targets.push(target("Fake: ms msw adds to a Search page over dispatch", small.mswOverheadMs, 0.5, false));
  }
  if (small !== undefined && large !== undefined) {
    targets.push(
      target("Fake: sorted, filtered Search page at 100,000 ÷ at 1,000", large.pageMs / small.pageMs, 2, false),
    );
    targets.push(
      target(
        "Fake: traversal of 100,000 ÷ one JSON.stringify of them",
        large.traversalMs / large.stringifyMs,
        2,
        false,
      ),
    );
  }
  return targets;
}

const n = (value: number, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : "–");
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function toMarkdown(result: BenchResult): string {
  const sdkColdStart = result.coldStarts.find((c) => c.client === "aws-sdk")?.medianMs ?? Number.NaN;
  const sdkBundle = (platform: string) =>
    result.bundles.find((b) => b.client === "aws-sdk" && b.platform === platform)?.minified ?? Number.NaN;
  const lines = [
    `# svccat bench, ${result.date.slice(0, 10)}`,
    "",
    `Machine: ${result.machine.cpu}, ${result.machine.memoryGiB} GiB, ${result.machine.os}, Node ${result.machine.node}. ${result.rounds} rounds; ratios are medians of per-round ratios.`,
    "",
    "## Targets",
    "",
    "| target | measured | bound | met |",
    "| --- | --- | --- | --- |",
    ...result.targets.map(
      (t) => `| ${t.name} | ${n(t.value)} | ${t.atLeast ? "≥" : "≤"} ${n(t.bound)} | ${t.met ? "yes" : "**no**"} |`,
    ),
    "",
    "## Clients against a canned loopback server (separate process)",
    "",
    "| operation | in flight | caller | calls/s | median ms | p90 ms |",
    "| --- | --- | --- | --- | --- | --- |",
    ...result.clients.map(
      (c) =>
        `| ${c.operation} | ${c.concurrency} | ${c.caller} | ${n(c.callsPerSecond, 0)} | ${n(c.medianMs)} | ${n(c.p90Ms)} |`,
    ),
    "",
    "## Cold listing (a new process: start, import, credentials, every page)",
    "",
    "From the canned server in another process. signed-request signs with SignatureV4 and sends with NodeHttpHandler",
    "by hand; node-http is node:http with a keep-alive agent, unsigned, JSON.parse of each page (the floor).",
    "",
    "| listing | client | wall ms | CPU ms | ÷ node-http | ÷ aws-sdk |",
    "| --- | --- | --- | --- | --- | --- |",
    ...result.coldListings.map((l) => {
      const of = (client: string) =>
        result.coldListings.find((x) => x.client === client && x.operation === l.operation)?.wallMs ?? Number.NaN;
      return `| ${l.items.toLocaleString("en")} via ${l.operation} | ${l.client} | ${n(l.wallMs, 0)} | ${n(l.cpuMs, 0)} | ${n(l.wallMs / of("node-http"))} | ${n(l.wallMs / of("aws-sdk"))} |`;
    }),
    "",
    "## Early and steady calls, per payload shape (a fresh process per client)",
    "",
    "Calls 1–100 of a fresh client, then 300 calls after 1,000 more, one at a time; calls/s, medians of runs, and the",
    "medians of ratios of runs taken side by side; node-http is the floor (node:http, unsigned, JSON.parse). Shapes (bench/src/payload-shapes.mjs): typical generated products;",
    "no tags; ten tags; long non-ASCII names; empty strings; most members absent; every member with fractional",
    "times; whole-second times. Scan items have no tags, so the tag shapes are Search only.",
    "",
    "| operation | shape | early: svccat | aws-sdk | node-http | svccat ÷ aws-sdk | svccat ÷ node-http | steady: svccat | aws-sdk | node-http | svccat ÷ aws-sdk | svccat ÷ node-http |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...result.earlyAndSteady.map(
      (e) =>
        `| ${e.operation} | ${e.shape} | ${n(e.svccat.early, 0)} | ${n(e.sdk.early, 0)} | ${n(e.floor.early, 0)} | ${n(e.earlyRatio)} | ${n(e.earlyOfFloor)} | ${n(e.svccat.steady, 0)} | ${n(e.sdk.steady, 0)} | ${n(e.floor.steady, 0)} | ${n(e.steadyRatio)} | ${n(e.steadyOfFloor)} |`,
    ),
    "",
    "## Cold start (new process: import, first Search call)",
    "",
    "smithy-runtime is the floor of a client on the smithy runtime (the pieces svccat loads, one request signed with",
    "SignatureV4 and sent with NodeHttpHandler); node-http is the floor of any client (node:http alone, unsigned).",
    "",
    "| client | median ms | ÷ aws-sdk |",
    "| --- | --- | --- |",
    ...result.coldStarts.map((c) => `| ${c.client} | ${n(c.medianMs, 0)} | ${n(c.medianMs / sdkColdStart)} |`),
    "",
    "## Bundle of a script sending both commands (esbuild, minified, code splitting)",
    "",
    "smithy-runtime is the bundle of the smithy pieces svccat builds on, with nothing of svccat's own. Loaded first:",
    "the entry and the chunks it imports statically; on demand: chunks behind dynamic imports (svccat's input",
    "validation, loaded when `validateInput` is on).",
    "",
    "| platform | client | loaded first, minified | gzip | on demand, minified | minified ÷ aws-sdk | over smithy-runtime |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...result.bundles.map((b) => {
      const floor =
        result.bundles.find((x) => x.client === "smithy-runtime" && x.platform === b.platform)?.minified ?? Number.NaN;
      return `| ${b.platform} | ${b.client} | ${kb(b.minified)} | ${kb(b.gzip)} | ${kb(b.onDemandMinified ?? 0)} | ${n(b.minified / sdkBundle(b.platform))} | ${kb(b.minified - floor)} |`;
    }),
    "",
    "## The fake",
    "",
    "| products | page ms | first page after a write ms | page via msw ms | msw adds, paired ms | traversal ms | traversal via msw ms | JSON.stringify ms | bytes/product |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...result.fake.map(
      (f) =>
        `| ${f.products.toLocaleString("en")} | ${n(f.pageMs)} | ${n(f.firstPageAfterWriteMs)} | ${n(f.pageMswMs)} | ${n(f.mswOverheadMs)} | ${n(f.traversalMs, 0)} | ${n(f.traversalMswMs, 0)} | ${n(f.stringifyMs, 0)} | ${n(f.bytesPerProduct, 0)} |`,
    ),
    "",
    "`svccat-fake serve` (compiled, 250 products, SigV4 verified) for a sorted 100-item Search page, beside a",
    "node:http server in another process sending the same bytes; the same signed request each time.",
    "",
    "| in flight | fake req/s | floor req/s | fake ÷ floor |",
    "| --- | --- | --- | --- |",
    ...result.fakeServe.map((f) => `| ${f.concurrency} | ${n(f.fakeRps, 0)} | ${n(f.floorRps, 0)} | ${n(f.ratio)} |`),
    "",
    `A test file's cost (create a fake with 250 products, start msw, ten Search calls through @svccat/client, stop msw): ${n(result.testFileMs, 1)} ms.`,
    "",
  ];
  return lines.join("\n");
}
