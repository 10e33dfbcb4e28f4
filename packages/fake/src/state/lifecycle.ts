import type { AccessLevelFilterKey, RecordDetail, RecordError, RecordOutput, RecordStatus, Tag } from "@svccat/model";
import { sortedKeys } from "../core/request-body.js";
import { errors, type FakeServiceError } from "../core/wire-errors.js";
import { type AccessScoped, inAccount, scopeFilter } from "../query/access-levels.js";
import type { CatalogArtifact, CatalogProduct, ProductCatalog } from "./catalog.js";
import type { Caller } from "./principals.js";
import { cryptoRandom, serviceId } from "./service-ids.js";
import type { FakeSettings } from "./settings.js";
import type { ProvisionedProduct, ProvisionedProductStore } from "./store.js";

/** The kinds of request a record tracks, as the service names them in `RecordType`. @public */
export type RecordKind = "PROVISION_PRODUCT" | "UPDATE_PROVISIONED_PRODUCT" | "TERMINATE_PROVISIONED_PRODUCT";

/** How a mutation's record is to end, when a fault makes it fail: the code and message of its `RecordErrors`. @public */
export interface RecordFailure {
  readonly code: string;
  readonly message: string;
}

/** A record as the fake keeps it: the wire's `RecordDetail`, and what its request is to do when it ends. */
interface StoredRecord {
  detail: RecordDetail & { RecordId: string; Status: RecordStatus; CreatedTime: Date; UpdatedTime: Date };
  readonly kind: RecordKind;
  /**
   * Whose it is, for access levels: the product's ARN (its account), and who asked, its role or user (`UserArn`)
   * and its ARN (`UserArnSession`).
   */
  readonly scope: AccessScoped;
  readonly startAt: number;
  readonly endAt: number;
  readonly failure: RecordFailure | undefined;
  readonly ignoreErrors: boolean;
  /** What an update moves to; unused otherwise. */
  readonly target: ArtifactChoice | undefined;
  readonly tags: readonly Tag[] | undefined;
  /** The settings the request was answered under (its own draw in vary mode). */
  readonly failedProvisioningLeaves: FakeSettings["failedProvisioningLeaves"];
  /** The request's input, for telling a repeated token with other parameters. */
  readonly request: string;
  /** Where its token is kept, so that forgetting the record forgets the token at once. */
  readonly tokenKey: string;
  /** The outputs the product had when the record ended (DescribeRecord's `RecordOutputs`). */
  outputs: readonly RecordOutput[];
  settled: boolean;
}

interface ArtifactChoice {
  readonly product: CatalogProduct;
  readonly artifact: CatalogArtifact;
  readonly pathId: string | undefined;
}

/** The members a provision, update or terminate request carries, as validated. */
interface MutationInput {
  readonly [member: string]: unknown;
}

/** What one call of a mutation knows: who calls, when, under which settings, and a fault's failure, if any. */
export interface MutationContext {
  readonly caller: Caller;
  readonly now: number;
  readonly settings: FakeSettings;
  readonly failure: RecordFailure | undefined;
}

/** A record's detail on the wire, from the fake's own record. */
export type RecordView = RecordDetail;

/** The most records a fake keeps unless told otherwise; the oldest ended ones go first beyond it. @public */
export const DEFAULT_MAX_RECORDS = 100_000;

/**
 * The life of provisioned products: provision, update and terminate requests, the records that track them, and the
 * statuses that move on the fake's clock. A request answers its record at once (CREATED) and turns the product
 * UNDER_CHANGE; `settle(now)` moves each record to IN_PROGRESS and to its end (SUCCEEDED or FAILED) when the clock
 * passes its times, and applies the end to the product (AVAILABLE, ERROR, TAINTED, or gone). Every lookup of an
 * Id, name or token goes through a `Map`. @internal
 */
export class Lifecycle {
  private readonly records = new Map<string, StoredRecord>();
  private readonly pending = new Set<StoredRecord>();
  /** `operation account token` → the record that request made. */
  private readonly tokens = new Map<string, StoredRecord>();
  /** The outputs of each provisioned product: a test's, or its artifact's. */
  private readonly outputs = new Map<string, readonly RecordOutput[]>();
  /** Outputs a test gave a product, which an update's artifact does not replace. */
  private readonly givenOutputs = new Set<string>();

