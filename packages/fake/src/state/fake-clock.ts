/** The longest a test may move the clock in one call: ten years, far past any token lifetime or operation. */
const MAX_ADVANCE_MS = 10 * 365 * 24 * 60 * 60 * 1000;

/** What the clock is set to, as the control API reports it. @public */
export interface ClockState {
  /** The fake's time now, in epoch milliseconds. */
  readonly now: number;
  /** How far tests have moved it past its source. */
  readonly offsetMs: number;
  /** How far it moves by itself at each read (0: only when told). */
  readonly stepOnReadMs: number;
  /** Whether its source stands still: then it moves only when told (or at each read, by its step). */
  readonly frozen: boolean;
}

/**
 * The fake's own time: its source (the machine's clock unless told otherwise) plus whatever tests moved it by.
 * What the service does over time reads it (a page token's age, every step of a provisioned product's life), so a
 * test moves time on instead of sleeping. Frozen, the source stands still where it was, so that nothing moves
 * unless the test says so, however slowly a loaded machine runs the test. Signature checks keep to the source: AWS's
 * clock does not move with a test's.
 * @public
 */
export class FakeClock {
  private offset = 0;
  private step = 0;
  /** The source's reading when the clock was frozen; undefined while it runs. */
  private frozenAt: number | undefined;
  private readonly watchers = new Set<() => void>();

  constructor(private readonly source: () => number = Date.now) {}

  /** The time now, in epoch milliseconds; with `stepOnRead`, each read moves the clock on by that step first. */
  now(): number {
    if (this.step > 0) {
      this.offset += this.step;
    }
    return this.base() + this.offset;
  }

  private base(): number {
    return this.frozenAt ?? this.source();
  }

  /** Moves the clock on by `ms` (0 to ten years); it never goes back. */
  advance(ms: number): void {
    this.offset += checkedDuration(ms, "advance");
    this.moved();
  }

  /** Makes every read move the clock on by `ms` (0 stops it). */
  stepOnRead(ms: number): void {
    this.step = checkedDuration(ms, "stepOnRead");
  }

  /** Stops its source where it stands (`true`), or lets it run again from there (`false`): time never jumps. */
  freeze(frozen = true): void {
    if (frozen && this.frozenAt === undefined) {
      this.frozenAt = this.source();
    } else if (!frozen && this.frozenAt !== undefined) {
      // The time stays where it stood: what the source ran on meanwhile is taken off.
      this.offset += this.frozenAt - this.source();
      this.frozenAt = undefined;
    }
  }

  /** Every change at once, each checked before any applies. */
  change(change: { readonly advanceMs?: unknown; readonly stepOnReadMs?: unknown; readonly frozen?: unknown }): void {
    const advance = change.advanceMs === undefined ? 0 : checkedDuration(change.advanceMs, "advance");
    const step = change.stepOnReadMs === undefined ? this.step : checkedDuration(change.stepOnReadMs, "stepOnRead");
    if (change.frozen !== undefined && typeof change.frozen !== "boolean") {
      throw new RangeError(`clock frozen must be true or false, not ${String(change.frozen)}`);
    }
    if (change.frozen !== undefined) {
      this.freeze(change.frozen);
    }
    this.offset += advance;
    this.step = step;
    this.moved();
  }

  /** Back to its source, running, with no step. */
  reset(): void {
    this.offset = 0;
    this.step = 0;
    this.frozenAt = undefined;
  }

  /** Calls `watcher` after a test moves the clock on (so records due by then end at once); returns its stop. @internal */
  watch(watcher: () => void): () => void {
    this.watchers.add(watcher);
    return () => this.watchers.delete(watcher);
  }

  private moved(): void {
    for (const watcher of this.watchers) {
      watcher();
    }
  }

  /** Where it stands, without moving it. */
  state(): ClockState {
    return {
      now: this.base() + this.offset,
      offsetMs: this.offset,
      stepOnReadMs: this.step,
      frozen: this.frozenAt !== undefined,
    };
  }
}

function checkedDuration(ms: unknown, what: string): number {
  if (typeof ms !== "number" || !Number.isFinite(ms) || ms < 0 || ms > MAX_ADVANCE_MS) {
    throw new RangeError(`clock ${what} must be milliseconds from 0 to ${MAX_ADVANCE_MS}, not ${String(ms)}`);
  }
  return ms;
}
