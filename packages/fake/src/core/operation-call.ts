import type { OperationName } from "@svccat/model";
import type { QueryEngine } from "../query/query-engine.js";
import type { CallLog, RecordedCall } from "../state/call-log.js";
import type { ProductCatalog } from "../state/catalog.js";
import type { FaultInjector } from "../state/faults.js";
import type { Lifecycle, RecordFailure } from "../state/lifecycle.js";
import type { Caller } from "../state/principals.js";
import type { FakeSettings } from "../state/settings.js";
import type { WireAnswer } from "./wire-errors.js";

/**
 * What the request path hands an operation's handler, and what a handler gives back: the contract between
 * `dispatch.ts` and the handlers of `operation-handlers.ts`, apart from both so that neither imports the other's
 * module for its types.
 */

/** The fake's state a request is answered from, read through functions where it can change. @internal */
export interface FakeState {
  readonly engine: QueryEngine;
  readonly lifecycle: Lifecycle;
  readonly catalog: ProductCatalog;
  readonly faults: FaultInjector;
  readonly calls: CallLog;
  readonly settings: () => FakeSettings;
  readonly callerOf: (accessKeyId: string | undefined) => Caller;
  readonly now: () => number;
  /** The region the fake says it is in, for ARNs in its messages. */
  readonly region: string;
}

/**
 * What an operation's handler answers from: its input as validated, who calls, when (the fake's clock, read once
 * per request), this call's settings, the state, and the failure an injected `record-failure` fault gives its record.
 */
export interface OperationCall<Op extends OperationName> {
  readonly operation: Op;
  readonly input: Record<string, unknown>;
  readonly caller: Caller;
  readonly now: number;
  readonly settings: FakeSettings;
  readonly state: FakeState;
  readonly recordFailure: RecordFailure | undefined;
}

/** A handler's answer, and what the call log keeps of a listing's page. */
export interface OperationAnswer {
  readonly answer: WireAnswer;
  readonly page: RecordedCall["page"];
}

export type OperationHandler<Op extends OperationName> = (call: OperationCall<Op>) => Promise<OperationAnswer>;