  constructor(
    private readonly store: ProvisionedProductStore,
    private readonly catalog: ProductCatalog,
    private readonly region: string,
    /** The most records kept: the store bounds products, this bounds what their requests leave. */
    private readonly maxRecords: number = DEFAULT_MAX_RECORDS,
  ) {
    if (!Number.isSafeInteger(maxRecords) || maxRecords < 1) {
      throw new RangeError(`maxRecords must be a whole number from 1, not ${String(maxRecords)}`);
    }
  }

  /** Moves every record whose time has come, in the order their steps fall due. */
  settle(now: number): void {
    if (this.pending.size === 0) {
      return;
    }
    const due = [...this.pending].sort((a, b) => a.endAt - b.endAt);
    for (const record of due) {
      if (now >= record.startAt && record.detail.Status === "CREATED") {
        record.detail.Status = "IN_PROGRESS";
        record.detail.UpdatedTime = new Date(record.startAt);
      }
      if (now >= record.endAt) {
        this.finish(record);
      }
    }
  }

  provision(input: MutationInput, context: MutationContext): RecordView {
    const { caller, now, settings } = context;
    const token = input.ProvisionToken as string;
    const key = tokenKey("ProvisionProduct", caller, token);
    const repeated = this.repeated(key, token, input, settings);
    if (repeated !== undefined) {
      return view(repeated);
    }
    const choice = this.chooseArtifact(input, undefined);
    const name = input.ProvisionedProductName as string;
    const taken = this.findByName(name, caller.accountId);
    if (taken !== undefined) {
      const message = `A provisioned product named ${name} already exists in this account (${taken.Id})`;
      throw settings.provisionedNameInUse === "DuplicateResourceException"
        ? errors.duplicateResource(message)
        : errors.invalidParameters(message);
    }
    const id = newId("pp-");
    const recordId = newId("rec-");
    const tags = input.Tags as Tag[] | undefined;
    const product: ProvisionedProduct = {
      Name: name,
      Arn: `arn:${caller.partition}:servicecatalog:${this.region}:${caller.accountId}:stack/${name}/${id}`,
      Type: "CFN_STACK",
      Id: id,
      Status: "UNDER_CHANGE",
      CreatedTime: new Date(now),
      IdempotencyToken: token,
      LastRecordId: recordId,
      LastProvisioningRecordId: recordId,
      ...(tags === undefined || tags.length === 0 ? {} : { Tags: tags }),
      PhysicalId: `arn:${caller.partition}:cloudformation:${this.region}:${caller.accountId}:stack/SC-${caller.accountId}-${id}/${crypto.randomUUID()}`,
      ProductId: choice.product.Id,
      ProductName: choice.product.Name,
      ProvisioningArtifactId: choice.artifact.Id,
      ProvisioningArtifactName: choice.artifact.Name,
      UserArn: caller.roleArn ?? caller.arn,
      UserArnSession: caller.arn,
    };
    this.store.add(product);
    return view(this.begin("PROVISION_PRODUCT", product, recordId, input, context, choice, tags, key));
  }

  update(input: MutationInput, context: MutationContext): RecordView {
    const { caller, settings } = context;
    const token = input.UpdateToken as string;
    const key = tokenKey("UpdateProvisionedProduct", caller, token);
    const repeated = this.repeated(key, token, input, settings);
    if (repeated !== undefined) {
      return view(repeated);
    }
    const product = this.target(input.ProvisionedProductId, input.ProvisionedProductName, caller, "update");
    this.refuseWhileUnderChange(product, settings);
    const choice = this.chooseArtifact(input, product);
    const recordId = this.startChange(product);
    const tags = input.Tags as Tag[] | undefined;
    return view(this.begin("UPDATE_PROVISIONED_PRODUCT", product, recordId, input, context, choice, tags, key));
  }

  terminate(input: MutationInput, context: MutationContext): RecordView {
    const { caller, settings } = context;
    const token = input.TerminateToken as string;
    const key = tokenKey("TerminateProvisionedProduct", caller, token);
    const earlier = this.tokens.get(key);
    if (earlier !== undefined) {
      const id = earlier.detail.ProvisionedProductId as string;
      // The token is good while the termination runs; once the product is gone, it is not found (the model's words).
      if (this.store.get(id) === undefined) {
        throw errors.resourceNotFound(`Provisioned product ${id} not found`);
      }
      return view(earlier);
    }
    const product = this.target(input.ProvisionedProductId, input.ProvisionedProductName, caller, "terminate");
    this.refuseWhileUnderChange(product, settings);
    const recordId = this.startChange(product);
    return view(
      this.begin("TERMINATE_PROVISIONED_PRODUCT", product, recordId, input, context, undefined, undefined, key),
    );
  }

