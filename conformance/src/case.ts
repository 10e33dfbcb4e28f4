import type { FakeSettings, ProvisionedProduct } from "@svccat/fake";
import {
  type OperationInput,
  type OperationName,
  type OperationOutput,
  operationTable,
  queryOf,
  serviceTables,
} from "@svccat/model";
import type { CallOutcome, ConformanceClient } from "./clients/client-contract.js";
import type { LifecycleRun } from "./lifecycle.js";

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
  /** Calls through the client, paced for live targets, with the operation's input type. */
  call<Op extends OperationName>(
    operation: Op,
    input: OperationInput<Op>,
    options?: { rawBody?: string },
  ): Promise<CallOutcome<Op>>;
  /** The same, for a document a typed caller could not send (values the spec forbids), to test validation. */
  callUnchecked<Op extends OperationName>(
    operation: Op,
    document: Readonly<Record<string, unknown>>,
    options?: { rawBody?: string },
  ): Promise<CallOutcome<Op>>;
  /** The products visible at Account level, when the target is a fake the suite seeded. */
  readonly knownProducts: readonly ProvisionedProduct[] | undefined;
  readonly callerArn: string | undefined;
  readonly live: boolean;
  /** A page token the runner took before the first case, for the case that observes how long tokens live. */
  readonly heldToken: HeldToken | undefined;
  /** What the lifecycle cases may provision, and the run's record of it; undefined when they may not. */
  readonly lifecycle: LifecycleRun | undefined;
}

