#!/usr/bin/env node
import { readFile, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { parseSettingsFile, SettingsError } from "@svccat/fake";
import { LIFECYCLE_LABELS } from "./cases/lifecycle-cases.js";
import type { ClientName } from "./clients/client-contract.js";
import { diffReports } from "./diff.js";
import { newRunPrefix } from "./lifecycle.js";
import { recordSettings } from "./record.js";
import { summaryTable, toJson, toJUnit, toMarkdown } from "./reports.js";
import { type ConformanceReport, runConformance } from "./runner.js";
import { type LifecycleTarget, seededFake, TargetError, type TargetSpec } from "./targets.js";

const USAGE = `Usage:
  svccat-conformance run --target fake|http|endpoint [options]
  svccat-conformance diff A.json B.json

run options:
  --target <t>        fake (in-process, default), http (the fake over HTTP with SigV4), endpoint (any URL, or live AWS)
  --endpoint <url>    with --target endpoint: the URL; leave out for live AWS
  --allow-live        required for live AWS: only Scan and Search are called, but they are called on your account
  --region <r>        with --target endpoint (else AWS_REGION)
  --profile <p>       with --target endpoint: a shared config profile for credentials
  --client <c>        svccat, aws-sdk, boto3, both (the two JavaScript clients, the default) or all;
                      boto3 needs python3 with boto3, and an HTTP target (--target http or endpoint)
  --cases <text>      only cases whose id contains <text>
  --report <file>     write a report: .json, .xml (JUnit) or .md
  --record <file>     write what observing cases saw, as a settings file svccat-fake loads
  --settings <file>   with --target fake or http: the fake the suite starts loads this settings file (a recording,
                      or {"settings": {"vary": "per-call"}} to run against the fake's vary mode)
  --varies            with --target endpoint: the endpoint varies its answers on purpose (svccat-fake in vary
                      mode); clients that observe different answers are reported as "varies", not as a failure
  --token-hold <s>    hold the page token the run reuses last at least this many seconds (default 5): a
                      longer hold tells more about how long tokens live
  --lifecycle <p>     with --target endpoint: PRODUCT_ID:ARTIFACT_ID[:UPDATE_ARTIFACT_ID] to run the lifecycle cases,
                      which provision, update and terminate real provisioned products named with the run's prefix
                      (printed first); everything they create is terminated, also when a case fails or the run is
                      stopped (Ctrl-C). Without it they are not checked. The fake targets run them always
  --failing-artifact <id>  with --lifecycle: an artifact of the product whose launch fails, to observe what a
                      failed launch leaves (a product in ERROR, or nothing)
  --dry-run           with --lifecycle: list what the run would create, and call nothing
  --poll <ms>         with --lifecycle: milliseconds between polls of a record (default 10000 live, 500 otherwise)
  --quiet             no per-case progress
`;

class UsageError extends Error {}

const CLIENT_CHOICES = new Map<string, ClientName[]>([
  ["svccat", ["svccat"]],
  ["aws-sdk", ["aws-sdk"]],
  ["boto3", ["boto3"]],
  ["both", ["svccat", "aws-sdk"]],
  ["all", ["svccat", "aws-sdk", "boto3"]],
]);

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      target: { type: "string", default: "fake" },
      endpoint: { type: "string" },
      "allow-live": { type: "boolean", default: false },
      region: { type: "string" },
      profile: { type: "string" },
      client: { type: "string", default: "both" },
      cases: { type: "string" },
      report: { type: "string", multiple: true },
      record: { type: "string" },
      settings: { type: "string" },
      varies: { type: "boolean", default: false },
      "token-hold": { type: "string" },
      lifecycle: { type: "string" },
      "dry-run": { type: "boolean", default: false },
      "failing-artifact": { type: "string" },
      poll: { type: "string" },
      quiet: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const command = positionals[0];
  if (values.help || command === undefined) {
    process.stdout.write(USAGE);
    return values.help ? 0 : 2;
  }
  if (command === "diff") {
    const [a, b] = positionals.slice(1);
    if (a === undefined || b === undefined) {
      throw new UsageError("diff needs two report files");
    }
    const differences = diffReports(await readReport(a), await readReport(b));
    if (differences.length === 0) {
      process.stdout.write(`${a} and ${b} agree on every case\n`);
      return 0;
    }
    for (const difference of differences) {
      process.stdout.write(`${difference.id}\n  ${a}: ${difference.a}\n  ${b}: ${difference.b}\n`);
    }
    process.stdout.write(`${differences.length} cases differ\n`);
    return 1;
  }
  if (command !== "run") {
    throw new UsageError(`unknown command ${command}; use run or diff`);
  }
  const target = targetOf(values);
  const prefix = newRunPrefix();
  if (values.lifecycle !== undefined || values.poll !== undefined || values["failing-artifact"] !== undefined) {
    if (target.kind !== "endpoint") {
      throw new UsageError(
        "--lifecycle, --poll and --failing-artifact are for endpoints; the fake targets offer their own catalog",
      );
    }
    if (values.lifecycle === undefined) {
      throw new UsageError("--poll and --failing-artifact need --lifecycle");
    }
    target.lifecycle = {
      ...lifecycleTargetOf(values.lifecycle),
      ...(values["failing-artifact"] === undefined ? {} : { failingArtifactId: values["failing-artifact"] }),
    };
    if (values.poll !== undefined) {
      target.pollMs = pollOf(values.poll);
    }
  }
  if (values.settings !== undefined) {
    if (target.kind === "endpoint") {
      throw new UsageError("--settings is for the fake the suite starts (--target fake or http), not an endpoint");
    }
    const settings = parseSettingsFile(await readFile(values.settings, "utf8"), values.settings);
    target.fake = seededFake(settings);
  }
  if (values.varies && target.kind !== "endpoint") {
    throw new UsageError("--varies is for endpoints; the suite reads the vary setting of a fake it starts");
  }
  const clients = CLIENT_CHOICES.get(values.client);
  if (clients === undefined) {
    throw new UsageError(`--client must be ${[...CLIENT_CHOICES.keys()].join(", ")}, not ${values.client}`);
  }
  if (values["dry-run"]) {
    if (target.kind !== "endpoint" || target.lifecycle === undefined) {
      throw new UsageError("--dry-run lists what --lifecycle would create against an endpoint");
    }
    process.stdout.write(dryRun(prefix, target.lifecycle, clients, values.cases));
    return 0;
  }
  // Where real products may be created the prefix is printed before anything is, quiet or not.
  if (target.kind === "endpoint" ? target.lifecycle !== undefined : !values.quiet) {
    process.stderr.write(`lifecycle prefix: ${prefix} (what the run creates is named ${prefix}-*, and terminated)\n`);
  }
  // Ctrl-C or a TERM stops the run between cases; the clean-up still runs. A second one exits at once.
  const stop = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (stop.signal.aborted) {
      process.exit(130);
    }
    process.stderr.write(`\n${signal}: stopping after this case, then terminating what the run created\n`);
    stop.abort();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  const mark = { passed: "✓", failed: "✗", "not-checked": "-", observed: "○" } as const;
  for (const file of values.report ?? []) {
    if (!/\.(json|xml|md)$/.test(file)) {
      throw new UsageError(`--report ${file}: the name must end in .json, .xml (JUnit) or .md`);
    }
  }
  const report = await runConformance({
    target,
    clients,
    ...(values.cases === undefined ? {} : { cases: values.cases }),
    ...(values.varies ? { targetVaries: true } : {}),
    ...(values["token-hold"] === undefined ? {} : { tokenHoldSeconds: holdSecondsOf(values["token-hold"]) }),
    lifecyclePrefix: prefix,
    signal: stop.signal,
    onProgress: ({ index, total, report: entry }) => {
      if (!values.quiet || entry.status === "failed") {
        const detail = entry.status === "passed" ? "" : `  ${entry.message}`;
        process.stderr.write(
          `[${String(index + 1).padStart(String(total).length)}/${total}] ${mark[entry.status]} ${entry.id}${detail}\n`,
        );
      }
    },
  });
  process.off("SIGINT", onSignal);
  process.off("SIGTERM", onSignal);
  if (report.lifecycle !== undefined) {
    const { prefix: made, created, notCleanedUp } = report.lifecycle;
    process.stdout.write(
      notCleanedUp.length === 0
        ? `lifecycle: ${created} provisioned products created as ${made}-*, all terminated\n`
        : `lifecycle: NOT CLEANED UP (terminate these by hand): ${notCleanedUp.join("; ")}\n`,
    );
  }
  if (report.interrupted === true) {
    process.stdout.write(`stopped after ${report.cases.length} cases\n`);
    return 130;
  }
  if (report.cases.length === 0) {
    throw new UsageError(
      `--cases ${values.cases}: no case id contains it (ids look like paging/search-sorted-traversal)`,
    );
  }
  process.stdout.write(
    `\nsvccat conformance against ${report.target}, clients ${clients.join(" and ")}\n\n${summaryTable(report)}\n`,
  );
  for (const file of values.report ?? []) {
    await writeFile(
      file,
      file.endsWith(".xml") ? toJUnit(report) : file.endsWith(".md") ? toMarkdown(report) : toJson(report),
    );
    process.stdout.write(`report: ${file}\n`);
  }
  if (values.record !== undefined) {
    await writeFile(values.record, `${JSON.stringify(recordSettings(report), null, 2)}\n`);
    process.stdout.write(`recorded settings: ${values.record}\n`);
  }
  return report.summary.failed > 0 || (report.lifecycle?.notCleanedUp.length ?? 0) > 0 ? 1 : 0;
}

