import { formatValidationMessage, type OperationName, serviceTables, validateDocument } from "@svccat/model";
import type { QueryEngine } from "../query/query-engine.js";
import type { ListInput } from "../query/query-plan.js";
import type { CallLog, RecordedCall } from "../state/call-log.js";
import type { FaultInjector } from "../state/faults.js";
import { accessKeyOf, type Caller } from "../state/principals.js";
import { drawSettings, type FakeSettings } from "../state/settings.js";
import { parseBody, withoutNulls } from "./request-body.js";
import { pageSizeMax, paging, queryOf } from "./tables.js";
import { DROPPED, errorAnswer, errors, FakeServiceError, type WireAnswer } from "./wire-errors.js";

/** The fake's answer path one step before the Fetch `Response`. @internal */
export type AnswerWire = (request: Request, options?: DispatchOptions) => Promise<WireAnswer>;

/** A check of a request's signature, run before anything else; answers the error to send, if any. @public */
export type RequestAuthenticator = (request: Request, body: Uint8Array) => Promise<FakeServiceError | undefined>;

/** @public */
export interface DispatchOptions {
  authenticate?: RequestAuthenticator;
  /** The request's body, when the transport has read it already (the HTTP server): the request's own is not read. */
  body?: Uint8Array;
}

/** What `dispatch` works with: the fake's state, read through functions where it can change. @internal */
export interface DispatchContext {
  readonly engine: QueryEngine;
  readonly faults: FaultInjector;
  readonly calls: CallLog;
  readonly settings: () => FakeSettings;
  readonly callerOf: (accessKeyId: string | undefined) => Caller;
  readonly now: () => number;
  /** The region the fake says it is in, for ARNs in its messages. */
  readonly region: string;
}

const TARGET_PREFIX = `${serviceTables.service.name}.`;

/**
 * The one request path of the fake, whatever carries the request (msw, the HTTP server, a test): a Fetch `Request`
 * in, a wire answer out, every failure an AWS-shaped error. @internal
 */
export function createDispatch(context: DispatchContext): AnswerWire {
  let callCount = 0;
  return async function answerWire(request: Request, options: DispatchOptions = {}): Promise<WireAnswer> {
    const requestId = crypto.randomUUID();
    const base = context.settings();
    // In vary mode each call draws its own answers to the open questions; a listing's draw replaces it below.
    const settings = { base, current: base.vary === "off" ? base : drawSettings(base, `call ${++callCount}`) };
    if (!isRequest(request)) {
      // JavaScript callers can pass anything; the contract (never throws, always an AWS-shaped answer) holds.
      return errorAnswer(errors.serialization("dispatch needs a Fetch Request"), requestId, settings.current);
    }
    const target = request.headers.get("x-amz-target");
    const operation = target?.startsWith(TARGET_PREFIX) ? operationOf(target.slice(TARGET_PREFIX.length)) : undefined;
    const accessKeyId = accessKeyOf(request.headers.get("authorization"));
    const call: RecordedCall = {
      requestId,
      operation,
      accessKeyId,
      callerArn: undefined,
      input: undefined,
      inputBytes: 0,
      status: 200,
      errorCode: undefined,
      fault: undefined,
      page: undefined,
      at: new Date(context.now()),
    };
    try {
      const response = await answer(context, request, operation, target, accessKeyId, call, options, settings);
      call.status = response.status;
      if (response.dropped !== true && !Object.hasOwn(response.headers, "x-amzn-requestid")) {
        response.headers["x-amzn-requestid"] = requestId;
      }
      return response;
    } catch (error) {
      const failure =
        error instanceof FakeServiceError
          ? error
          : // A bug in the fake: still an AWS-shaped answer, never an exception out of dispatch.
            new FakeServiceError("InternalFailure", `svccat fake: ${(error as Error)?.message ?? String(error)}`, 500);
      call.status = failure.status;
      call.errorCode = failure.code;
      return errorAnswer(failure, requestId, settings.current);
    } finally {
      context.calls.record(call);
    }
  };
}

