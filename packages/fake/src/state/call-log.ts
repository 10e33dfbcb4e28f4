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
  /** The parsed JSON body, when it parsed. */
  input: unknown;
  status: number;
  /** The error code, for error answers. */
  errorCode: string | undefined;
  /** The fault injected into the call, if one was. */
  fault: string | undefined;
  /** For a successful listing: how many items the page held, how many matched, and whether another page follows. */
  page: { items: number; total: number; more: boolean } | undefined;
  at: Date;
}

/**
 * The calls of a fake, oldest first, up to a bound (the oldest are dropped beyond it, so a long-running server
 * does not grow without end).
 * @public
 */
export class CallLog {
  private entries: RecordedCall[] = [];

  constructor(private readonly limit = 10_000) {}

  /** @internal */
  record(call: RecordedCall): void {
    this.entries.push(call);
    if (this.entries.length > this.limit) {
      this.entries.splice(0, this.entries.length - this.limit);
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
  }
}
