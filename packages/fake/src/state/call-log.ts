/**
 * One call the fake answered: what was asked, by whom, and what was answered.
 * @public
 */
export interface RecordedCall {
  requestId: string;
  /** The operation, or undefined when the target did not name one. */
  operation: string | undefined;
  /** The access key of the `Authorization` header, if any. */
  accessKeyId: string | undefined;
  /** The caller's ARN, once known. */
  callerArn: string | undefined;
  /** The parsed JSON body, when it parsed and was at most `MAX_RECORDED_INPUT_BYTES` long (else undefined). */
  input: unknown;
  /** The size of the request body in bytes, kept when the body itself is not. */
  inputBytes: number;
  status: number;
  /** The error code, for error answers. */
  errorCode: string | undefined;
  /** The fault injected into the call, if one was. */
  fault: string | undefined;
  /** For a successful listing: how many items the page held, how many matched, and whether another page follows. */
  page: { items: number; total: number; more: boolean } | undefined;
  at: Date;
}

/** The longest request body whose parsed input a call record keeps: far above any request a real tool sends. @public */
export const MAX_RECORDED_INPUT_BYTES = 16 * 1024;

/** What a record costs beside its input: its fixed members, ids and ARNs, rounded up. */
const RECORD_OVERHEAD_BYTES = 512;

/** @public */
export interface CallLogLimits {
  /** The most calls kept. Default 10,000. */
  maxEntries?: number;
  /** The most bytes of records kept, inputs counted by their body's size. Default 16 MiB. */
  maxBytes?: number;
}

/**
 * The calls of a fake, oldest first, within a bound in entries and in bytes (the oldest are dropped beyond either,
 * so a long-running server does not grow without end). A body over `MAX_RECORDED_INPUT_BYTES` is not kept: its
 * record says how large it was.
 * @public
 */
export class CallLog {
  private entries: RecordedCall[] = [];
  private bytes = 0;
  private readonly maxEntries: number;
  private readonly maxBytes: number;

  constructor(limits: CallLogLimits = {}) {
    this.maxEntries = limits.maxEntries ?? 10_000;
    this.maxBytes = limits.maxBytes ?? 16 * 1024 * 1024;
  }

  /** @internal */
  record(call: RecordedCall): void {
    if (call.inputBytes > MAX_RECORDED_INPUT_BYTES) {
      call.input = undefined;
    }
    this.entries.push(call);
    this.bytes += costOf(call);
    let drop = 0;
    while (
      drop < this.entries.length - 1 &&
      (this.entries.length - drop > this.maxEntries || this.bytes > this.maxBytes)
    ) {
      this.bytes -= costOf(this.entries[drop] as RecordedCall);
      drop++;
    }
    if (drop > 0) {
      this.entries.splice(0, drop);
    }
  }

  all(): RecordedCall[] {
    return this.entries.slice();
  }

  /** The calls of one operation. */
  of(operation: string): RecordedCall[] {
    return this.entries.filter((call) => call.operation === operation);
  }

  last(): RecordedCall | undefined {
    return this.entries.at(-1);
  }

  get length(): number {
    return this.entries.length;
  }

  clear(): void {
    this.entries = [];
    this.bytes = 0;
  }
}

function costOf(call: RecordedCall): number {
  return RECORD_OVERHEAD_BYTES + (call.input === undefined ? 0 : call.inputBytes);
}