  /** A record the caller's account may read. */
  record(id: string, caller: Caller): { detail: RecordView; outputs: readonly RecordOutput[] } {
    const found = this.records.get(id);
    if (found === undefined || !inAccount(found.scope.Arn, caller.accountId)) {
      throw errors.resourceNotFound(`Record ${id} not found`);
    }
    return { detail: view(found), outputs: found.outputs };
  }

  /**
   * The records the caller sees at an access level, newest first: its own (User), its role's (Role), or its
   * account's (Account); optionally only those of one provisioned product or product. The records themselves, not
   * copies: a caller pages them and writes the page out before anything else runs (copying the whole history for
   * one page would be work for nothing).
   */
  history(
    caller: Caller,
    level: AccessLevelFilterKey,
    filter: { Key?: string; Value?: string } | undefined,
  ): readonly Readonly<RecordView>[] {
    const out: Readonly<RecordView>[] = [];
    const inScope = scopeFilter(level, caller);
    for (const record of this.records.values()) {
      if (!inScope(record.scope)) {
        continue;
      }
      if (filter?.Key === "provisionedproduct" && record.detail.ProvisionedProductId !== filter.Value) {
        continue;
      }
      if (filter?.Key === "product" && record.detail.ProductId !== filter.Value) {
        continue;
      }
      out.push(record.detail);
    }
    return out.reverse();
  }

  /** A provisioned product of the caller's account, by Id or by name (not both). */
  provisionedProduct(id: unknown, name: unknown, caller: Caller): ProvisionedProduct {
    return this.target(id, name, caller, "describe");
  }

  /** The outputs of a provisioned product: those a test gave it, else those of its artifact. */
  outputsOf(id: string): readonly RecordOutput[] {
    return this.outputs.get(id) ?? [];
  }

  /** Gives a provisioned product outputs (a test's); they stay through updates until given again. */
  setOutputs(id: string, outputs: readonly RecordOutput[]): void {
    if (this.store.get(id) === undefined) {
      throw new RangeError(`no provisioned product with Id '${id}'`);
    }
    this.outputs.set(
      id,
      outputs.map((output) => ({ ...output })),
    );
    this.givenOutputs.add(id);
  }

  /** Forgets every record, token and output (the store and catalog are reset apart). */
  reset(): void {
    this.records.clear();
    this.pending.clear();
    this.tokens.clear();
    this.outputs.clear();
    this.givenOutputs.clear();
  }

  /** Every record, for the control API, newest first. */
  list(): RecordView[] {
    return [...this.records.values()].map(view).reverse();
  }

  /** The record an earlier request with this token made, if any; refused when it asked otherwise and settings say so. */
  private repeated(key: string, token: string, input: MutationInput, settings: FakeSettings): StoredRecord | undefined {
    const earlier = this.tokens.get(key);
    if (earlier === undefined) {
      return undefined;
    }
    if (earlier.request !== requestKey(input) && settings.provisionTokenReuse === "InvalidParametersException") {
      throw errors.invalidParameters(`The token ${token} was used for a request with other parameters`);
    }
    return earlier;
  }

  private begin(
    kind: RecordKind,
    product: ProvisionedProduct,
    recordId: string,
    input: MutationInput,
    context: MutationContext,
    choice: ArtifactChoice | undefined,
    tags: readonly Tag[] | undefined,
    /** Where the request's idempotency token is kept (`tokenKey`). */
    key: string,
  ): StoredRecord {
    const { caller, now, settings, failure } = context;
    const complete = settings.recordCompleteAfterMs;
    const record: StoredRecord = {
      detail: {
        RecordId: recordId,
        ProvisionedProductName: product.Name,
        Status: "CREATED",
        CreatedTime: new Date(now),
        UpdatedTime: new Date(now),
        ProvisionedProductType: "CFN_STACK",
        RecordType: kind,
        ProvisionedProductId: product.Id,
        ProductId: choice?.product.Id ?? product.ProductId,
        ProvisioningArtifactId: choice?.artifact.Id ?? product.ProvisioningArtifactId,
        ...(choice?.pathId === undefined ? {} : { PathId: choice.pathId }),
        RecordErrors: [],
        RecordTags: (tags ?? product.Tags ?? []).map((tag) => ({ Key: tag.Key, Value: tag.Value })),
      },
      kind,
      scope: { Arn: product.Arn, UserArn: caller.roleArn ?? caller.arn, UserArnSession: caller.arn },
      startAt: now + Math.min(settings.recordInProgressAfterMs, complete),
      endAt: now + complete,
      failure,
      ignoreErrors: input.IgnoreErrors === true,
      target: choice,
      tags,
      failedProvisioningLeaves: settings.failedProvisioningLeaves,
      request: requestKey(input),
      tokenKey: key,
      outputs: [],
      settled: false,
    };
    this.keepRoom();
    this.records.set(recordId, record);
    this.pending.add(record);
    this.tokens.set(key, record);
    this.settle(now);
    return record;
  }

