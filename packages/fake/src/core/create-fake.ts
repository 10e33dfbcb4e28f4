import { PageTokenCodec } from "../query/page-token.js";
import { keptMatches, QueryEngine } from "../query/query-engine.js";
import { CallLog } from "../state/call-log.js";
import { type CatalogProduct, ProductCatalog } from "../state/catalog.js";
import { DEFAULT_ACCOUNT_ID, DEFAULT_REGION } from "../state/default-account.js";
import { FakeClock } from "../state/fake-clock.js";
import { FaultInjector } from "../state/faults.js";
import { Lifecycle, type RecordView } from "../state/lifecycle.js";
import { type Caller, callerOf, defaultPrincipal, type Principal } from "../state/principals.js";
import { type FakeSettings, type FakeSettingsInput, resolveSettings } from "../state/settings.js";
import { type ProvisionedProduct, ProvisionedProductStore } from "../state/store.js";
import { type AnswerWire, createWireAnswerer, type DispatchOptions } from "./dispatch.js";
import { pageTokenMaxLength } from "./tables.js";
import { toResponse } from "./wire-errors.js";

/** @public */
export interface ServiceCatalogFakeOptions {
  /** The products the fake starts with. */
  provisionedProducts?: readonly ProvisionedProduct[];
  /** The account of the default principal. Default `123456789012`. */
  accountId?: string;
  /** The region the fake says it is in (the server's printed environment). Default `us-east-1`. */
  region?: string;
  /** Access keys and who they are. The first is the default caller for requests with an unknown or no key. */
  principals?: readonly Principal[];
  /** How the fake answers where AWS's behaviour is unknown. */
  settings?: FakeSettingsInput | FakeSettings;
  /**
   * More base URLs for the msw handlers to answer on, beside every Service Catalog endpoint of every AWS
   * partition, e.g. `http://localhost:4566` for code that sets a custom endpoint. Not used by the HTTP server.
   */
  endpoints?: readonly string[];
  /**
   * The source of the fake's clock (`fake.clock`, which tests move on): what token ages and the service's other
   * times read. Default `Date.now`.
   */
  now?: () => number;
  /** The most provisioned products the store holds; a write beyond it is refused whole. Default 200,000. */
  maxProducts?: number;
  /** The products callers may launch (ProvisionProduct, DescribeProduct, ListLaunchPaths). Default none. */
  catalog?: readonly CatalogProduct[];
  /** The most records of requests the fake keeps; the oldest ended one is forgotten first. Default 100,000. */
  maxRecords?: number;
}

/**
 * The records of provision, update and terminate requests, and what a test sets of a provisioned product's life.
 * @public
 */
export interface FakeLifecycle {
  /** Every record, newest first, as DescribeRecord answers it. */
  records(): RecordView[];
  /** Gives a provisioned product the outputs GetProvisionedProductOutputs answers (kept through updates). */
  setOutputs(
    provisionedProductId: string,
    outputs: readonly { OutputKey: string; OutputValue: string; Description?: string }[],
  ): void;
  /** Ends every record whose time has come on the fake's clock (every request and clock move does this itself). */
  settle(): void;
  /** Forgets every record, idempotency token and output (the store and catalog are reset apart). */
  reset(): void;
}

/**
 * A fake with no transport: state, settings and the one request path. The msw handlers and the HTTP server are
 * adapters around it; neither this nor anything it imports loads msw. @public
 */
