import { formatValidationMessage, type OperationName, serviceTables, validateDocument } from "@svccat/model";
import { http, type RequestHandler } from "msw";
import { CallLog, type RecordedCall } from "./call-log.js";
import { FaultInjector } from "./faults.js";
import { PageTokenCodec } from "./page-token.js";
import { accessKeyOf, type Caller, callerOf, defaultPrincipal, type Principal } from "./principals.js";
import { type ListInput, QueryEngine } from "./query-engine.js";
import { type FakeSettings, type FakeSettingsInput, resolveSettings } from "./settings.js";
import { type ProvisionedProduct, ProvisionedProductStore } from "./store.js";
import { paging, structure } from "./tables.js";
import { errors, FakeServiceError, renderError } from "./wire-errors.js";

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
  /** More base URLs for the msw handlers to answer on, e.g. `http://localhost:4566`. */
  endpoints?: readonly string[];
  /** The clock, for token ages. Default `Date.now`. */
  now?: () => number;
}

/** A check of a request's signature, run before anything else; answers the error to send, if any. @public */
export type RequestAuthenticator = (request: Request, body: Uint8Array) => Promise<FakeServiceError | undefined>;

/** @public */
export interface DispatchOptions {
  authenticate?: RequestAuthenticator;
}

/** @public */
export interface ServiceCatalogFake {
  /** msw request handlers for `servicecatalog.<region>.amazonaws.com` (and `endpoints`). */
  readonly handlers: RequestHandler[];
  /** The one core path: a Fetch `Request` in, a Fetch `Response` out. Never throws. */
  dispatch(request: Request, options?: DispatchOptions): Promise<Response>;
  readonly store: ProvisionedProductStore;
  readonly faults: FaultInjector;
  readonly calls: CallLog;
  /** The principals by access key. */
  readonly principals: ReadonlyMap<string, Principal>;
  readonly accountId: string;
  readonly region: string;
  /** The settings in force; `configure` changes them. */
  readonly settings: FakeSettings;
  configure(settings: FakeSettingsInput): void;
}

const TARGET_PREFIX = `${serviceTables.service.name}.`;
const TOTAL_MEMBER = "TotalResultsCount";

/**
 * Creates a fake Service Catalog with its own store, settings, faults and call log.
 *
 * @example
 * ```ts
 * const fake = createServiceCatalogFake({ provisionedProducts: generateProvisionedProducts(250, { seed: 1 }) });
 * const server = setupServer(...fake.handlers);
 * server.listen();
 * ```
 * @public
 */
