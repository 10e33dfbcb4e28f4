import { type AnswerWire, generateProvisionedProducts, type WireAnswer } from "@svccat/fake";
import { createServiceCatalogFake, type ServiceCatalogFake, serviceCatalogHandlers } from "@svccat/fake/msw";

export interface Mutation {
  /** Milliseconds a request waits before the fake sees it, as over a slow network; none when absent. */
  delayMs?: (document: Record<string, unknown>) => number;
  /** Changes the request document before the fake sees it. */
  request?: (document: Record<string, unknown>) => Record<string, unknown>;
  /** Changes the answer: status, body and headers, knowing the request and whether it came from the AWS SDK. */
  response?: (answer: Answer, context: { document: Record<string, unknown>; fromSdk: boolean }) => Answer;
}

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: Record<string, unknown>;
}

/** A server that ignores `PageSize`: it answers every request as if none was sent. */
export const IGNORES_PAGE_SIZE: Mutation = {
  request: (document) => {
    const { PageSize: _ignored, ...rest } = document;
    return rest;
  },
};

/**
 * A fake that is wrong on purpose, served in-process through msw or over HTTP: the suite must catch it. It wraps a
 * correct fake's one request path (`answerWire`) and changes requests or answers.
 */
export function wrongFake(
  mutation: Mutation,
  inner: ServiceCatalogFake = createServiceCatalogFake({
    provisionedProducts: generateProvisionedProducts(130, { seed: 42 }),
  }),
): ServiceCatalogFake {
  const answerWire: AnswerWire = async (request, options = {}) => {
    const bytes = options.body ?? new Uint8Array(await request.arrayBuffer());
    const text = new TextDecoder().decode(bytes);
    // The signature covers the body as sent: check it on that, then hand the fake the changed body unchecked.
    const denied = options.authenticate === undefined ? undefined : await options.authenticate(request, bytes);
    const { authenticate: _checked, ...unchecked } = options;
    const forward = (body: string) =>
      inner.answerWire(
        new Request(request.url, { method: request.method, headers: request.headers }),
        denied === undefined ? { ...unchecked, body: new TextEncoder().encode(body) } : { ...options, body: bytes },
      );
    let document: Record<string, unknown> = {};
    try {
      document = JSON.parse(text === "" ? "{}" : text) as Record<string, unknown>;
    } catch {
      return forward(text);
    }
    const delay = mutation.delayMs?.(document) ?? 0;
    if (delay > 0) {
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
    const changed = mutation.request?.(document) ?? document;
    const answer = await forward(JSON.stringify(changed));
    if (mutation.response === undefined || answer.dropped === true) {
      return answer;
    }
    const changedAnswer = mutation.response(
      {
        status: answer.status,
        headers: { ...answer.headers },
        body: JSON.parse(answer.body) as Record<string, unknown>,
      },
      { document, fromSdk: (request.headers.get("x-amz-user-agent") ?? "").includes("aws-sdk-js") },
    );
    return { status: changedAnswer.status, headers: changedAnswer.headers, body: JSON.stringify(changedAnswer.body) };
  };
  return {
    ...inner,
    store: inner.store,
    settings: inner.settings,
    answerWire,
    dispatch: async (request, options) => toResponse(await answerWire(request, options)),
    handlers: serviceCatalogHandlers({ answerWire }),
  };
}

/** A wire answer as a Fetch `Response`, for the wrapper's `dispatch`. */
function toResponse(answer: WireAnswer): Response {
  return answer.dropped === true
    ? Response.error()
    : new Response(answer.body, { status: answer.status, headers: answer.headers });
}
