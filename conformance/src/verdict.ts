import type { CaseContext, CaseResult, ConformanceCase } from "./case.js";
import type { ClientName } from "./clients/client-contract.js";

/** @public */
export type CaseStatus = CaseResult["status"];

/** One case over every client, with its verdict (`verdict.ts`). @public */
export interface CaseReport {
  id: string;
  title: string;
  /** The fake setting it observes, or true for an observation that is not a setting. */
  observes?: string | true;
  status: CaseStatus;
  /** Why it failed or was not checked, or what was observed. */
  message: string;
  /** An observing case whose clients saw different answers: the target varies, and nothing is recorded. */
  varies?: true;
  results: Partial<Record<ClientName, CaseResult>>;
}

/**
 * Where a case's verdict is decided. Each case's `run()` judges what one client saw (passed, failed, not checked,
 * observed); `runCase` makes a case that throws a failure of that client; `combine` makes one verdict of all
 * clients' results: any failure fails the case, and so do clients that disagree, unless the target varies on
 * purpose and every client observed something.
 */
export async function runCase(testCase: ConformanceCase, context: CaseContext): Promise<CaseResult> {
  try {
    return await testCase.run(context);
  } catch (error) {
    // A case that throws is a failure of the target or the suite, reported like any other, never a crash.
    return {
      status: "failed",
      expected: "the case to run",
      actual: `it threw: ${(error as Error)?.message ?? String(error)}`,
    };
  }
}

export function combine(
  testCase: ConformanceCase,
  results: Partial<Record<ClientName, CaseResult>>,
  targetVaries: boolean,
): CaseReport {
  const base = {
    id: testCase.id,
    title: testCase.title,
    ...(testCase.observes === undefined ? {} : { observes: testCase.observes }),
    results,
  };
  const entries = Object.entries(results) as Array<[ClientName, CaseResult]>;
  const failures = entries.filter(([, result]) => result.status === "failed");
  if (failures.length > 0) {
    return {
      ...base,
      status: "failed",
      message: failures
        .map(([client, result]) =>
          result.status === "failed" ? `${client}: expected ${result.expected}; got ${result.actual}` : "",
        )
        .join(" | "),
    };
  }
  const keys = new Set(entries.map(([, result]) => JSON.stringify(summaryOf(result))));
  if (
    keys.size > 1 &&
    targetVaries &&
    testCase.observes !== undefined &&
    entries.every(([, r]) => r.status === "observed")
  ) {
    // Each client saw an answer, not the same one: the target varies (the fake's vary mode does on purpose).
    return {
      ...base,
      status: "observed",
      message: `varies: ${entries.map(([client, result]) => `${client}: ${describe(result)}`).join(" | ")}`,
      varies: true,
    };
  }
  if (keys.size > 1) {
    return {
      ...base,
      status: "failed",
      message: `the clients disagree: ${entries.map(([client, result]) => `${client}: ${describe(result)}`).join(" | ")}`,
    };
  }
  const first = entries[0]?.[1];
  if (first === undefined) {
    return { ...base, status: "not-checked", message: "no client ran it" };
  }
  return { ...base, status: first.status, message: describe(first) };
}

function summaryOf(result: CaseResult): unknown {
  return result.status === "observed" ? [result.status, result.value] : [result.status];
}

function describe(result: CaseResult): string {
  switch (result.status) {
    case "passed":
      return result.detail ?? "passed";
    case "failed":
      return `expected ${result.expected}; got ${result.actual}`;
    case "not-checked":
      return result.reason;
    case "observed":
      return `${JSON.stringify(result.value)}: ${result.detail}`;
  }
}