  /** A new record's Id, with the product marked UNDER_CHANGE by it (an update or a termination begins). */
  private startChange(product: ProvisionedProduct): string {
    const recordId = newId("rec-");
    this.store.update(product.Id, {
      Status: "UNDER_CHANGE",
      LastRecordId: recordId,
      LastProvisioningRecordId: recordId,
    });
    return recordId;
  }

  /** Ends a record as planned and applies its end to the product. */
  private finish(record: StoredRecord): void {
    this.pending.delete(record);
    record.settled = true;
    const id = record.detail.ProvisionedProductId as string;
    const product = this.store.get(id);
    const failed =
      record.failure !== undefined && !(record.kind === "TERMINATE_PROVISIONED_PRODUCT" && record.ignoreErrors);
    record.detail.Status = failed ? "FAILED" : "SUCCEEDED";
    record.detail.UpdatedTime = new Date(record.endAt);
    if (failed && record.failure !== undefined) {
      const error: RecordError = { Code: record.failure.code, Description: record.failure.message };
      record.detail.RecordErrors = [error];
    }
    if (product === undefined) {
      // Removed by a test meanwhile: the record still ends.
      return;
    }
    const message = record.failure?.message;
    switch (record.kind) {
      case "PROVISION_PRODUCT":
        if (failed && record.failedProvisioningLeaves === "nothing") {
          this.store.remove(id);
          this.outputs.delete(id);
          return;
        }
        if (failed) {
          this.store.update(id, { Status: "ERROR", StatusMessage: message });
          return;
        }
        this.store.update(id, { Status: "AVAILABLE", LastSuccessfulProvisioningRecordId: record.detail.RecordId });
        this.artifactOutputs(id, record.target?.artifact);
        break;
      case "UPDATE_PROVISIONED_PRODUCT":
        if (failed) {
          // A failed update rolls back: the product keeps its artifact and is TAINTED.
          this.store.update(id, { Status: "TAINTED", StatusMessage: message });
          return;
        }
        this.store.update(id, {
          Status: "AVAILABLE",
          StatusMessage: undefined,
          LastSuccessfulProvisioningRecordId: record.detail.RecordId,
          ...(record.target === undefined
            ? {}
            : {
                ProductId: record.target.product.Id,
                ProductName: record.target.product.Name,
                ProvisioningArtifactId: record.target.artifact.Id,
                ProvisioningArtifactName: record.target.artifact.Name,
              }),
          ...(record.tags === undefined ? {} : { Tags: record.tags.length === 0 ? undefined : [...record.tags] }),
        });
        this.artifactOutputs(id, record.target?.artifact);
        break;
      case "TERMINATE_PROVISIONED_PRODUCT":
        if (failed) {
          this.store.update(id, { Status: "ERROR", StatusMessage: message });
          return;
        }
        this.store.remove(id);
        this.outputs.delete(id);
        this.givenOutputs.delete(id);
        return;
    }
    record.outputs = this.outputsOf(id);
  }

  private artifactOutputs(id: string, artifact: CatalogArtifact | undefined): void {
    if (!this.givenOutputs.has(id)) {
      this.outputs.set(id, artifact?.Outputs ?? []);
    }
  }

