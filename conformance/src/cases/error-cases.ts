import { pageSizeRange, serviceTables } from "@svccat/model";
import {
  ACCOUNT,
  type CaseContext,
  type ConformanceCase,
  describeOutcome,
  failed,
  notChecked,
  observed,
  passed,
  SCAN,
  SEARCH,
} from "../case.js";
import type { CallOutcome } from "../clients/client-contract.js";

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
    ...ERROR_KINDS.flatMap(errorShapeCases),
  ];
}

/**
 * Framework errors (Coral's `ValidationException`, from its validator) and the spec's modelled error (the service's
 * own `InvalidParametersException`) are made by different layers, so each kind's wire shape is observed apart.
 */
const ERROR_KINDS = [
  {
    prefix: "",
    what: "framework errors (ValidationException)",
    code: "ValidationException",
    provoke: (context: CaseContext) => context.call(SCAN, belowMinimum),
    settings: { form: "errorTypeForm", key: "errorMessageKey", header: "errorTypeHeader" },
  },
  {
    prefix: "modelled-",
    what: "the modelled InvalidParametersException",
    code: "InvalidParametersException",
    provoke: (context: CaseContext) => context.call(SEARCH, foreignToken),
    settings: { form: "modelledErrorTypeForm", key: "modelledErrorMessageKey", header: "modelledErrorTypeHeader" },
  },
] as const;

function errorShapeCases(kind: (typeof ERROR_KINDS)[number]): ConformanceCase[] {
  /** The error of this kind, or why there is none to read. */
  const provoke = async (context: CaseContext) => {
    const outcome = await kind.provoke(context);
    return !outcome.ok && outcome.name === kind.code
      ? { outcome, body: wireBody(outcome) }
      : { missing: notChecked(`no ${kind.code} to read: ${describeOutcome(outcome)}`) };
  };
  return [
    {
      id: `observe/${kind.prefix}error-type-form`,
      title: `Whether ${kind.what} carry __type short or namespaced`,
      observes: kind.settings.form,
      run: async (context) => {
        const seen = await provoke(context);
        const type = seen.body?.__type;
        if (seen.missing !== undefined || typeof type !== "string") {
          return seen.missing ?? notChecked("no __type in the error body");
        }
        return observed(
          kind.settings.form,
          type.includes("#") ? "namespaced" : "short",
          `__type ${JSON.stringify(type)}`,
        );
      },
    },
    {
      id: `observe/${kind.prefix}error-message-key`,
      title: `Whether ${kind.what} name the message message or Message`,
      observes: kind.settings.key,
      run: async (context) => {
        const seen = await provoke(context);
        const body = seen.body;
        const key =
          body === undefined ? undefined : "message" in body ? "message" : "Message" in body ? "Message" : undefined;
        if (seen.missing !== undefined || key === undefined) {
          return seen.missing ?? notChecked("no message key in the error body");
        }
        return observed(kind.settings.key, key, `the body has "${key}"`);
      },
    },
    {
      id: `observe/${kind.prefix}error-type-header`,
      title: `Whether ${kind.what} carry an x-amzn-ErrorType header`,
      observes: kind.settings.header,
      run: async (context) => {
        const seen = await provoke(context);
        if (seen.missing !== undefined) {
          return seen.missing;
        }
        const header = seen.outcome.wire?.headers["x-amzn-errortype"];
        return observed(
          kind.settings.header,
          header !== undefined,
          header === undefined ? "no header" : `x-amzn-ErrorType: ${header}`,
        );
      },
    },
  ];
}