/** A page token kept through the run: the input of its page, and when it was issued (epoch milliseconds). @public */
export interface HeldToken {
  readonly input: OperationInput<typeof SEARCH>;
  readonly token: string;
  /** When its answer arrived (epoch milliseconds): the token is at least this old at the target. */
  readonly issuedAt: number;
  /** The shortest time it is held before it is reused, in seconds. */
  readonly holdSeconds: number;
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
/** The longest expected or actual text a failure keeps: an echoed 2,025-character value would make lines unreadable. */
export const FAILURE_TEXT_LIMIT = 300;

export const failed = (expected: string, actual: string): CaseResult => ({
  status: "failed",
  expected: clip(expected),
  actual: clip(actual),
});

function clip(text: string): string {
  return text.length <= FAILURE_TEXT_LIMIT
    ? text
    : `${text.slice(0, FAILURE_TEXT_LIMIT)}… (${text.length - FAILURE_TEXT_LIMIT} more characters)`;
}
export const notChecked = (reason: string): CaseResult => ({ status: "not-checked", reason });
export const observed = (setting: keyof FakeSettings | undefined, value: unknown, detail: string): CaseResult =>
  setting === undefined ? { status: "observed", value, detail } : { status: "observed", setting, value, detail };

/** A page of any paging operation, read through the spec's paging and query tables. */
export interface Page {
  items: ReadonlyArray<{ Id?: string | undefined }>;
  nextToken: string | undefined;
  /** The count of every match, for operations whose output has one. */
  total: number | undefined;
}

export function pageOf<Op extends OperationName>(operation: Op, output: OperationOutput<Op>): Page {
  const paged = operationTable(serviceTables, operation).paginated;
  const fields = output as unknown as Readonly<Record<string, unknown>>;
  const items = paged?.items === undefined ? undefined : fields[paged.items];
  const next = paged === null ? undefined : fields[paged.outputToken];
  const totalMember = queryOf(serviceTables, operation)?.totalCount;
  const total = totalMember === undefined ? undefined : fields[totalMember];
  return {
    items: Array.isArray(items) ? items : [],
    nextToken: typeof next === "string" && next !== "" ? next : undefined,
    total: typeof total === "number" ? total : undefined,
  };
}

/** An outcome in a few words, for "actual" in a failure. */
export function describeOutcome<Op extends OperationName>(outcome: CallOutcome<Op>, operation?: Op): string {
  if (outcome.ok) {
    const items = operation === undefined ? undefined : pageOf(operation, outcome.output).items;
    return `success (HTTP ${outcome.wire?.status ?? 200}${items === undefined ? "" : `, ${items.length} items`})`;
  }
  const where = outcome.status === undefined ? "no HTTP answer" : `HTTP ${outcome.status}`;
  return `${outcome.name} (${where}): ${JSON.stringify(outcome.message.slice(0, 300))}`;
}

/** Expects a service error with this code and, when given, this exact message. */
export function expectError(outcome: CallOutcome, code: string, message?: string | readonly string[]): CaseResult {
  // Several messages: any of them is right (the order of one value's violations is not known).
  const messages = message === undefined ? undefined : typeof message === "string" ? [message] : message;
  const expected = `${code} (HTTP 400)${messages === undefined ? "" : `: ${messages.map((m) => JSON.stringify(m)).join(" or ")}`}`;
  if (outcome.ok || outcome.name !== code || outcome.status !== 400) {
    return failed(expected, describeOutcome(outcome));
  }
  if (messages !== undefined && !messages.includes(outcome.message)) {
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

/**
 * The input that makes a full listing reliable: sorted by creation time where the operation can sort (AWS's advice;
 * unsorted Search pages may repeat and skip products), nothing for an operation that cannot.
 */
export function reliableOrder(operation: OperationName): Readonly<Record<string, string>> {
  const order = operationTable(serviceTables, operation).paginated?.order;
  const sortFields = queryOf(serviceTables, operation)?.sortFields ?? {};
  const field = Object.entries(sortFields).find(([, member]) => member === order)?.[0];
  return field === undefined ? {} : { SortBy: field };
}

/** Follows NextPageToken through a listing, up to `maxPages`. */
export async function traverse<Op extends OperationName>(
  context: CaseContext,
  operation: Op,
  input: OperationInput<Op>,
  maxPages = 200,
): Promise<Traversal> {
  const result: Traversal = { ids: [], pages: 0, pageSizes: [], totals: [], lastToken: "absent" };
  const tokenMember = serviceTables.operations[operation].paginated?.inputToken ?? "";
  let token: string | undefined;
  while (result.pages < maxPages) {
    const outcome = await context.call(operation, token === undefined ? input : { ...input, [tokenMember]: token });
    if (!outcome.ok) {
      result.error = outcome;
      return result;
    }
    result.pages++;
    const page = pageOf(operation, outcome.output);
    result.pageSizes.push(page.items.length);
    result.totals.push(page.total);
    for (const item of page.items) {
      result.ids.push(item.Id ?? "?");
    }
    if (page.nextToken === undefined) {
      result.lastToken = wireTokenForm(operation, outcome.wire?.body);
      return result;
    }
    token = page.nextToken;
  }
  return result;
}

function wireTokenForm(operation: OperationName, body: string | undefined): Traversal["lastToken"] {
  const member = serviceTables.operations[operation].paginated?.outputToken ?? "";
  let parsed: unknown;
  try {
    parsed = JSON.parse(body ?? "");
  } catch {
    return "absent";
  }
  if (typeof parsed !== "object" || parsed === null || !Object.hasOwn(parsed, member)) {
    return "absent";
  }
  const value = (parsed as Record<string, unknown>)[member];
  return value === null ? "null" : value === "" ? "empty" : "string";
}

export const SCAN = "ScanProvisionedProducts" satisfies OperationName;
export const SEARCH = "SearchProvisionedProducts" satisfies OperationName;

/** Account-level access, the widest view, used by most cases. */
export const ACCOUNT = { AccessLevelFilter: { Key: "Account", Value: "self" } } as const;

/** The account's first product by name, one a page: a page token whenever the account has two products. */
export const FIRST_BY_NAME = { ...ACCOUNT, SortBy: "name", PageSize: 1 } as const;