/** `PRODUCT_ID:ARTIFACT_ID[:UPDATE_ARTIFACT_ID]`. */
function lifecycleTargetOf(text: string): LifecycleTarget {
  const [productId, artifactId, updateArtifactId, extra] = text.split(":");
  if (!productId || !artifactId || extra !== undefined || updateArtifactId === "") {
    throw new UsageError(`--lifecycle must be PRODUCT_ID:ARTIFACT_ID[:UPDATE_ARTIFACT_ID], not ${text}`);
  }
  return { productId, artifactId, ...(updateArtifactId === undefined ? {} : { updateArtifactId }) };
}

function pollOf(text: string): number {
  const ms = Number(text);
  if (!Number.isInteger(ms) || ms < 1 || ms > 600_000) {
    throw new UsageError(`--poll must be a whole number of milliseconds from 1 to 600000, not ${text}`);
  }
  return ms;
}

/** What a run with these options would create, one line a provisioned product, and nothing called. */
function dryRun(
  prefix: string,
  target: LifecycleTarget,
  clients: readonly ClientName[],
  cases: string | undefined,
): string {
  const lines = [
    `dry run: the lifecycle cases would provision from ${target.productId} (artifact ${target.artifactId}${target.updateArtifactId === undefined ? "" : `, updating to ${target.updateArtifactId}`}):`,
  ];
  for (const [id, labels] of Object.entries(LIFECYCLE_LABELS)) {
    if (cases !== undefined && !id.includes(cases)) {
      continue;
    }
    for (const label of labels) {
      for (const client of clients) {
        lines.push(`  ${id}: ${prefix}-${label}-${client}`);
      }
    }
  }
  lines.push("and terminate each of them before the run ends.");
  return `${lines.join("\n")}\n`;
}