async function answer(
  context: DispatchContext,
  request: Request,
  operation: OperationName | undefined,
  target: string | null,
  accessKeyId: string | undefined,
  call: RecordedCall,
  options: DispatchOptions,
  settings: { readonly base: FakeSettings; current: FakeSettings },
): Promise<WireAnswer> {
  const body = options.body ?? new Uint8Array(await request.arrayBuffer());
  if (options.authenticate !== undefined) {
    const denied = await options.authenticate(request, body);
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
  call.inputBytes = body.byteLength;
  const document = parseBody(body);
  call.input = document;
  if (settings.base.vary === "per-listing") {
    settings.current = drawSettings(settings.base, listingKey(operation, document));
  }
  const caller = context.callerOf(accessKeyId);
  call.callerArn = caller.arn;

  const fault = context.faults.take(operation);
  if (fault !== undefined) {
    call.fault = fault.kind;
    switch (fault.kind) {
      case "throttle":
        throw errors.throttling();
      case "throttle-validation":
        throw errors.throttlingAsValidation();
      case "access-denied":
        throw errors.accessDenied(
          caller.arn,
          operation,
          `arn:${caller.partition}:servicecatalog:${context.region}:${caller.accountId}:*/*`,
        );
      case "internal":
        throw errors.internalFailure();
      case "unavailable":
        throw errors.serviceUnavailable();
      case "drop":
        return DROPPED;
      case "latency":
        await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    }
  }

  const table = serviceTables.operations[operation];
  const adjusted = beforeValidation(operation, document, settings.base);
  const validation = validateDocument(serviceTables, table.input, adjusted);
  if (!validation.ok) {
    throw validation.kind === "SerializationException"
      ? errors.serialization(validation.issue.message)
      : errors.validation(formatValidationMessage(validation.violations));
  }
  const input = withoutNulls(adjusted) as ListInput;
  const result = await context.engine.list(
    operation,
    input,
    caller,
    Math.floor(context.now() / 1000),
    settings.current,
  );
  call.page = { items: result.itemsJson.length, total: result.total, more: result.nextToken !== undefined };
  return listResponse(operation, result, settings.current);
}

/** The body is put together from each item's JSON, which the engine keeps per stored product. */
function listResponse(
  operation: OperationName,
  result: { itemsJson: string[]; total: number; nextToken: string | undefined },
  settings: FakeSettings,
): WireAnswer {
  const paged = paging(operation);
  const totalMember = queryOf(operation)?.totalCount;
  let json = `{${JSON.stringify(paged.items)}:[${result.itemsJson.join(",")}]`;
  if (totalMember !== undefined) {
    json += `,${JSON.stringify(totalMember)}:${result.total}`;
  }
  if (result.nextToken !== undefined) {
    json += `,${JSON.stringify(paged.outputToken)}:${JSON.stringify(result.nextToken)}`;
  } else if (settings.lastPageToken[operation] !== "absent") {
    json += `,${JSON.stringify(paged.outputToken)}:${settings.lastPageToken[operation] === "null" ? "null" : '""'}`;
  }
  return { status: 200, headers: { "content-type": serviceTables.service.contentType }, body: `${json}}` };
}

/**
 * Where the settings make the fake answer differently from the model's constraints, the document is changed (on
 * a copy) before validation: an over-maximum page size clamped, a foreign `Filters` key ignored or refused with
 * another error than the model's.
 */
function beforeValidation(operation: OperationName, document: unknown, settings: FakeSettings): unknown {
  if (typeof document !== "object" || document === null || Array.isArray(document)) {
    return document;
  }
  const fields = document as Record<string, unknown>;
  const sizeMember = paging(operation).pageSize;
  const size = Object.hasOwn(fields, sizeMember) ? fields[sizeMember] : undefined;
  const max = pageSizeMax(operation);
  let out = fields;
  if (settings.pageSizeOverMaximum[operation] === "clamped" && typeof size === "number" && size > max) {
    out = { ...out, [sizeMember]: max };
  }
  const query = queryOf(operation);
  const filters = query !== undefined && Object.hasOwn(fields, "Filters") ? fields.Filters : undefined;
  if (query !== undefined && typeof filters === "object" && filters !== null && !Array.isArray(filters)) {
    const foreign = Object.keys(filters).filter((key) => key !== query.filterKey);
    // ValidationException is the model's own answer (the key's enum), which the validator gives below.
    if (foreign.length > 0 && settings.unknownFilterKey === "InvalidParametersException") {
      throw errors.invalidParameters(
        `Filters key '${foreign[0]}' is not supported; the only supported key is ${query.filterKey}`,
      );
    }
    if (foreign.length > 0 && settings.unknownFilterKey === "ignore") {
      const kept = Object.create(null) as Record<string, unknown>;
      if (Object.hasOwn(filters, query.filterKey)) {
        kept[query.filterKey] = (filters as Record<string, unknown>)[query.filterKey];
      }
      out = { ...out, Filters: kept };
    }
  }
  return out;
}

/**
 * A listing is an operation and its input apart from the page token: its pages share one draw in vary mode. Keys
 * are sorted, so that clients that write members in another order draw the same.
 */
function listingKey(operation: OperationName, document: unknown): string {
  if (typeof document !== "object" || document === null || Array.isArray(document)) {
    return `${operation} ${JSON.stringify(document)}`;
  }
  const { [paging(operation).inputToken]: _token, ...rest } = document as Record<string, unknown>;
  return `${operation} ${JSON.stringify(rest, sortedKeys)}`;
}

function sortedKeys(_key: string, value: unknown): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return value;
  }
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function isRequest(value: unknown): value is Request {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as Request).headers?.get === "function" &&
    typeof (value as Request).arrayBuffer === "function" &&
    typeof (value as Request).method === "string"
  );
}

function operationOf(name: string): OperationName | undefined {
  return Object.hasOwn(serviceTables.operations, name) ? (name as OperationName) : undefined;
}
