import type { OperationInput, OperationName } from "@svccat/model";
import type { CallOutcome } from "./clients/client-contract.js";

/**
 * What the lifecycle cases provision and how they wait: the catalog product and artifacts to launch, the prefix
 * every name they create starts with, and how time passes at the target (a fake's clock moved on, or a real wait).
 * @public
 */
export interface LifecyclePlan {
  readonly productId: string;
  readonly artifactId: string;
  /** Another artifact of the same product, for the update; without one the update step is not checked. */
  readonly updateArtifactId?: string | undefined;
  /**
   * Makes the next launch fail, answering the artifact to launch: an artifact whose launch fails (an endpoint,
   * `--failing-artifact`), or a fault injected into a fake. Absent when no launch can be made to fail.
   */
  failingLaunch?(): string;
  /** Every provisioned product the run creates is named `<prefix>-<label>-<client>`. */
  readonly prefix: string;
  /** How long to let pass between two polls of a record, in milliseconds. */
  readonly pollMs: number;
  /** The longest a record may take before a case gives up on it, in milliseconds. */
  readonly maxWaitMs: number;
  /** Lets `ms` pass at the target: moves a fake's clock on, or waits. */
  passTime(ms: number): Promise<void>;
  /** Whether the run is being stopped: a case's waits end at once; the clean-up's do not. */
  stopping(): boolean;
  /**
   * For a fake: stops its clock during a case (`true`) and lets it run again after (`false`), so that its records
   * move only as the case lets time pass, however slowly the machine runs it. Absent for an endpoint.
   */
  hold?(held: boolean): void;
}

/** One call of the run's first client, which creates and cleans up. */
export type Caller = <Op extends OperationName>(operation: Op, input: OperationInput<Op>) => Promise<CallOutcome<Op>>;

/** A record's end as a poll saw it: its last status, the statuses seen on the way, and the time it took. */
export interface RecordWait {
  readonly status: string | undefined;
  readonly seen: readonly string[];
  readonly elapsedMs: number;
  readonly error?: CallOutcome | undefined;
}

const FINAL = new Set(["SUCCEEDED", "FAILED"]);

/**
 * The provisioned products one run creates, so that every one is terminated at the end: after each case, after the
 * last, and when the run is stopped. Names are `<prefix>-<label>-<client>`; the prefix is printed before anything
 * is created. @public
 */
export class LifecycleRun {
  private readonly created = new Map<string, string>();
  /** Every provisioned product the run has created, gone or not. */
  readonly everCreated = new Set<string>();

  constructor(readonly plan: LifecyclePlan) {}

  private tokens = 0;

  /** A fresh idempotency token of the run, for a request that is not a retry. */
  token(label: string): string {
    this.tokens++;
    return `${this.plan.prefix}-${label}-${this.tokens}`;
  }

  /** The name of what a case creates under `label` through `client`. */
  name(label: string, client: string): string {
    return `${this.plan.prefix}-${label}-${client}`;
  }

  /** Keeps a provisioned product the run created, for the clean-up. */
  track(id: string | undefined, name: string): void {
    if (id !== undefined) {
      this.created.set(id, name);
    }
  }

  /** What the run created and has not seen gone yet: Id → name. */
  remaining(): ReadonlyMap<string, string> {
    return this.created;
  }

  /**
   * ProvisionProduct with the plan's product and artifact under the run's name and a fresh token of the run (unless
   * `extra` gives one); the product is tracked for the clean-up.
   */
  async provision(
    call: Caller,
    label: string,
    client: string,
    extra: Partial<OperationInput<"ProvisionProduct">> = {},
  ) {
    const name = this.name(label, client);
    const outcome = await call("ProvisionProduct", {
      ProductId: this.plan.productId,
      ProvisioningArtifactId: this.plan.artifactId,
      ProvisionedProductName: name,
      ...extra,
      ProvisionToken: extra.ProvisionToken ?? this.token(label),
    });
    if (outcome.ok) {
      const id = outcome.output.RecordDetail?.ProvisionedProductId;
      this.track(id, name);
      if (id !== undefined) {
        this.everCreated.add(id);
      }
    }
    return outcome;
  }

  /**
   * Polls DescribeRecord, letting the plan's time pass between polls, until the record ends or the wait runs out;
   * a case's wait (`forCase`) ends early when the run is being stopped, the clean-up's never does.
   */
  async waitForRecord(call: Caller, recordId: string, forCase = true): Promise<RecordWait> {
    const seen: string[] = [];
    let elapsedMs = 0;
    for (;;) {
      const outcome = await call("DescribeRecord", { Id: recordId });
      if (!outcome.ok) {
        return { status: undefined, seen, elapsedMs, error: outcome };
      }
      const status = outcome.output.RecordDetail?.Status;
      if (status !== undefined && seen.at(-1) !== status) {
        seen.push(status);
      }
      if (status !== undefined && FINAL.has(status)) {
        return { status, seen, elapsedMs };
      }
      if (elapsedMs >= this.plan.maxWaitMs || (forCase && this.plan.stopping())) {
        return { status, seen, elapsedMs };
      }
      await this.plan.passTime(this.plan.pollMs);
      elapsedMs += this.plan.pollMs;
    }
  }

  /**
   * Terminates a provisioned product the run created (IgnoreErrors, so a broken stack goes too) and waits until it
   * is not found. Answers what is left to say when it is not gone.
   */
  async terminate(call: Caller, id: string): Promise<string | undefined> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const described = await call("DescribeProvisionedProduct", { Id: id });
      if (!described.ok) {
        if (described.name === "ResourceNotFoundException") {
          this.created.delete(id);
          return undefined;
        }
        return `${id}: DescribeProvisionedProduct answered ${described.name}`;
      }
      const detail = described.output.ProvisionedProductDetail;
      if (detail?.Status === "UNDER_CHANGE" && detail.LastRecordId !== undefined) {
        // A request still runs on it: it cannot be terminated until that ends.
        await this.waitForRecord(call, detail.LastRecordId, false);
        continue;
      }
      const ended = await call("TerminateProvisionedProduct", {
        ProvisionedProductId: id,
        IgnoreErrors: true,
        TerminateToken: this.token("cleanup"),
      });
      if (!ended.ok) {
        return `${id}: TerminateProvisionedProduct answered ${ended.name}`;
      }
      const recordId = ended.output.RecordDetail?.RecordId;
      if (recordId !== undefined) {
        await this.waitForRecord(call, recordId, false);
      }
    }
    const last = await call("DescribeProvisionedProduct", { Id: id });
    if (!last.ok && last.name === "ResourceNotFoundException") {
      this.created.delete(id);
      return undefined;
    }
    return `${id} (${this.created.get(id)}) is still there after three terminations`;
  }

  /** Terminates everything the run created and has not seen gone; answers what could not be cleaned up. */
  async cleanUp(call: Caller): Promise<string[]> {
    const problems: string[] = [];
    for (const id of [...this.created.keys()]) {
      const problem = await this.terminate(call, id);
      if (problem !== undefined) {
        problems.push(problem);
      }
    }
    return problems;
  }
}

/** A prefix for one run's names: `svccat-conf-` and six random letters and digits. */
export function newRunPrefix(): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return `svccat-conf-${[...bytes].map((byte) => alphabet[byte % alphabet.length]).join("")}`;
}