export interface ServiceCatalogFakeCore {
  /**
   * The one request path: a Fetch `Request` in, the answer as it goes on the wire out (status, headers, body text;
   * `dropped` for an injected dropped connection). Never throws and never rejects: whatever it is given, it answers
   * an AWS-shaped error; a fault of the fake itself is a 500 `InternalFailure`, everything the caller sent wrong a
   * 4xx. Every transport (msw, the HTTP server, `FakeHttpHandler`) answers through it, so a wrapper of a fake
   * overrides this one function. A transport that has read the body already passes it as `options.body` and
   * leaves the request's own unread.
   */
  answerWire: AnswerWire;
  /** `answerWire`'s answer as a Fetch `Response` (a dropped connection is `Response.error()`), for Fetch code. */
  dispatch(request: Request, options?: DispatchOptions): Promise<Response>;
  readonly store: ProvisionedProductStore;
  /** The products callers may launch, with their artifacts and launch paths. */
  readonly catalog: ProductCatalog;
  /** Records of requests, and outputs of provisioned products. */
  readonly lifecycle: FakeLifecycle;
  readonly faults: FaultInjector;
  /** The fake's time, which a test moves on (`advance`, `stepOnRead`) instead of sleeping. */
  readonly clock: FakeClock;
  readonly calls: CallLog;
  /** The principals by access key. */
  readonly principals: ReadonlyMap<string, Principal>;
  /** Adds (or replaces) a principal; throws naming it when its ARN is neither an IAM user nor a role session. */
  addPrincipal(principal: Principal): void;
  /** Replaces every principal with these (the fake's starting ones by default), checked whole first. */
  resetPrincipals(principals?: readonly Principal[]): void;
  readonly accountId: string;
  readonly region: string;
  /** The settings in force; `configure` changes them. */
  readonly settings: FakeSettings;
  configure(settings: FakeSettingsInput): void;
}

/** Creates a fake's state and request path, with no transport. @public */
export function createServiceCatalogFakeCore(options: ServiceCatalogFakeOptions = {}): ServiceCatalogFakeCore {
  const accountId = options.accountId ?? DEFAULT_ACCOUNT_ID;
  const region = options.region ?? DEFAULT_REGION;
  const startingPrincipals = (options.principals?.length ? options.principals : [defaultPrincipal(accountId)]).map(
    (principal) => ({ ...principal }),
  );
  const callers = new Map<string, Caller>();
  const principals = new Map<string, Principal>();
  let fallbackCaller: Caller;
  const resetPrincipals = (list: readonly Principal[]) => {
    if (list.length === 0) {
      throw new Error("@svccat/fake: a fake needs at least one principal");
    }
    // Checked whole before anything changes.
    const checked = list.map((principal) => [{ ...principal }, callerOf(principal)] as const);
    callers.clear();
    principals.clear();
    for (const [principal, caller] of checked) {
      callers.set(principal.accessKeyId, caller);
      principals.set(principal.accessKeyId, principal);
    }
    fallbackCaller = (checked[0] as (typeof checked)[number])[1];
  };
  resetPrincipals(startingPrincipals);
  let settings = resolveSettings(options.settings);
  const clock = new FakeClock(options.now ?? Date.now);
  const now = () => clock.now();
  const store = new ProvisionedProductStore(
    options.provisionedProducts ?? [],
    options.maxProducts === undefined ? {} : { maxProducts: options.maxProducts },
  );
  const faults = new FaultInjector();
  const calls = new CallLog();
  const engine = new QueryEngine(new PageTokenCodec(pageTokenMaxLength()), keptMatches(store));
  const catalog = new ProductCatalog(options.catalog ?? []);
  const lifecycle = new Lifecycle(store, catalog, region, options.maxRecords);
  const settle = () => lifecycle.settle(clock.state().now);
  clock.watch(settle);
  const answerWire = createWireAnswerer({
    engine,
    lifecycle,
    catalog,
    faults,
    calls,
    settings: () => settings,
    callerOf: (accessKeyId) => (accessKeyId === undefined ? undefined : callers.get(accessKeyId)) ?? fallbackCaller,
    now,
    region,
  });

  const fake: ServiceCatalogFakeCore = {
    answerWire,
    dispatch: async (request, dispatchOptions) => toResponse(await answerWire(request, dispatchOptions)),
    store,
    catalog,
    lifecycle: {
      records: () => lifecycle.list(),
      setOutputs: (id, outputs) => lifecycle.setOutputs(id, outputs),
      settle,
      reset: () => lifecycle.reset(),
    },
    faults,
    clock,
    calls,
    principals,
    addPrincipal(principal: Principal) {
      callers.set(principal.accessKeyId, callerOf(principal));
      principals.set(principal.accessKeyId, { ...principal });
    },
    resetPrincipals(list = startingPrincipals) {
      resetPrincipals(list);
    },
    accountId,
    region,
    get settings() {
      return settings;
    },
    configure(input: FakeSettingsInput) {
      settings = resolveSettings(input, settings);
    },
  };
  return fake;
}
