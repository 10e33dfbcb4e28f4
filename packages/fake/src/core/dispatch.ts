import {
  formatValidationMessage,
  type OperationName,
  operationTable,
  serviceTables,
  validateDocument,
} from "@svccat/model";
import type { RecordedCall } from "../state/call-log.js";
import { faultOutcome } from "../state/faults.js";
import { accessKeyOf } from "../state/principals.js";
import { drawSettings, type FakeSettings } from "../state/settings.js";
import type { FakeState } from "./operation-call.js";
import { handlerOf } from "./operation-handlers.js";
import { mediaTypeOf, parseBody, sortedKeys, withoutNulls } from "./request-body.js";
import { isPaging, pageSizeMax, queryOf } from "./tables.js";
import { DROPPED, errorAnswer, errors, FakeServiceError, type WireAnswer } from "./wire-errors.js";

/**
 * The fake's one request path: a Fetch `Request` in, the answer as it goes on the wire out. Every transport (msw,
 * the HTTP server, `FakeHttpHandler`) answers through it, so a wrapper of a fake overrides this one function.
 * @public
 */
export type AnswerWire = (request: Request, options?: DispatchOptions) => Promise<WireAnswer>;

/** A check of a request's signature, run before anything else; answers the error to send, if any. @public */
export type RequestAuthenticator = (request: Request, body: Uint8Array) => Promise<FakeServiceError | undefined>;

/** @public */
export interface DispatchOptions {
  authenticate?: RequestAuthenticator;
  /** The request's body, when the transport has read it already (the HTTP server): the request's own is not read. */
  body?: Uint8Array;
}

/** One request as the fake received it, with what it knows of it before reading the body. */
interface ReceivedRequest {
  readonly requestId: string;
  readonly request: Request;
  readonly options: DispatchOptions;
  readonly target: string | null;
  readonly operation: OperationName | undefined;
  readonly accessKeyId: string | undefined;
  /** The settings in force when it arrived. */
  readonly settings: FakeSettings;
  /** In vary mode, this call's own draw of the open questions; else `settings`. */
  readonly drawn: FakeSettings;
  readonly at: Date;
}

/** What answering a request made: the answer, and the record of the call for the call log. */
interface Answered {
  readonly answer: WireAnswer;
  readonly call: RecordedCall;
}

const TARGET_PREFIX = `${serviceTables.service.name}.`;

/** Makes the fake's request path over its state. @internal */
export function createWireAnswerer(state: FakeState): AnswerWire {
  let callCount = 0;
  return async function answerWire(request: Request, options: DispatchOptions = {}): Promise<WireAnswer> {
    const requestId = crypto.randomUUID();
    const settings = state.settings();
    const drawn = settings.vary === "off" ? settings : drawSettings(settings, `call ${++callCount}`);
    if (!isRequest(request)) {
      // JavaScript callers can pass anything; the contract (never throws, always an AWS-shaped answer) holds.
      return errorAnswer(errors.serialization("dispatch needs a Fetch Request"), requestId, drawn);
    }
    const target = request.headers.get("x-amz-target");
    const received: ReceivedRequest = {
      requestId,
      request,
      options,
      target,
      operation: target?.startsWith(TARGET_PREFIX) ? operationOf(target.slice(TARGET_PREFIX.length)) : undefined,
      accessKeyId: accessKeyOf(request.headers.get("authorization")),
      settings,
      drawn,
      at: new Date(state.now()),
    };
    const { answer, call } = await answerRequest(state, received);
    state.calls.record(call);
    return answer;
  };
}

/** What is known of a call as its answer is made; each step adds what it learns. */
type CallProgress = Omit<RecordedCall, "status" | "errorCode">;

/**
 * Answers one request, whatever it holds: every failure becomes an AWS-shaped error answer (a fault of the fake's
 * own a 500 `InternalFailure`), and the call record says what was asked and answered.
 */
