export { boto3Unavailable, createBoto3Client } from "./boto3-client.js";
export type {
  CaseContext,
  CaseResult,
  ConformanceCase,
} from "./case.js";
export {
  type CallOutcome,
  type ClientName,
  type ConformanceClient,
  createConformanceClient,
  type WireExchange,
} from "./clients.js";
export { type CaseDifference, diffReports } from "./diff.js";
export { recordSettings } from "./record.js";
export { summaryTable, toJson, toJUnit, toMarkdown } from "./reports.js";
export {
  allCases,
  type CaseReport,
  type CaseStatus,
  type ConformanceReport,
  type ProgressEvent,
  type RunOptions,
  runConformance,
} from "./runner.js";
export {
  openTarget,
  SEED_PRODUCTS,
  seededFake,
  TargetError,
  type TargetSession,
  type TargetSpec,
} from "./targets.js";
