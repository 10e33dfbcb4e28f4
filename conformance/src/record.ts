import { type FakeSettingsInput, SETTINGS_FORMAT, type SettingsFile } from "@svccat/fake";
import type { ConformanceReport } from "./runner.js";

/**
 * What a run observed, as a settings file the fake loads (`svccat-fake serve --settings`): one value per setting
 * the observing cases decided, with the evidence. Settings nobody could observe are left out, so the fake keeps
 * its defaults for them.
 * @public
 */
export function recordSettings(report: ConformanceReport): SettingsFile {
  const settings: Record<string, unknown> = {};
  const evidence: Record<string, string> = {};
  for (const entry of report.cases) {
    if (entry.status !== "observed" || typeof entry.observes !== "string" || entry.varies === true) {
      continue;
    }
    const result = Object.values(entry.results)[0];
    if (result?.status !== "observed" || result.setting === undefined) {
      continue;
    }
    const previous = settings[result.setting];
    const value = result.value;
    // Per-operation settings arrive one operation at a time; merge them.
    settings[result.setting] =
      typeof value === "object" && value !== null && typeof previous === "object" && previous !== null
        ? { ...previous, ...value }
        : value;
    evidence[`${result.setting} (${entry.id})`] = result.detail;
  }
  return {
    format: SETTINGS_FORMAT,
    recordedFrom: report.target,
    recordedAt: report.startedAt,
    settings: settings as FakeSettingsInput,
    evidence,
  };
}
