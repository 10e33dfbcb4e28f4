import { pageSizeRange, serviceTables } from "@svccat/model";
import {
  ACCOUNT,
  type ConformanceCase,
  describeOutcome,
  failed,
  notChecked,
  observed,
  passed,
  SCAN,
  SEARCH,
} from "../case.js";
import type { CallOutcome } from "../clients.js";

function wireBody(outcome: CallOutcome): Record<string, unknown> | undefined {
  try {
    const body = JSON.parse(outcome.wire?.body ?? "") as unknown;
    return typeof body === "object" && body !== null ? (body as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A request every target refuses with a ValidationException: Scan with a page size below the model's minimum (an
 * over-maximum one may be clamped, which the suite observes).
 */
const belowMinimum = { ...ACCOUNT, PageSize: pageSizeRange(serviceTables, SCAN).min - 1 };

/** A request every target refuses with the modelled InvalidParametersException: a token it never issued. */
const foreignToken = { ...ACCOUNT, PageToken: "svccat-not-a-token" };

/** The error envelope, as each client reads it, and its wire form where AWS's is unknown. */
export function errorCases(): ConformanceCase[] {
  return [
    {
      id: "errors/envelope",
      title: "A refused request: HTTP 400, a request id, the error code through the client, and a message",
      run: async (context) => {
        const outcome = await context.call(SCAN, belowMinimum);
        if (outcome.ok) {
          return failed("an error", describeOutcome(outcome));
        }
        const problems = [
          outcome.status === 400
            ? undefined
            : outcome.status === undefined
              ? "no HTTP answer"
              : `HTTP ${outcome.status}`,
          outcome.requestId ? undefined : "no request id",
          outcome.name === "ValidationException" ? undefined : `code ${outcome.name}`,
          outcome.message.length > 0 ? undefined : "no message",
        ].filter((problem) => problem !== undefined);
        return problems.length === 0
          ? passed(`request id ${outcome.requestId}`)
          : failed("HTTP 400, a request id, ValidationException, a message", problems.join("; "));
      },
    },
    {
      id: "errors/modelled-instance",
      title: "InvalidParametersException arrives as the client's InvalidParametersException class",
      run: async (context) => {
        const outcome = await context.call(SEARCH, foreignToken);
        if (outcome.ok || outcome.name !== "InvalidParametersException") {
          return notChecked(
            `the target answers a bad token with ${describeOutcome(outcome)}, not InvalidParametersException`,
          );
        }
        return outcome.modelled
          ? passed()
          : failed("an instance of the client's InvalidParametersException", `a ${outcome.name} that is not`);
      },
    },
    {
      id: "observe/error-type-form",
      title: "Whether framework error bodies carry __type short (ValidationException) or namespaced",
      observes: "errorTypeForm",
      run: async (context) => {
        const outcome = await context.call(SCAN, belowMinimum);
        const type = wireBody(outcome)?.__type;
        if (typeof type !== "string") {
          return notChecked(`no __type in the error body: ${outcome.wire?.body.slice(0, 200)}`);
        }
        return observed("errorTypeForm", type.includes("#") ? "namespaced" : "short", `__type ${JSON.stringify(type)}`);
      },
    },
    {
      id: "observe/error-message-key",
      title: "Whether error bodies name the message message or Message",
      observes: "errorMessageKey",
      run: async (context) => {
        const body = wireBody(await context.call(SCAN, belowMinimum));
        const key =
          body === undefined ? undefined : "message" in body ? "message" : "Message" in body ? "Message" : undefined;
        return key === undefined
          ? notChecked("no message key in the error body")
          : observed("errorMessageKey", key, `the body has "${key}"`);
      },
    },
    {
      id: "observe/modelled-error-message-key",
      title:
        "Whether the modelled InvalidParametersException names its message Message (its modelled member) or message",
      observes: "modelledErrorMessageKey",
      run: async (context) => {
        const outcome = await context.call(SEARCH, foreignToken);
        const body = wireBody(outcome);
        if (outcome.ok || outcome.name !== "InvalidParametersException" || body === undefined) {
          return notChecked(`no InvalidParametersException to read: ${describeOutcome(outcome)}`);
        }
        const key = "Message" in body ? "Message" : "message" in body ? "message" : undefined;
        return key === undefined
          ? notChecked("no message key in the error body")
          : observed("modelledErrorMessageKey", key, `the body has "${key}"`);
      },
    },
    {
      id: "observe/error-type-header",
      title: "Whether framework error responses carry an x-amzn-ErrorType header",
      observes: "errorTypeHeader",
      run: async (context) => {
        const outcome = await context.call(SCAN, belowMinimum);
        const header = outcome.wire?.headers["x-amzn-errortype"];
        return observed(
          "errorTypeHeader",
          header !== undefined,
          header === undefined ? "no header" : `x-amzn-ErrorType: ${header}`,
        );
      },
    },
    {
      id: "observe/modelled-error-type-form",
      title: "Whether the modelled InvalidParametersException carries __type short or namespaced",
      observes: "modelledErrorTypeForm",
      run: async (context) => {
        const outcome = await context.call(SEARCH, foreignToken);
        const type = wireBody(outcome)?.__type;
        if (outcome.ok || outcome.name !== "InvalidParametersException" || typeof type !== "string") {
          return notChecked(`no InvalidParametersException with a __type: ${describeOutcome(outcome)}`);
        }
        return observed(
          "modelledErrorTypeForm",
          type.includes("#") ? "namespaced" : "short",
          `__type ${JSON.stringify(type)}`,
        );
      },
    },
    {
      id: "observe/modelled-error-type-header",
      title: "Whether the modelled InvalidParametersException carries an x-amzn-ErrorType header",
      observes: "modelledErrorTypeHeader",
      run: async (context) => {
        const outcome = await context.call(SEARCH, foreignToken);
        if (outcome.ok || outcome.name !== "InvalidParametersException") {
          return notChecked(`no InvalidParametersException: ${describeOutcome(outcome)}`);
        }
        const header = outcome.wire?.headers["x-amzn-errortype"];
        return observed(
          "modelledErrorTypeHeader",
          header !== undefined,
          header === undefined ? "no header" : `x-amzn-ErrorType: ${header}`,
        );
      },
    },
  ];
}
