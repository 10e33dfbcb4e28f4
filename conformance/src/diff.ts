import type { ConformanceReport } from "./runner.js";

/** One case that differs between two runs. @public */
export interface CaseDifference {
  id: string;
  a: string;
  b: string;
}

/**
 * Where two runs differ, case by case: a status that changed, an observation with another value, a case only one
 * run has. The usual pair is the fake and live AWS.
 * @public
 */
export function diffReports(a: ConformanceReport, b: ConformanceReport): CaseDifference[] {
  const byId = (report: ConformanceReport) => new Map(report.cases.map((entry) => [entry.id, entry]));
  const left = byId(a);
  const right = byId(b);
  const ids = [...new Set([...left.keys(), ...right.keys()])].sort();
  const differences: CaseDifference[] = [];
  for (const id of ids) {
    const x = left.get(id);
    const y = right.get(id);
    const show = (entry: typeof x) =>
      entry === undefined ? "(not run)" : entry.status === "passed" ? "passed" : `${entry.status}: ${entry.message}`;
    const key = (entry: typeof x) =>
      entry === undefined
        ? "absent"
        : entry.status === "observed"
          ? `observed ${JSON.stringify(Object.values(entry.results).map((r) => (r?.status === "observed" ? r.value : null)))}`
          : entry.status;
    if (key(x) !== key(y)) {
      differences.push({ id, a: show(x), b: show(y) });
    }
  }
  return differences;
}
