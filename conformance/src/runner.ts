import {
  type CaseContext,
  type CaseResult,
  type ConformanceCase,
  FIRST_BY_NAME,
  type HeldToken,
  SEARCH,
} from "./case.js";
import { derivedCases } from "./cases/derived-cases.js";
import { errorCases } from "./cases/error-cases.js";
import { lifecycleCases } from "./cases/lifecycle-cases.js";
import { DEFAULT_TOKEN_HOLD_SECONDS, lastCases, pagingCases } from "./cases/paging-cases.js";
import { queryCases } from "./cases/query-cases.js";
import type { ClientName, ConformanceClient } from "./clients/client-contract.js";
import { createConformanceClient } from "./clients/create-client.js";
import { type Caller, LifecycleRun, newRunPrefix } from "./lifecycle.js";
import { preflight } from "./preflight.js";
import { openTarget, TargetError, type TargetSession, type TargetSpec } from "./targets.js";
import { type CaseReport, type CaseStatus, combine, runCase } from "./verdict.js";

/**
 * Every case of the suite: derived from the tables, then written by hand; the lifecycle cases, which change the
 * account (and clean up after themselves), after every case that reads it; last the one that reuses a held token.
 * @public
 */
export function allCases(): ConformanceCase[] {
  return [...derivedCases(), ...pagingCases(), ...queryCases(), ...errorCases(), ...lifecycleCases(), ...lastCases()];
}

/** @public */
export interface ConformanceReport {
  format: "svccat-conformance-report/1";
  target: string;
  targetKind: TargetSpec["kind"];
  clients: ClientName[];
  startedAt: string;
  durationMs: number;
  summary: Record<CaseStatus, number>;
  cases: CaseReport[];
  /** The run was stopped (a signal) before every case ran; what ran is reported, and clean-up still ran. */
  interrupted?: true;
  /** What the lifecycle cases created: the prefix of every name, and what could not be cleaned up. */
  lifecycle?: { prefix: string; created: number; notCleanedUp: string[] };
}

/** @public */
export interface ProgressEvent {
  index: number;
  total: number;
  report: CaseReport;
}

/** @public */
export interface RunOptions {
  target: TargetSpec;
  /** Default both. */
  clients?: ClientName[];
  /** Only cases whose id contains this text, or matches this expression. */
  cases?: string | RegExp;
  onProgress?: (event: ProgressEvent) => void;
  /** Milliseconds between calls; default 200 for live AWS, 0 otherwise. */
  paceMs?: number;
  /**
   * The target varies its answers on purpose (the fake's `vary` mode): clients that observe different answers
   * are reported as "varies", not as a disagreement. Default: the fake's own setting when the suite starts it,
   * otherwise false.
   */
  targetVaries?: boolean;
  /** How long, at least, the token-lifetime case holds its page token before reusing it. Default 5 seconds. */
  tokenHoldSeconds?: number;
  /** The prefix of everything the lifecycle cases create. Default `svccat-conf-` and six random characters. */
  lifecyclePrefix?: string;
  /** Stops the run between cases (and ends waits early); what the run created is still terminated. */
  signal?: AbortSignal;
}

/**
 * Runs the suite against a target through the chosen clients. A case fails when it fails through any client, and
 * also when the clients disagree: the same target must look the same through both.
 * @public
 */
