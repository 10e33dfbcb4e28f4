import type { FakeSettings, ProvisionedProduct } from "@svccat/fake";
import type { OperationName } from "@svccat/model";
import type { CallOutcome, ConformanceClient } from "./clients.js";

/** How one case went through one client. @public */
export type CaseResult =
  | { status: "passed"; detail?: string }
  | { status: "failed"; expected: string; actual: string }
  | { status: "not-checked"; reason: string }
  | {
      status: "observed";
      /** The fake setting this observation decides, if any. */
      setting?: keyof FakeSettings;
      value: unknown;
      detail: string;
    };

/** What a case is given. @public */
export interface CaseContext {
  readonly client: ConformanceClient;
  /** Calls through the client, paced for live targets. */
  call(operation: OperationName, input: Record<string, unknown>, options?: { rawBody?: string }): Promise<CallOutcome>;
  /** The products visible at Account level, when the target is a fake the suite seeded. */
  readonly knownProducts: readonly ProvisionedProduct[] | undefined;
  readonly callerArn: string | undefined;
  readonly live: boolean;
}

/** One check. @public */
export interface ConformanceCase {
  /** Stable and unique, e.g. `paging/search-sorted-traversal`; `--cases` matches against it. */
  readonly id: string;
  readonly title: string;
  /** Cases that observe instead of asserting, where AWS's behaviour is not known. */
  readonly observes?: keyof FakeSettings | true;
  run(context: CaseContext): Promise<CaseResult>;
}

export const passed = (detail?: string): CaseResult =>
  detail === undefined ? { status: "passed" } : { status: "passed", detail };
export const failed = (expected: string, actual: string): CaseResult => ({ status: "failed", expected, actual });
export const notChecked = (reason: string): CaseResult => ({ status: "not-checked", reason });
export const observed = (setting: keyof FakeSettings | undefined, value: unknown, detail: string): CaseResult =>
  setting === undefined ? { status: "observed", value, detail } : { status: "observed", setting, value, detail };

/** An outcome in a few words, for "actual" in a failure. */
export function describeOutcome(outcome: CallOutcome): string {
  if (outcome.ok) {
    const items = outcome.output.ProvisionedProducts;
    return `success (HTTP ${outcome.wire?.status ?? 200}${Array.isArray(items) ? `, ${items.length} items` : ""})`;
  }
  const where = outcome.status === undefined ? "no HTTP answer" : `HTTP ${outcome.status}`;
  return `${outcome.name} (${where}): ${JSON.stringify(outcome.message.slice(0, 300))}`;
}

/** Expects a service error with this code and, when given, this exact message. */
export function expectError(outcome: CallOutcome, code: string, message?: string): CaseResult {
  const expected = `${code} (HTTP 400)${message === undefined ? "" : `: ${JSON.stringify(message)}`}`;
  if (outcome.ok || outcome.name !== code || outcome.status !== 400) {
    return failed(expected, describeOutcome(outcome));
  }
  if (message !== undefined && outcome.message !== message) {
    return failed(expected, describeOutcome(outcome));
  }
  return passed();
}

/** Expects success, or at least no complaint about the input's shape (the value may mean nothing to the service). */
export function expectNoViolation(outcome: CallOutcome): CaseResult {
  if (outcome.ok) {
    return passed();
  }
  if (
    outcome.fromService &&
    outcome.status === 400 &&
    !/^(ValidationException|SerializationException)$/.test(outcome.name)
  ) {
    return passed(`answered ${outcome.name}, which is not a constraint violation`);
  }
  return failed(
    "no ValidationException or SerializationException (the value is within the spec's constraints)",
    describeOutcome(outcome),
  );
}

export interface Traversal {
  ids: string[];
  pages: number;
  pageSizes: number[];
  totals: unknown[];
  /** The wire form of the last page's token member: absent, null, "" or a string. */
  lastToken: "absent" | "null" | "empty" | "string";
  error?: CallOutcome;
}

/** Follows NextPageToken through a listing, up to `maxPages`. */
export async function traverse(
  context: CaseContext,
  operation: OperationName,
  input: Record<string, unknown>,
  maxPages = 200,
): Promise<Traversal> {
  const result: Traversal = { ids: [], pages: 0, pageSizes: [], totals: [], lastToken: "absent" };
  let token: string | undefined;
  while (result.pages < maxPages) {
    const outcome = await context.call(operation, token === undefined ? input : { ...input, PageToken: token });
    if (!outcome.ok) {
      result.error = outcome;
      return result;
    }
    result.pages++;
    const items = (outcome.output.ProvisionedProducts as Array<{ Id?: string }> | undefined) ?? [];
    result.pageSizes.push(items.length);
    result.totals.push(outcome.output.TotalResultsCount);
    for (const item of items) {
      result.ids.push(item.Id ?? "?");
    }
    const next = outcome.output.NextPageToken;
    if (typeof next !== "string" || next === "") {
      result.lastToken = wireTokenForm(outcome.wire?.body);
      return result;
    }
    token = next;
  }
  return result;
}

function wireTokenForm(body: string | undefined): Traversal["lastToken"] {
  if (body === undefined) {
    return "absent";
  }
  try {
    const parsed = JSON.parse(body) as Record<string, unknown>;
    if (!("NextPageToken" in parsed)) {
      return "absent";
    }
    return parsed.NextPageToken === null ? "null" : parsed.NextPageToken === "" ? "empty" : "string";
  } catch {
    return "absent";
  }
}

export const SCAN: OperationName = "ScanProvisionedProducts";
export const SEARCH: OperationName = "SearchProvisionedProducts";

/** Account-level access, the widest view, used by most cases. */
export const ACCOUNT = { AccessLevelFilter: { Key: "Account", Value: "self" } } as const;
