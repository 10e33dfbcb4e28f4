export type {
  CaseContext,
  CaseResult,
  ConformanceCase,
} from "./case.js";
export { boto3Unavailable, createBoto3Client } from "./clients/boto3-driver.js";
export type { CallOutcome, ClientName, ConformanceClient, WireExchange } from "./clients/client-contract.js";
export { createConformanceClient } from "./clients/create-client.js";
export { type CaseDifference, diffReports } from "./diff.js";
export { recordSettings } from "./record.js";
export { summaryTable, toJson, toJUnit, toMarkdown } from "./reports.js";
export {
  allCases,
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
export type { CaseReport, CaseStatus } from "./verdict.js";