export async function runConformance(options: RunOptions): Promise<ConformanceReport> {
  const clients = options.clients ?? ["svccat", "aws-sdk"];
  const filter = options.cases;
  const cases = allCases().filter((c) =>
    filter === undefined ? true : typeof filter === "string" ? c.id.includes(filter) : filter.test(c.id),
  );
  const started = Date.now();
  const session = await openTarget(options.target, options.signal);
  let drivers: ConformanceClient[];
  try {
    drivers = await openClients(session, clients);
  } catch (error) {
    await session.close();
    throw error;
  }
  const targetVaries = options.targetVaries ?? session.varies;
  const paceMs = options.paceMs ?? session.paceMs;
  const reports: CaseReport[] = [];
  const lifecycle =
    session.lifecycle === undefined
      ? undefined
      : new LifecycleRun({ ...session.lifecycle, prefix: options.lifecyclePrefix ?? newRunPrefix() });
  let notCleanedUp: string[] = [];
  try {
    // An endpoint may be anything: check it is Service Catalog before a case runs or anything is recorded.
    if (session.kind === "endpoint") {
      const refusal = await preflight(drivers[0] as ConformanceClient);
      if (refusal !== undefined) {
        throw new TargetError(`preflight against ${session.description}: ${refusal}`);
      }
    }
    // The token-lifetime case reuses, at the end, a token taken before the first case.
    const heldToken = cases.some((c) => c.observes === "tokenTtlSeconds")
      ? await holdToken(drivers[0] as ConformanceClient, options.tokenHoldSeconds ?? DEFAULT_TOKEN_HOLD_SECONDS)
      : undefined;
    for (const [index, testCase] of cases.entries()) {
      if (options.signal?.aborted) {
        break;
      }
      const results: Partial<Record<ClientName, CaseResult>> = {};
      for (const client of drivers) {
        const paced: CaseContext["callUnchecked"] = async (operation, input, callOptions) => {
          if (paceMs > 0) {
            await new Promise((resolve) => setTimeout(resolve, paceMs));
          }
          return client.call(operation, input, callOptions);
        };
        const context: CaseContext = {
          client,
          knownProducts: session.knownProducts,
          callerArn: session.callerArn,
          live: session.live,
          heldToken,
          lifecycle,
          call: paced,
          callUnchecked: paced,
        };
        results[client.name] = await runCase(testCase, context);
      }
      const report = combine(testCase, results, targetVaries);
      reports.push(report);
      options.onProgress?.({ index, total: cases.length, report });
    }
  } finally {
    if (lifecycle !== undefined && drivers[0] !== undefined) {
      // After a failure or a stop too: nothing the run created is left behind.
      const first = drivers[0];
      const call: Caller = (operation, input) => first.call(operation, input);
      notCleanedUp = await lifecycle.cleanUp(call).catch((error: unknown) => [String(error)]);
    }
    for (const client of drivers) {
      client.destroy();
    }
    await session.close();
  }
  const summary: Record<CaseStatus, number> = { passed: 0, failed: 0, "not-checked": 0, observed: 0 };
  for (const report of reports) {
    summary[report.status]++;
  }
  return {
    format: "svccat-conformance-report/1",
    target: session.description,
    targetKind: session.kind,
    clients,
    startedAt: new Date(started).toISOString(),
    durationMs: Date.now() - started,
    summary,
    cases: reports,
    ...(options.signal?.aborted ? { interrupted: true as const } : {}),
    ...(lifecycle === undefined
      ? {}
      : { lifecycle: { prefix: lifecycle.plan.prefix, created: lifecycle.everCreated.size, notCleanedUp } }),
  };
}

async function holdToken(client: ConformanceClient, holdSeconds: number): Promise<HeldToken | undefined> {
  const input = FIRST_BY_NAME;
  const outcome = await client.call(SEARCH, input);
  // Counted from the answer, not the request: the target issued the token somewhere in between, so its age at
  // the target is never shorter than the hold (a slow request must not let it reuse the token early).
  const issuedAt = Date.now();
  const token = outcome.ok ? outcome.output.NextPageToken : undefined;
  return typeof token === "string" && token !== "" ? { input, token, issuedAt, holdSeconds } : undefined;
}

/** The clients asked for, each as the session says it reaches the target; refused when one cannot. */
async function openClients(session: TargetSession, names: readonly ClientName[]): Promise<ConformanceClient[]> {
  for (const name of names) {
    const reason = await session.unsupported(name);
    if (reason !== undefined) {
      throw new TargetError(`--client ${name}: ${reason}`);
    }
  }
  return names.map((name) => createConformanceClient(name, session.clientSettings));
}
