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
import { pageSizeMax } from "./paging-cases.js";

function wireBody(outcome: CallOutcome): Record<string, unknown> | undefined {
  try {
    const body = JSON.parse(outcome.wire?.body ?? "") as unknown;
    return typeof body === "object" && body !== null ? (body as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** A request every target refuses with a ValidationException: Scan with one more than its largest page. */
const tooLarge = { ...ACCOUNT, PageSize: pageSizeMax(SCAN) + 1 };

/** The error envelope, as each client reads it, and its wire form where AWS's is unknown. */
export function errorCases(): ConformanceCase[] {
  return [
    {
      id: "errors/envelope",
      title: "A refused request: HTTP 400, a request id, the error code through the client, and a message",
      run: async (context) => {
        const outcome = await context.call(SCAN, tooLarge);
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
        const outcome = await context.call(SEARCH, { ...ACCOUNT, PageToken: "svccat-not-a-token" });
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
      title: "Whether error bodies carry __type short (ValidationException) or namespaced",
      observes: "errorTypeForm",
      run: async (context) => {
        const outcome = await context.call(SCAN, tooLarge);
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
        const body = wireBody(await context.call(SCAN, tooLarge));
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
        const outcome = await context.call(SEARCH, { ...ACCOUNT, PageToken: "svccat-not-a-token" });
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
      title: "Whether error responses carry an x-amzn-ErrorType header",
      observes: "errorTypeHeader",
      run: async (context) => {
        const outcome = await context.call(SCAN, tooLarge);
        const header = outcome.wire?.headers["x-amzn-errortype"];
        return observed(
          "errorTypeHeader",
          header !== undefined,
          header === undefined ? "no header" : `x-amzn-ErrorType: ${header}`,
        );
      },
    },
  ];
}
