import { HttpRequest, HttpResponse } from "@smithy/core/protocols";
import { toUtf8 } from "@smithy/core/serde";
import type {
  DeserializeHandler,
  DeserializeHandlerArguments,
  DeserializeHandlerOutput,
  HandlerExecutionContext,
  MetadataBearer,
  Pluggable,
  ResponseMetadata,
  SerializeHandler,
  SerializeHandlerArguments,
} from "@smithy/types";
import { modelledErrors } from "../__generated__/errors/index.gen.js";
import { wireTables } from "../__generated__/wire-tables.gen.js";
import { ServiceCatalogServiceException } from "../models/ServiceCatalogServiceException.js";
import type { ServiceCatalogClientResolvedConfig } from "../ServiceCatalogClient.js";
import { findHeader, loadErrorCode } from "./error-code.js";
import { ShapeSerde } from "./shape-serde.js";

const serde = new ShapeSerde(wireTables);
const CONTENT_TYPE = wireTables.service.contentType;

/** The operations of the spec, by name, as the generated commands refer to them. */
export type OperationName = keyof typeof wireTables.operations;

/**
 * A command's serializer, as smithy-typescript names them (`se_<Operation>Command`): its input as the HTTP request
 * awsJson1_1 sends. The config stands in for smithy's serde context: endpoint, validation, stream collector.
 * @internal
 */
export type RequestSerializer = (input: object, config: ServiceCatalogClientResolvedConfig) => Promise<HttpRequest>;

/**
 * A command's deserializer (`de_<Operation>Command`): the HTTP response as the operation's output, or the service's
 * error thrown. @internal
 */
export type ResponseDeserializer = (
  response: HttpResponse,
  config: ServiceCatalogClientResolvedConfig,
) => Promise<MetadataBearer>;

/** The awsJson1_1 serializer of one operation: `POST /` with its target header and the input as JSON. @internal */
export function awsJson11Serializer(operationName: OperationName): RequestSerializer {
  const operation = wireTables.operations[operationName];
  const writeInput = serde.writer(operation.input);
  const tokenMember: string | undefined = "idempotencyToken" in operation ? operation.idempotencyToken : undefined;
  return async (input, config) => {
    const document = writeInput(withIdempotencyToken(input, tokenMember));
    if (config.validateInput) {
      // Loaded on first use, so that a bundler splits validation off for clients that never turn it on.
      const { inputViolation } = await import("./input-validation.js");
      const violation = inputViolation(operation.input, document);
      if (violation !== undefined) {
        throw clientValidationError(violation.message, violation.name);
      }
    }
    const endpoint = await config.resolvedEndpoint();
    const body = JSON.stringify(document);
    return new HttpRequest({
      protocol: endpoint.protocol,
      hostname: endpoint.hostname,
      port: endpoint.port,
      path: endpoint.path,
      method: "POST",
      headers: {
        ...endpoint.headers,
        host: endpoint.host,
        "content-type": CONTENT_TYPE,
        "x-amz-target": operation.target,
        "content-length": String(byteLength(body)),
      },
      body,
    });
  };
}

/**
 * The input with its idempotency token filled with a fresh UUID when the caller left it out, as the AWS SDKs do:
 * a retry of the same command then carries the same token, so the service does the work once.
 */
function withIdempotencyToken(input: object, member: string | undefined): object {
  if (member === undefined) {
    return input;
  }
  const given = (input as Record<string, unknown>)[member];
  return given === undefined || given === null ? { ...input, [member]: crypto.randomUUID() } : input;
}

/**
 * The awsJson1_1 deserializer of one operation: a 2xx body read into its output (unknown members dropped, times as
 * `Date`s), anything else into the modelled error class or `ServiceCatalogServiceException`. @internal
 */
export function awsJson11Deserializer(operationName: OperationName): ResponseDeserializer {
  const readOutput = serde.reader(wireTables.operations[operationName].output);
  return async (response, config) => {
    const metadata = responseMetadata(response);
    const text = await collectBody(response, config);
    if (response.statusCode >= 300) {
      throw errorFromResponse(response, text, metadata);
    }
    let parsed: unknown = {};
    if (text.trim() !== "") {
      try {
        parsed = JSON.parse(text);
      } catch {
        throw unreadableResponse(response, text, metadata, "a success response whose body is not JSON");
      }
    }
    let output: MetadataBearer;
    try {
      output = readOutput(typeof parsed === "object" && parsed !== null ? parsed : {}) as MetadataBearer;
    } catch {
      // A member of the wrong JSON type (a list that is a string, a structure that is a number).
      throw unreadableResponse(
        response,
        text,
        metadata,
        `a success response that does not fit ${operationName}'s output`,
      );
    }
    output.$metadata = metadata;
    return output;
  };
}

/**
 * The protocol's two steps for one command, wired from its serializer and deserializer (the command's `.ser()` and
 * `.de()`), as smithy's serde plugin does; this one hands them the client's config, which resolves the endpoint
 * (the deprecated serde plugin needs an endpoint of its own form). @internal
 */