function targetOf(values: {
  target?: string;
  endpoint?: string;
  region?: string;
  profile?: string;
  "allow-live"?: boolean;
}): TargetSpec {
  switch (values.target) {
    case "fake":
    case "http":
      return { kind: values.target };
    case "endpoint":
      return {
        kind: "endpoint",
        ...(values.endpoint === undefined ? {} : { endpoint: values.endpoint }),
        ...(values.region === undefined ? {} : { region: values.region }),
        ...(values.profile === undefined ? {} : { profile: values.profile }),
        allowLive: values["allow-live"] === true,
      };
    default:
      throw new UsageError(`--target must be fake, http or endpoint, not ${values.target}`);
  }
}

/** At least 2: the lifetime recorded from a refusal is at most one second under the hold, and at least 1. */
function holdSecondsOf(text: string): number {
  const seconds = Number(text);
  if (!Number.isInteger(seconds) || seconds < 2) {
    throw new UsageError(`--token-hold must be a whole number of seconds, at least 2, not ${text}`);
  }
  return seconds;
}

async function readReport(file: string): Promise<ConformanceReport> {
  const report = JSON.parse(await readFile(file, "utf8")) as ConformanceReport;
  if (report.format !== "svccat-conformance-report/1") {
    throw new UsageError(`${file} is not a svccat-conformance JSON report`);
  }
  return report;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`svccat-conformance: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode =
      error instanceof UsageError ||
      error instanceof TargetError ||
      error instanceof SettingsError ||
      error instanceof SyntaxError
        ? 2
        : 1;
  },
);
