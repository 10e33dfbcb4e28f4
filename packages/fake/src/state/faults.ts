import { type OperationName, serviceTables } from "@svccat/model";
import { errors } from "../core/wire-errors.js";
import type { Caller } from "./principals.js";

/**
 * What an injected fault does to a call: answer `ThrottlingException` ("Rate exceeded", 400), a
 * `ValidationException` "Rate exceeded" (`throttle-validation`, as Service Catalog has been seen to throttle),
 * `AccessDeniedException` in AWS's words (`access-denied`), `InternalFailure` (500) or `ServiceUnavailable` (503);
 * wait before answering normally; drop the connection (a network error in msw, a destroyed socket in server
 * mode); or, for ProvisionProduct, UpdateProvisionedProduct and TerminateProvisionedProduct, answer normally and let
 * the request's record end FAILED with `errorCode` and `errorMessage` in its `RecordErrors` and the product's
 * `StatusMessage` (`record-failure`; a termination with `IgnoreErrors` still succeeds).
 * @public
 */
export type FaultKind =
  | "record-failure"
  | "throttle"
  | "throttle-validation"
  | "access-denied"
  | "internal"
  | "unavailable"
  | "latency"
  | "drop";

/** @public */
export interface FaultSpec {
  kind: FaultKind;
  /** The operation it applies to; every operation when left out. */
  operation?: OperationName;
  /** For the next N matching calls; with neither `times` nor `rate`, only the next one. */
  times?: number;
  /** For this fraction (0..1) of matching calls, until removed. */
  rate?: number;
  /** For `latency`: how long to wait, in milliseconds. Default 1000. */
  delayMs?: number;
  /** For `record-failure`: the code of the record's error. Default `"StackFailed"`. */
  errorCode?: string;
  /** For `record-failure`: what the record's error and the product's `StatusMessage` say. */
  errorMessage?: string;
}

/** An injected fault; `remove()` takes it out before it runs out. @public */
export interface InjectedFault extends Readonly<FaultSpec> {
  readonly remaining: number | undefined;
  remove(): void;
}

/** The fault to apply to one call, if any. @internal */
export type FaultDecision =
  | { kind: FaultKind; delayMs: number; recordFailure: { code: string; message: string } | undefined }
  | undefined;

/** The operations whose requests make records, which a `record-failure` fault can make fail. */
const RECORD_OPERATIONS: readonly string[] = Object.entries(serviceTables.operations)
  .filter(([, table]) => "idempotencyToken" in table)
  .map(([name]) => name);

/**
 * The faults of a fake: each call takes the first fault that applies to it (in the order they were injected).
 * @public
 */
export class FaultInjector {
  private faults: Array<{ spec: FaultSpec; remaining: number | undefined; removed: boolean }> = [];

  constructor(private readonly random: () => number = Math.random) {}

  inject(spec: FaultSpec): InjectedFault {
    checkSpec(spec);
    const entry = {
      spec: { ...spec },
      remaining: spec.rate === undefined ? (spec.times ?? 1) : spec.times,
      removed: false,
    };
    this.faults.push(entry);
    return {
      ...entry.spec,
      get remaining() {
        return entry.remaining;
      },
      remove: () => {
        entry.removed = true;
        this.faults = this.faults.filter((other) => other !== entry);
      },
    };
  }

  /** Shorthands for the common cases. */
  throttle(operation?: OperationName, times = 1): InjectedFault {
    return this.inject({ kind: "throttle", times, ...(operation === undefined ? {} : { operation }) });
  }

  clear(): void {
    this.faults = [];
  }

  /** The faults still active. */
  list(): FaultSpec[] {
    return this.faults.map((entry) => ({ ...entry.spec }));
  }

  /** @internal */
  take(operation: OperationName): FaultDecision {
    for (const entry of this.faults) {
      if (entry.spec.operation !== undefined && entry.spec.operation !== operation) {
        continue;
      }
      if (entry.spec.rate !== undefined && this.random() >= entry.spec.rate) {
        continue;
      }
      if (entry.remaining !== undefined) {
        entry.remaining--;
        if (entry.remaining <= 0) {
          this.faults = this.faults.filter((other) => other !== entry);
        }
      }
      const recordFailure =
        entry.spec.kind === "record-failure"
          ? {
              code: entry.spec.errorCode ?? "StackFailed",
              message: entry.spec.errorMessage ?? `svccat fake: ${operation} failed as a fault asked`,
            }
          : undefined;
      return { kind: entry.spec.kind, delayMs: entry.spec.delayMs ?? 1000, recordFailure };
    }
    return undefined;
  }
}

