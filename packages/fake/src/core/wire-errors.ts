import { coralMemberName, formatValidationMessage, serviceTables } from "@svccat/model";
import type { FakeSettings } from "../state/settings.js";

/** Where each error the fake sends comes from, for the namespaced `__type` form. */
const CORAL_VALIDATE = "com.amazon.coral.validate";
const CORAL_SERVICE = "com.amazon.coral.service";
const CORAL_AVAILABILITY = "com.amazon.coral.availability";

/** An error the fake answers with. Thrown inside the fake, written once by `errorAnswer`. @public */
export class FakeServiceError extends Error {
  constructor(
    /** The error code, e.g. `ValidationException`. */
    readonly code: string,
    message: string,
    readonly status: number = 400,
    /** The namespace of the namespaced `__type` form. */
    readonly namespace: string = namespaceOf(code),
  ) {
    super(message);
    this.name = code;
  }
}

function namespaceOf(code: string): string {
  if (Object.hasOwn(serviceTables.errors, code)) {
    return serviceTables.service.namespace;
  }
  switch (code) {
    case "ValidationException":
      return CORAL_VALIDATE;
    case "ThrottlingException":
      return CORAL_AVAILABILITY;
    default:
      return CORAL_SERVICE;
  }
}

/**
 * An answer as it goes on the wire, before a transport makes a Fetch `Response` of it (msw, `dispatch`), a smithy
 * `HttpResponse` (`FakeHttpHandler`) or writes it to a socket (the HTTP server). @public
 */
export interface WireAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** An injected dropped connection: no answer at all. */
  dropped?: true;
}

/** The answer of an injected dropped connection. @internal */
export const DROPPED: WireAnswer = Object.freeze({ status: 0, headers: {}, body: "", dropped: true });

/** A wire answer as a Fetch `Response`. @internal */
export function toResponse(answer: WireAnswer): Response {
  return answer.dropped === true
    ? Response.error()
    : new Response(answer.body, { status: answer.status, headers: answer.headers });
}

/**
 * The one place wire errors are made: status, `x-amzn-RequestId`, `x-amzn-ErrorType`, `{"__type", "message"}`.
 * The spec's modelled errors and Coral's framework errors each have their own settings: AWS may shape them apart.
 */
export function errorAnswer(error: FakeServiceError, requestId: string, settings: FakeSettings): WireAnswer {
  const modelled = Object.hasOwn(serviceTables.errors, error.code);
  const form = modelled ? settings.modelledErrorTypeForm : settings.errorTypeForm;
  const type = form === "namespaced" ? `${error.namespace}#${error.code}` : error.code;
  const headers: Record<string, string> = {
    "content-type": serviceTables.service.contentType,
    "x-amzn-requestid": requestId,
  };
  if (modelled ? settings.modelledErrorTypeHeader : settings.errorTypeHeader) {
    headers["x-amzn-errortype"] = `${error.code}:http://internal.amazon.com/coral/${error.namespace}/`;
  }
  const key = modelled ? settings.modelledErrorMessageKey : settings.errorMessageKey;
  return { status: error.status, headers, body: JSON.stringify({ __type: type, [key]: error.message }) };
}

/** Errors by name, with AWS's wording where it is known. */
export const errors = {
  invalidParameters: (message: string) => new FakeServiceError("InvalidParametersException", message),
  resourceNotFound: (message: string) => new FakeServiceError("ResourceNotFoundException", message),
  duplicateResource: (message: string) => new FakeServiceError("DuplicateResourceException", message),
  /** Not in the spec's error lists for these operations: an unmodelled error the clients surface by its code. */
  invalidState: (message: string) => new FakeServiceError("InvalidStateException", message),
  validation: (message: string) => new FakeServiceError("ValidationException", message),
  /** `PageSize: 0` where the settings refuse it, in the words of the range check it would fail at 1. */
  zeroPageSize: (member: string) =>
    new FakeServiceError(
      "ValidationException",
      formatValidationMessage([
        `Value '0' at '${coralMemberName(member)}' failed to satisfy constraint: Member must have value greater than or equal to 1`,
      ]),
    ),
  serialization: (message: string) => new FakeServiceError("SerializationException", message),
  unknownOperation: (target: string | null) =>
    new FakeServiceError(
      "UnknownOperationException",
      target === null ? "Missing X-Amz-Target header" : `Unknown operation ${target}`,
    ),
  /** An operation of the spec that the fake does not answer yet: what an endpoint says of one it does not know. */
  noHandler: (operation: string) =>
    new FakeServiceError("UnknownOperationException", `svccat fake: ${operation} has no handler yet`),
  throttling: () => new FakeServiceError("ThrottlingException", "Rate exceeded"),
  /** Service Catalog has been seen to throttle with a ValidationException whose message is "Rate exceeded". */
  throttlingAsValidation: () => new FakeServiceError("ValidationException", "Rate exceeded"),
  /** AWS's wording for a call no IAM policy allows (the status is not known: Coral's JSON services send 400). */
  accessDenied: (callerArn: string, operation: string, resource: string) =>
    new FakeServiceError(
      "AccessDeniedException",
      `User: ${callerArn} is not authorized to perform: servicecatalog:${operation} on resource: ${resource} because no identity-based policy allows the servicecatalog:${operation} action`,
    ),
  internalFailure: () =>
    new FakeServiceError("InternalFailure", "The request processing has failed because of an unknown error.", 500),
  serviceUnavailable: () =>
    new FakeServiceError("ServiceUnavailable", "Service is unavailable. Please try again.", 503),
  missingAuthentication: () =>
    new FakeServiceError("MissingAuthenticationTokenException", "Request is missing Authentication Token"),
  unrecognizedClient: () =>
    new FakeServiceError("UnrecognizedClientException", "The security token included in the request is invalid.", 400),
  invalidSignature: (message: string) => new FakeServiceError("InvalidSignatureException", message),
  requestTooLarge: (limit: number) =>
    new FakeServiceError("SerializationException", `Request body is larger than ${limit} bytes`, 413),
} as const;
