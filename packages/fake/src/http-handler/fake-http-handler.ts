import type { HttpHandler, HttpHandlerOptions, HttpRequest } from "@smithy/core/protocols";
import { HttpResponse } from "@smithy/core/protocols";
import type { ServiceCatalogFakeCore } from "../core/create-fake.js";
import type { DispatchOptions } from "../core/dispatch.js";
import { sigv4Authenticator } from "../server/sigv4-verifier.js";

/** @public */
export interface FakeHttpHandlerOptions {
  /**
   * Check SigV4 signatures as the fake's HTTP server does (and AWS): a wrong secret, a tampered request or a
   * stale date is refused. Default true; every principal then needs a secret.
   */
  verifySignatures?: boolean;
  /** The clock signatures are checked against. Default `Date.now`. */
  now?: () => number;
}

/**
 * A smithy `HttpHandler` that answers from a fake, with no network and no msw: give it to any smithy-based client
 * as its `requestHandler` (`@svccat/client`, `@aws-sdk/client-service-catalog`), and every request the client
 * signs goes through the same checks and the same request path as the fake's HTTP server.
 *
 * @example
 * ```ts
 * const fake = createServiceCatalogFakeCore({ provisionedProducts: generateProvisionedProducts(20) });
 * const client = new ServiceCatalogClient({
 *   region: "us-east-1",
 *   credentials: { accessKeyId: "test", secretAccessKey: "test" },
 *   requestHandler: new FakeHttpHandler(fake),
 * });
 * ```
 * @public
 */
export class FakeHttpHandler implements HttpHandler<Record<string, never>> {
  readonly metadata = { handlerProtocol: "http/1.1" };
  private readonly options: DispatchOptions;

  constructor(
    private readonly fake: Pick<ServiceCatalogFakeCore, "answerWire" | "principals">,
    options: FakeHttpHandlerOptions = {},
  ) {
    this.options =
      options.verifySignatures === false
        ? {}
        : { authenticate: sigv4Authenticator(fake.principals, options.now ?? Date.now) };
  }

  async handle(request: HttpRequest, handlerOptions: HttpHandlerOptions = {}): Promise<{ response: HttpResponse }> {
    throwIfAborted(handlerOptions.abortSignal);
    const body = bodyBytes(request.body);
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      headers.set(name, value);
    }
    // The body goes to the fake as read (`options.body`), as the HTTP server hands it over.
    const fetchRequest = new Request(urlOf(request), { method: request.method, headers });
    const answer = await this.fake.answerWire(fetchRequest, {
      ...this.options,
      body: body ?? new Uint8Array(),
    });
    throwIfAborted(handlerOptions.abortSignal);
    if (answer.dropped === true) {
      // An injected dropped connection: what a socket closed mid-request looks like to a smithy client, which retries it.
      throw Object.assign(new Error("socket hang up"), { name: "Error", code: "ECONNRESET" });
    }
    return {
      response: new HttpResponse({
        statusCode: answer.status,
        headers: { ...answer.headers },
        body: new TextEncoder().encode(answer.body),
      }),
    };
  }

  updateHttpClientConfig(): void {
    // Nothing to configure: there is no connection.
  }

  httpHandlerConfigs(): Record<string, never> {
    return {};
  }

  destroy(): void {
    // Nothing to close.
  }
}

function urlOf(request: HttpRequest): string {
  const port = request.port === undefined ? "" : `:${request.port}`;
  const query = Object.entries(request.query ?? {}).flatMap(([name, value]) =>
    (Array.isArray(value) ? value : value === null ? [null] : [value]).map((one) =>
      one === null ? encodeURIComponent(name) : `${encodeURIComponent(name)}=${encodeURIComponent(one)}`,
    ),
  );
  const search = query.length === 0 ? "" : `?${query.join("&")}`;
  return `${request.protocol}//${request.hostname}${port}${request.path}${search}`;
}

function bodyBytes(body: unknown): Uint8Array<ArrayBuffer> | undefined {
  if (body === undefined || body === null) {
    return undefined;
  }
  if (typeof body === "string") {
    return new TextEncoder().encode(body);
  }
  if (body instanceof Uint8Array) {
    return new Uint8Array(body);
  }
  throw new TypeError("FakeHttpHandler takes request bodies as text or bytes, as the awsJson1_1 protocol sends them");
}

function throwIfAborted(signal: HttpHandlerOptions["abortSignal"]): void {
  if (signal?.aborted === true) {
    throw Object.assign(new Error("Request aborted"), { name: "AbortError" });
  }
}
