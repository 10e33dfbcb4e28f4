import type { ConformanceReport } from "./runner.js";
import type { CaseReport } from "./verdict.js";

/** The report as JSON: what `--report x.json` writes and `diff` reads. @public */
export function toJson(report: ConformanceReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/**
 * JUnit XML for CI systems: one test case per case; failures as `<failure>`, not-checked cases as `<skipped>`
 * with the reason, observations as passed with what was seen in `<system-out>`.
 * @public
 */
export function toJUnit(report: ConformanceReport): string {
  const xml = (text: string) =>
    Array.from(text, (c) => {
      const code = c.charCodeAt(0);
      // XML 1.0 cannot carry most control characters, which bad-input cases put in their messages.
      if (code < 0x20 && c !== "\t" && c !== "\n" && c !== "\r") {
        return `\\u${code.toString(16).padStart(4, "0")}`;
      }
      return (
        ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" } as Record<string, string>)[c] ?? c
      );
    }).join("");
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="svccat-conformance" tests="${report.cases.length}" failures="${report.summary.failed}" skipped="${report.summary["not-checked"]}" time="${(report.durationMs / 1000).toFixed(3)}">`,
    `  <testsuite name="${xml(report.target)}" tests="${report.cases.length}" failures="${report.summary.failed}" skipped="${report.summary["not-checked"]}" timestamp="${report.startedAt}">`,
  ];
  for (const entry of report.cases) {
    const classname = xml(entry.id.split("/")[0] ?? "case");
    lines.push(`    <testcase classname="${classname}" name="${xml(entry.id)}">`);
    if (entry.status === "failed") {
      lines.push(`      <failure message="${xml(entry.message)}">${xml(entry.title)}</failure>`);
    } else if (entry.status === "not-checked") {
      lines.push(`      <skipped message="${xml(entry.message)}"/>`);
    } else if (entry.status === "observed") {
      lines.push(`      <system-out>${xml(`observed ${entry.message}`)}</system-out>`);
    }
    lines.push("    </testcase>");
  }
  lines.push("  </testsuite>", "</testsuites>", "");
  return lines.join("\n");
}

/** A Markdown report: the summary, then every case that did not simply pass. @public */
export function toMarkdown(report: ConformanceReport): string {
  const row = (entry: CaseReport) =>
    `| ${entry.status} | \`${entry.id}\` | ${entry.message.replace(/\|/g, "\\|").replace(/\n/g, " ")} |`;
  return [
    `# svccat conformance: ${report.target}`,
    "",
    `Clients: ${report.clients.join(", ")}. Started ${report.startedAt}, took ${(report.durationMs / 1000).toFixed(1)} s.`,
    "",
    "| passed | failed | not checked | observed |",
    "| --- | --- | --- | --- |",
    `| ${report.summary.passed} | ${report.summary.failed} | ${report.summary["not-checked"]} | ${report.summary.observed} |`,
    "",
    "| status | case | detail |",
    "| --- | --- | --- |",
    ...report.cases.filter((entry) => entry.status !== "passed").map(row),
    "",
    "Observed cases record what the target does where AWS's behaviour is not documented; they do not pass or fail.",
    "",
  ].join("\n");
}

/** The summary table printed at the end of a run. @public */
export function summaryTable(report: ConformanceReport): string {
  const groups = new Map<string, Record<string, number>>();
  for (const entry of report.cases) {
    const group = entry.id.split("/")[0] ?? "";
    const counts = groups.get(group) ?? { passed: 0, failed: 0, "not-checked": 0, observed: 0 };
    counts[entry.status] = (counts[entry.status] ?? 0) + 1;
    groups.set(group, counts);
  }
  const header = ["group", "passed", "failed", "not checked", "observed"];
  const rows = [...groups.entries()].map(([group, c]) =>
    [group, c.passed, c.failed, c["not-checked"], c.observed].map(String),
  );
  rows.push(
    ["total", report.summary.passed, report.summary.failed, report.summary["not-checked"], report.summary.observed].map(
      String,
    ),
  );
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join("  ");
  return [line(header), ...rows.map(line)].join("\n");
}