export function getAwsJson11Plugin(
  config: ServiceCatalogClientResolvedConfig,
  serialize: RequestSerializer,
  deserialize: ResponseDeserializer,
): Pluggable<object, MetadataBearer> {
  return {
    applyToStack(stack) {
      stack.add(serializeMiddleware(config, serialize), SERIALIZE_STEP);
      stack.add(deserializeMiddleware(config, deserialize), DESERIALIZE_STEP);
    },
  };
}

const SERIALIZE_STEP = { step: "serialize", name: "awsJson11SerializerMiddleware", override: true } as const;
const DESERIALIZE_STEP = { step: "deserialize", name: "awsJson11DeserializerMiddleware", override: true } as const;

function serializeMiddleware(config: ServiceCatalogClientResolvedConfig, serialize: RequestSerializer) {
  return (next: SerializeHandler<object, MetadataBearer>) => async (args: SerializeHandlerArguments<object>) =>
    next({ ...args, request: await serialize(args.input, config) });
}

function deserializeMiddleware(config: ServiceCatalogClientResolvedConfig, deserialize: ResponseDeserializer) {
  return (next: DeserializeHandler<object, MetadataBearer>, context: HandlerExecutionContext) =>
    async (args: DeserializeHandlerArguments<object>): Promise<DeserializeHandlerOutput<MetadataBearer>> => {
      const { response } = await next(args);
      if (!HttpResponse.isInstance(response)) {
        throw new Error("@svccat/client: the request handler returned something that is not an HttpResponse");
      }
      const output = await deserialize(response, config);
      context.logger?.debug?.({ operation: context.commandName, requestId: output.$metadata.requestId });
      return { response, output };
    };
}

function byteLength(text: string): number {
  // A body of ASCII characters (the usual case) is as long in bytes as in characters.
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0x7f) {
      return new TextEncoder().encode(text).length;
    }
  }
  return text.length;
}

async function collectBody(response: HttpResponse, config: ServiceCatalogClientResolvedConfig): Promise<string> {
  const body: unknown = response.body;
  if (body === undefined || body === null) {
    return "";
  }
  if (typeof body === "string") {
    return body;
  }
  if (body instanceof Uint8Array) {
    return toUtf8(body);
  }
  return toUtf8(await config.streamCollector(body as Parameters<typeof config.streamCollector>[0]));
}

function responseMetadata(response: HttpResponse): ResponseMetadata {
  const headers = response.headers;
  return {
    httpStatusCode: response.statusCode,
    requestId: findHeader(headers, "x-amzn-requestid") ?? findHeader(headers, "x-amz-request-id"),
    extendedRequestId: findHeader(headers, "x-amz-id-2"),
    cfId: findHeader(headers, "x-amz-cf-id"),
    attempts: 1,
    totalRetryDelay: 0,
  };
}

function errorFromResponse(
  response: HttpResponse,
  text: string,
  metadata: ResponseMetadata,
): ServiceCatalogServiceException {
  let body: unknown;
  if (text.trim() !== "") {
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
  }
  const code = loadErrorCode(response.headers, body);
  if (code === undefined) {
    return unreadableResponse(
      response,
      text,
      metadata,
      body === undefined ? "an error response whose body is not JSON" : "an error response that names no error",
    );
  }
  const record = typeof body === "object" && body !== null ? (body as Record<string, unknown>) : {};
  const message =
    typeof record.message === "string" ? record.message : typeof record.Message === "string" ? record.Message : "";
  // The code comes off the wire: only the table's own entries are modelled errors (not `constructor`, `toString`).
  const Modelled = Object.hasOwn(modelledErrors, code)
    ? modelledErrors[code as keyof typeof modelledErrors]
    : undefined;
  let error: ServiceCatalogServiceException;
  if (Modelled !== undefined) {
    const members = serde.reader(code)(record) as Record<string, unknown>;
    error = new Modelled({ $metadata: metadata, message, ...members });
  } else {
    error = new ServiceCatalogServiceException({
      name: code,
      $fault: response.statusCode >= 500 ? "server" : "client",
      $metadata: metadata,
      message,
    });
    // AWS has been seen to throttle with a ValidationException whose message is "Rate exceeded".
    if (code === "ValidationException" && /rate exceeded/i.test(message)) {
      error.$retryable = { throttling: true };
    }
  }
  error.$response = response;
  return error;
}

function unreadableResponse(
  response: HttpResponse,
  text: string,
  metadata: ResponseMetadata,
  what: string,
): ServiceCatalogServiceException {
  const excerpt = text.length > 200 ? `${text.slice(0, 200)}…` : text;
  const error = new ServiceCatalogServiceException({
    name: "UnknownError",
    $fault: response.statusCode >= 500 ? "server" : "client",
    $metadata: metadata,
    message: `HTTP ${response.statusCode}: ${what}${excerpt === "" ? " (empty body)" : `: ${JSON.stringify(excerpt)}`}`,
  });
  error.$response = response;
  return error;
}

function clientValidationError(message: string, name: string): ServiceCatalogServiceException {
  const error = new ServiceCatalogServiceException({
    name,
    $fault: "client",
    $metadata: {},
    message,
  });
  return error;
}