  /** The product, artifact and launch path a request names, each by Id or name; an update defaults to the current. */
  private chooseArtifact(input: MutationInput, current: ProvisionedProduct | undefined): ArtifactChoice {
    const productId = input.ProductId as string | undefined;
    const productName = input.ProductName as string | undefined;
    let product: CatalogProduct | undefined;
    if (productId !== undefined) {
      product = this.catalog.get(productId);
    } else if (productName !== undefined) {
      product = this.catalog.byName(productName);
    } else if (current?.ProductId !== undefined) {
      product = this.catalog.get(current.ProductId);
    } else {
      throw errors.invalidParameters("Either ProductId or ProductName must be given");
    }
    if (product === undefined) {
      throw errors.resourceNotFound(`Product ${productId ?? productName ?? current?.ProductId} not found`);
    }
    const artifactId = input.ProvisioningArtifactId as string | undefined;
    const artifactName = input.ProvisioningArtifactName as string | undefined;
    const wanted = artifactId ?? artifactName ?? (current === undefined ? undefined : current.ProvisioningArtifactId);
    if (wanted === undefined) {
      throw errors.invalidParameters("Either ProvisioningArtifactId or ProvisioningArtifactName must be given");
    }
    const artifact = product.ProvisioningArtifacts.find((candidate) =>
      artifactId !== undefined || artifactName === undefined ? candidate.Id === wanted : candidate.Name === wanted,
    );
    if (artifact === undefined) {
      throw errors.resourceNotFound(`Provisioning artifact ${wanted} not found for product ${product.Id}`);
    }
    const paths = product.LaunchPaths ?? [];
    const pathId = input.PathId as string | undefined;
    const pathName = input.PathName as string | undefined;
    let path = paths.find((candidate) =>
      pathId !== undefined ? candidate.Id === pathId : candidate.Name === pathName,
    );
    if (pathId === undefined && pathName === undefined) {
      if (paths.length > 1 && current === undefined) {
        throw errors.invalidParameters(`Product ${product.Id} has several launch paths; give PathId or PathName`);
      }
      path = paths[0];
    }
    if (path === undefined) {
      throw errors.resourceNotFound(`No launch paths found for resource: ${product.Id}`);
    }
    return { product, artifact, pathId: path.Id };
  }

  /** The provisioned product a request names by Id or by name (or ARN), in the caller's account. */
  private target(id: unknown, name: unknown, caller: Caller, what: string): ProvisionedProduct {
    if (id !== undefined && name !== undefined) {
      throw errors.invalidParameters(`Give the provisioned product's Id or its name to ${what} it, not both`);
    }
    if (id === undefined && name === undefined) {
      throw errors.invalidParameters(`Give the provisioned product's Id or its name to ${what} it`);
    }
    const found =
      typeof id === "string"
        ? this.store.get(id)
        : typeof name === "string"
          ? this.findByName(name, caller.accountId)
          : undefined;
    if (found === undefined || !inAccount(found.Arn, caller.accountId)) {
      throw errors.resourceNotFound(`Provisioned product ${String(id ?? name)} not found`);
    }
    return found;
  }

  private refuseWhileUnderChange(product: ProvisionedProduct, settings: FakeSettings): void {
    if (product.Status !== "UNDER_CHANGE") {
      return;
    }
    const message = `Provisioned product ${product.Id} is UNDER_CHANGE; wait until its last request has ended`;
    throw (
      settings.mutationWhileUnderChange === "InvalidStateException"
        ? errors.invalidState(message)
        : errors.invalidParameters(message)
    ) as FakeServiceError;
  }

  /** A product of the account by name, or by its ARN (which UpdateProvisionedProduct and Terminate accept). */
  private findByName(name: string, accountId: string): ProvisionedProduct | undefined {
    for (const product of this.store.values()) {
      if ((product.Name === name || product.Arn === name) && inAccount(product.Arn, accountId)) {
        return this.store.get(product.Id);
      }
    }
    return undefined;
  }

  /** At `maxRecords`, the oldest ended record (and its token) is forgotten to make room. */
  private keepRoom(): void {
    if (this.records.size < this.maxRecords) {
      return;
    }
    for (const [id, record] of this.records) {
      if (record.settled) {
        this.records.delete(id);
        if (this.tokens.get(record.tokenKey) === record) {
          this.tokens.delete(record.tokenKey);
        }
        return;
      }
    }
  }
}

function tokenKey(operation: string, caller: Caller, token: string): string {
  return `${operation}\n${caller.accountId}\n${token}`;
}

/** The request without its language, keys sorted at every level: what a repeated token is compared on. */
function requestKey(input: MutationInput): string {
  const { AcceptLanguage: _language, ...rest } = input;
  return JSON.stringify(rest, sortedKeys);
}

function view(record: StoredRecord): RecordView {
  return structuredClone(record.detail);
}

/** A new identifier of the fake's own. */
function newId(prefix: string): string {
  return serviceId(prefix, cryptoRandom);
}