export function createServiceCatalogFake(options: ServiceCatalogFakeOptions = {}): ServiceCatalogFake {
  const accountId = options.accountId ?? "123456789012";
  const region = options.region ?? "us-east-1";
  const principalList = options.principals?.length ? options.principals : [defaultPrincipal(accountId)];
  const callers = new Map<string, Caller>();
  const principals = new Map<string, Principal>();
  for (const principal of principalList) {
    callers.set(principal.accessKeyId, callerOf(principal));
    principals.set(principal.accessKeyId, principal);
  }
  const fallbackCaller = callers.get((principalList[0] as Principal).accessKeyId) as Caller;
  let settings = resolveSettings(options.settings);
  const now = options.now ?? Date.now;
  const store = new ProvisionedProductStore(options.provisionedProducts ?? []);
  const faults = new FaultInjector();
  const calls = new CallLog();
  const engine = new QueryEngine(store, new PageTokenCodec(), () => settings);

  async function dispatch(request: Request, dispatchOptions: DispatchOptions = {}): Promise<Response> {
    const requestId = crypto.randomUUID();
    const target = request.headers.get("x-amz-target");
    const operation = target?.startsWith(TARGET_PREFIX) ? operationOf(target.slice(TARGET_PREFIX.length)) : undefined;
    const accessKeyId = accessKeyOf(request.headers.get("authorization"));
    const call: RecordedCall = {
      requestId,
      operation,
      accessKeyId,
      callerArn: undefined,
      input: undefined,
      status: 200,
      errorCode: undefined,
      fault: undefined,
      page: undefined,
      at: new Date(now()),
    };
    try {
      const response = await answer(request, operation, target, accessKeyId, call, dispatchOptions);
      call.status = response.status;
      return withRequestId(response, requestId);
    } catch (error) {
      const failure =
        error instanceof FakeServiceError
          ? error
          : // A bug in the fake: still an AWS-shaped answer, never an exception out of dispatch.
            new FakeServiceError("InternalFailure", `svccat fake: ${(error as Error)?.message ?? String(error)}`, 500);
      call.status = failure.status;
      call.errorCode = failure.code;
      return renderError(failure, requestId, settings);
    } finally {
      calls.record(call);
    }
  }

  async function answer(
    request: Request,
    operation: OperationName | undefined,
    target: string | null,
    accessKeyId: string | undefined,
    call: RecordedCall,
    dispatchOptions: DispatchOptions,
  ): Promise<Response> {
    const body = new Uint8Array(await request.arrayBuffer());
    if (dispatchOptions.authenticate !== undefined) {
      const denied = await dispatchOptions.authenticate(request, body);
      if (denied !== undefined) {
        throw denied;
      }
    }
    if (request.method !== "POST" || operation === undefined) {
      throw errors.unknownOperation(target);
    }
    const contentType = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
    if (contentType !== serviceTables.service.contentType) {
      throw errors.unknownOperation(target);
    }
    const document = parseBody(body);
    call.input = document;
    const caller = (accessKeyId === undefined ? undefined : callers.get(accessKeyId)) ?? fallbackCaller;
    call.callerArn = caller.arn;

    const fault = faults.take(operation);
    if (fault !== undefined) {
      call.fault = fault.kind;
      switch (fault.kind) {
        case "throttle":
          throw errors.throttling();
        case "internal":
          throw errors.internalFailure();
        case "unavailable":
          throw errors.serviceUnavailable();
        case "drop":
          return Response.error();
        case "latency":
          await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
      }
    }

    const table = serviceTables.operations[operation];
    const validation = validateDocument(serviceTables, table.input, document);
    if (!validation.ok) {
      throw validation.kind === "SerializationException"
        ? errors.serialization(validation.issue.message)
        : errors.validation(formatValidationMessage(validation.violations));
    }
    // JSON null is an absent member to an AWS JSON service; the engine sees only members that are there.
    const input = withoutNulls(document) as ListInput;
    const result = await engine.list(operation, input, caller, Math.floor(now() / 1000));
    call.page = { items: result.itemsJson.length, total: result.total, more: result.nextToken !== undefined };
    const paged = paging(operation);
    // The body is put together from each item's JSON, which the engine keeps per stored product.
    let json = `{${JSON.stringify(paged.items)}:[${result.itemsJson.join(",")}]`;
    if (structure(table.output).members[TOTAL_MEMBER] !== undefined) {
      json += `,${JSON.stringify(TOTAL_MEMBER)}:${result.total}`;
    }
    if (result.nextToken !== undefined) {
      json += `,${JSON.stringify(paged.outputToken)}:${JSON.stringify(result.nextToken)}`;
    } else if (settings.lastPageToken !== "absent") {
      json += `,${JSON.stringify(paged.outputToken)}:${settings.lastPageToken === "null" ? "null" : '""'}`;
    }
    return new Response(`${json}}`, {
      status: 200,
      headers: { "content-type": serviceTables.service.contentType },
    });
  }

  const handler = ({ request }: { request: Request }) => dispatch(request);
  const handlers: RequestHandler[] = [http.post(AWS_ENDPOINT, handler)];
  for (const endpoint of options.endpoints ?? []) {
    handlers.push(http.post(new URL(endpoint).href, handler));
  }

  return {
    handlers,
    dispatch,
    store,
    faults,
    calls,
    principals,
    accountId,
    region,
    get settings() {
      return settings;
    },
    configure(input: FakeSettingsInput) {
      settings = resolveSettings(input, settings);
    },
  };
}

/** Service Catalog's endpoints in every partition, FIPS and dual-stack included. */
const AWS_ENDPOINT =
  /^https:\/\/servicecatalog(-fips)?\.[a-z0-9-]+\.(amazonaws\.com|amazonaws\.com\.cn|api\.aws|api\.amazonwebservices\.com\.cn|c2s\.ic\.gov|sc2s\.sgov\.gov)\/$/;

function operationOf(name: string): OperationName | undefined {
  return Object.hasOwn(serviceTables.operations, name) ? (name as OperationName) : undefined;
}

function parseBody(body: Uint8Array): unknown {
  const text = new TextDecoder("utf-8", { fatal: false }).decode(body);
  if (text.trim() === "") {
    return {};
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    throw errors.serialization("Request body is not valid JSON");
  }
  if (typeof document !== "object" || document === null || Array.isArray(document)) {
    throw errors.serialization("Request body must be a JSON object");
  }
  return document;
}

function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(withoutNulls);
  }
  if (typeof value === "object" && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, member] of Object.entries(value)) {
      if (member !== null) {
        out[key] = withoutNulls(member);
      }
    }
    return out;
  }
  return value;
}

function withRequestId(response: Response, requestId: string): Response {
  if (response.type !== "error" && !response.headers.has("x-amzn-requestid")) {
    response.headers.set("x-amzn-requestid", requestId);
  }
  return response;
}