/**
 * What a fault does to the call it applies to: throws the error it answers with, waits (`latency`, then the call
 * goes on), or says the connection is to be dropped. @internal
 */
export async function faultOutcome(
  fault: NonNullable<FaultDecision>,
  call: { caller: Caller; operation: OperationName; region: string },
): Promise<"dropped" | "continue"> {
  const { caller, operation, region } = call;
  switch (fault.kind) {
    case "throttle":
      throw errors.throttling();
    case "throttle-validation":
      throw errors.throttlingAsValidation();
    case "access-denied":
      throw errors.accessDenied(
        caller.arn,
        operation,
        `arn:${caller.partition}:servicecatalog:${region}:${caller.accountId}:*/*`,
      );
    case "internal":
      throw errors.internalFailure();
    case "unavailable":
      throw errors.serviceUnavailable();
    case "drop":
      return "dropped";
    case "record-failure":
      return "continue";
    case "latency":
      await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
      return "continue";
  }
}

/** Every fault kind, in the order the documentation lists them. @internal */
export const FAULT_KINDS: readonly FaultKind[] = [
  "record-failure",
  "throttle",
  "throttle-validation",
  "access-denied",
  "internal",
  "unavailable",
  "latency",
  "drop",
];

/** The longest `latency` a fault may add: ten minutes, far below the 2^31 ms at which Node's timers overflow. @internal */
const MAX_FAULT_DELAY_MS = 600_000;

const FAULT_FIELDS = ["kind", "operation", "times", "rate", "delayMs", "errorCode", "errorMessage"];

/** Each field of a fault from outside (JSON, a JS caller), checked apart; an error names the field. */
function checkSpec(spec: FaultSpec): void {
  if (typeof spec !== "object" || spec === null) {
    throw new TypeError("a fault must be an object");
  }
  for (const field of Object.keys(spec)) {
    if (!FAULT_FIELDS.includes(field)) {
      throw new TypeError(
        `a fault has no field ${JSON.stringify(field.slice(0, 64))}; its fields are ${FAULT_FIELDS.join(", ")}`,
      );
    }
  }
  const fields = spec as unknown as Record<string, unknown>;
  if (!FAULT_KINDS.includes(spec.kind)) {
    throw new TypeError(`fault kind must be one of ${FAULT_KINDS.join(", ")}, not ${shown(fields.kind)}`);
  }
  if (
    fields.operation !== undefined &&
    !(typeof fields.operation === "string" && Object.hasOwn(serviceTables.operations, fields.operation))
  ) {
    throw new TypeError(
      `fault operation must be one of ${Object.keys(serviceTables.operations).join(", ")} (as the spec spells it), not ${shown(fields.operation)}`,
    );
  }
  if (spec.kind === "record-failure" && !RECORD_OPERATIONS.includes(fields.operation as string)) {
    // Without an operation it would be used up by the first call of any kind.
    throw new TypeError(
      `a record-failure fault needs an operation whose requests make records: ${RECORD_OPERATIONS.join(", ")}`,
    );
  }
  for (const field of ["errorCode", "errorMessage"] as const) {
    const value = fields[field];
    if (value !== undefined && spec.kind !== "record-failure") {
      throw new TypeError(`fault ${field} is for record-failure faults only`);
    }
    if (value !== undefined && !(typeof value === "string" && value.length > 0 && value.length <= 1024)) {
      throw new TypeError(`fault ${field} must be text of 1 to 1024 characters, not ${shown(value)}`);
    }
  }
  if (fields.times !== undefined && !(Number.isSafeInteger(fields.times) && (fields.times as number) > 0)) {
    throw new TypeError(`fault times must be a positive whole number, not ${shown(fields.times)}`);
  }
  if (fields.rate !== undefined && !(typeof fields.rate === "number" && fields.rate >= 0 && fields.rate <= 1)) {
    throw new TypeError(`fault rate must be a number from 0 to 1, not ${shown(fields.rate)}`);
  }
  if (
    fields.delayMs !== undefined &&
    !(typeof fields.delayMs === "number" && fields.delayMs >= 0 && fields.delayMs <= MAX_FAULT_DELAY_MS)
  ) {
    throw new TypeError(
      `fault delayMs must be a number of milliseconds from 0 to ${MAX_FAULT_DELAY_MS}, not ${shown(fields.delayMs)}`,
    );
  }
}

function shown(value: unknown): string {
  return (JSON.stringify(value) ?? String(value)).slice(0, 100);
}
