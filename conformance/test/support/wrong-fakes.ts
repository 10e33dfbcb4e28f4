import { generateProvisionedProducts } from "@svccat/fake";
import { createServiceCatalogFake, type ServiceCatalogFake, serviceCatalogHandlers } from "@svccat/fake/msw";

export interface Mutation {
  /** Milliseconds a request waits before the fake sees it, as over a slow network; none when absent. */
  delayMs?: (document: Record<string, unknown>) => number;
  /** Changes the request document before the fake sees it. */
  request?: (document: Record<string, unknown>) => Record<string, unknown>;
  /** Changes the answer: status, body and headers, knowing the request and whether it came from the AWS SDK. */
  response?: (answer: Answer, context: { document: Record<string, unknown>; fromSdk: boolean }) => Answer;
}

export interface Answer {
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
 * A fake that is wrong on purpose, served in-process through msw: the suite must catch it. It wraps a correct
 * fake's `dispatch` and changes requests or answers.
 */
export function wrongFake(
  mutation: Mutation,
  inner: ServiceCatalogFake = createServiceCatalogFake({
    provisionedProducts: generateProvisionedProducts(130, { seed: 42 }),
  }),
): ServiceCatalogFake {
  const dispatch = async (request: Request): Promise<Response> => {
    const text = await request.text();
    let document: Record<string, unknown> = {};
    try {
      document = JSON.parse(text === "" ? "{}" : text) as Record<string, unknown>;
    } catch {
      return inner.dispatch(new Request(request.url, { method: request.method, headers: request.headers, body: text }));
    }
    const delay = mutation.delayMs?.(document) ?? 0;
    if (delay > 0) {
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
    const changed = mutation.request?.(document) ?? document;
    const response = await inner.dispatch(
      new Request(request.url, { method: request.method, headers: request.headers, body: JSON.stringify(changed) }),
    );
    if (mutation.response === undefined) {
      return response;
    }
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      headers[name] = value;
    });
    const answer = mutation.response(
      { status: response.status, headers, body: (await response.json()) as Record<string, unknown> },
      { document, fromSdk: (request.headers.get("x-amz-user-agent") ?? "").includes("aws-sdk-js") },
    );
    return new Response(JSON.stringify(answer.body), { status: answer.status, headers: answer.headers });
  };
  return {
    ...inner,
    store: inner.store,
    settings: inner.settings,
    dispatch,
    handlers: serviceCatalogHandlers({ dispatch }),
  };
}