async function answerRequest(state: FakeState, received: ReceivedRequest): Promise<Answered> {
  const progress: CallProgress = {
    requestId: received.requestId,
    operation: received.operation,
    accessKeyId: received.accessKeyId,
    callerArn: undefined,
    input: undefined,
    inputBytes: 0,
    fault: undefined,
    page: undefined,
    at: received.at,
  };
  let settings = received.drawn;
  try {
    const { operation, body } = await readOperation(received);
    // The body's size is kept even when it is no JSON.
    progress.inputBytes = body.byteLength;
    const document = parseBody(body);
    progress.input = document;
    if (received.settings.vary === "per-listing") {
      settings = drawSettings(received.settings, listingKey(operation, document));
    }
    const caller = state.callerOf(received.accessKeyId);
    progress.callerArn = caller.arn;
    const fault = state.faults.take(operation);
    if (fault !== undefined) {
      progress.fault = fault.kind;
      const outcome = await faultOutcome(fault, { caller, operation, region: state.region });
      if (outcome === "dropped") {
        return { answer: DROPPED, call: { ...progress, status: 0, errorCode: undefined } };
      }
    }
    const input = validatedInput(operation, document, received.settings);
    const handler = handlerOf(operation);
    if (handler === undefined) {
      throw errors.noHandler(operation);
    }
    // Records whose time has come end before anything reads or changes the products.
    const now = received.at.getTime();
    state.lifecycle.settle(now);
    const recordFailure = fault?.recordFailure;
    const answered = await handler({ operation, input, caller, now, settings, state, recordFailure });
    progress.page = answered.page;
    const answer = answered.answer;
    answer.headers["x-amzn-requestid"] = received.requestId;
    return { answer, call: { ...progress, status: answer.status, errorCode: undefined } };
  } catch (error) {
    const failure =
      error instanceof FakeServiceError
        ? error
        : // A bug in the fake: still an AWS-shaped answer, never an exception out of dispatch.
          new FakeServiceError("InternalFailure", `svccat fake: ${(error as Error)?.message ?? String(error)}`, 500);
    return {
      answer: errorAnswer(failure, received.requestId, settings),
      call: { ...progress, status: failure.status, errorCode: failure.code },
    };
  }
}

/**
 * The operation and the body that asks it: the signature checked first (when the transport checks signatures),
 * then the method, target and content type awsJson1_1 requires.
 */
async function readOperation(received: ReceivedRequest): Promise<{ operation: OperationName; body: Uint8Array }> {
  const { request, options, operation, target } = received;
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
  if (mediaTypeOf(request.headers.get("content-type")) !== serviceTables.service.contentType) {
    throw errors.unknownOperation(target);
  }
  return { operation, body };
}

/** The input as the operation takes it: the settings' changes applied, then checked against the model. */
function validatedInput(operation: OperationName, document: unknown, settings: FakeSettings): Record<string, unknown> {
  const table = serviceTables.operations[operation];
  const adjusted = beforeValidation(operation, document, settings);
  const validation = validateDocument(serviceTables, table.input, adjusted);
  if (!validation.ok) {
    throw validation.kind === "SerializationException"
      ? errors.serialization(validation.issue.message)
      : errors.validation(formatValidationMessage(validation.violations));
  }
  return withoutNulls(adjusted) as Record<string, unknown>;
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
  let out = fields;
  if (isPaging(operation)) {
    const sizeMember = operationTable(serviceTables, operation).paginated?.pageSize ?? "";
    const size = Object.hasOwn(fields, sizeMember) ? fields[sizeMember] : undefined;
    const max = pageSizeMax(operation);
    if (settings.pageSizeOverMaximum[operation] === "clamped" && typeof size === "number" && size > max) {
      out = { ...out, [sizeMember]: max };
    }
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
  const token = operationTable(serviceTables, operation).paginated?.inputToken;
  const { [token ?? ""]: _token, ...rest } = document as Record<string, unknown>;
  return `${operation} ${JSON.stringify(rest, sortedKeys)}`;
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
