import type { IncomingMessage } from "node:http";
import type { ServiceCatalogFakeCore } from "../core/create-fake.js";
import type { DispatchOptions } from "../core/dispatch.js";
import { errorAnswer, errors, type WireAnswer } from "../core/wire-errors.js";
import { type ControlServer, controlRefusal } from "./control-access.js";
import { answerControl, CONTROL_PREFIX, type ControlContext } from "./control-api.js";

/** What the router needs of the server it routes for. */
export interface Router {
  readonly fake: ServiceCatalogFakeCore;
  readonly dispatchOptions: DispatchOptions;
  readonly control: ControlServer;
  readonly controlContext: ControlContext;
  readonly bodyLimitBytes: number;
}

/**
 * The answer to one request whose body has been read (undefined when it was over the limit): the control API under
 * `/_svccat/`, a 413 for a body over the limit, and everything else through the fake's one request path.
 */
export async function route(router: Router, req: IncomingMessage, body: Uint8Array | undefined): Promise<WireAnswer> {
  const { fake } = router;
  if (body === undefined) {
    return errorAnswer(errors.requestTooLarge(router.bodyLimitBytes), crypto.randomUUID(), fake.settings);
  }
  if ((req.url ?? "").startsWith(CONTROL_PREFIX)) {
    return controlAnswer(router, req, body);
  }
  const request = fetchRequest(req, `${router.control.host}:${router.control.port}`);
  if (request === undefined) {
    // A method the Fetch API refuses (TRACE, CONNECT) or a target that is no URL path: not an operation.
    const target = req.headers["x-amz-target"]?.toString() ?? null;
    return errorAnswer(errors.unknownOperation(target), crypto.randomUUID(), fake.settings);
  }
  return fake.answerWire(request, { ...router.dispatchOptions, body });
}

function controlAnswer(router: Router, req: IncomingMessage, body: Uint8Array): WireAnswer {
  const method = req.method ?? "GET";
  const answer =
    controlRefusal({ method, headers: req.headers, remoteAddress: req.socket.remoteAddress }, router.control) ??
    answerControl(router.fake, router.controlContext, method, req.url ?? "/", body);
  return answer.body === undefined
    ? { status: answer.status, headers: {}, body: "" }
    : { status: answer.status, headers: { "content-type": "application/json" }, body: JSON.stringify(answer.body) };
}

/**
 * The Fetch `Request` for an incoming request, without its body (the fake is handed the body as read), or
 * undefined when the Fetch API cannot express it: a forbidden method, a header value it refuses, or a target that
 * is not a path (`*`; an absolute URL is read for its path).
 */
function fetchRequest(req: IncomingMessage, fallbackHost: string): Request | undefined {
  const method = req.method ?? "GET";
  let path: string;
  try {
    // The query stays: a signature covers it, so the verifier must see the query the client sent.
    const url = new URL(req.url ?? "/", "http://fake.invalid");
    path = `${url.pathname}${url.search}`;
  } catch {
    return undefined;
  }
  if (!(req.url ?? "/").startsWith("/") && !/^https?:\/\//i.test(req.url ?? "")) {
    return undefined;
  }
  try {
    // Header values node:http lets through can still be ones the Fetch API refuses: that too is no operation.
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) {
        headers.set(name, Array.isArray(value) ? value.join(", ") : value);
      }
    }
    return new Request(`http://${safeHost(req.headers.host) ?? fallbackHost}${path}`, { method, headers });
  } catch {
    return undefined;
  }
}

/** The Host header if it is a plain host[:port], so that a bad one cannot make an invalid URL. */
function safeHost(value: string | undefined): string | undefined {
  return value !== undefined && /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-fA-F:.]+\](:\d{1,5})?$/.test(value)
    ? value
    : undefined;
}
