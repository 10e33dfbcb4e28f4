import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import {
  createServiceCatalogFakeCore,
  type ServiceCatalogFakeCore,
  type ServiceCatalogFakeOptions,
  wireAnswererOf,
} from "../core/create-fake.js";
import type { DispatchOptions } from "../core/dispatch.js";
import { DROPPED, errorAnswer, errors, type WireAnswer } from "../core/wire-errors.js";
import { type ControlApiAccess, controlRefusal } from "./control-access.js";
import { answerControl, CONTROL_PREFIX, type ControlContext } from "./control-api.js";
import { sigv4Authenticator } from "./sigv4-verifier.js";

/** @public */
export interface FakeServerOptions extends ServiceCatalogFakeOptions {
  /** Serve this fake (one from `createServiceCatalogFake` too); otherwise one is created from the other options. */
  fake?: ServiceCatalogFakeCore;
  /** Default 0: any free port. */
  port?: number;
  /** Default `127.0.0.1`: only this machine can reach it. */
  host?: string;
  /** Check SigV4 signatures as AWS does. Default true; turn off for clients that cannot sign. */
  verifySignatures?: boolean;
  /** The largest request body accepted. Default 1 MiB. */
  bodyLimitBytes?: number;
  /** How long a client may take to send its headers. Default 10 s. */
  headersTimeoutMs?: number;
  /** How long a kept-alive connection may sit idle. Default 5 s. */
  idleTimeoutMs?: number;
  /** How long a whole request may take to arrive. Default 30 s. */
  requestTimeoutMs?: number;
  /** The most connections open at once; more are refused at accept. Default 256. */
  maxConnections?: number;
  /** How long `close()` lets requests in flight finish before their connections are destroyed. Default 5 s. */
  closeGraceMs?: number;
  /**
   * Who may use the control API under `/_svccat/` (products, settings, faults, principals, the call log, reset):
   * clients on this machine (`"loopback"`, the default), anyone who can reach the server (`"anywhere"`), or nobody
   * (`"off"`). It is not signed: anyone allowed can change the fake.
   */
  controlApi?: ControlApiAccess;
}

/** A running fake server. @public */
export interface FakeServer {
  /** The endpoint to give clients, e.g. `http://127.0.0.1:4566`. */
  readonly url: string;
  readonly port: number;
  readonly host: string;
  readonly fake: ServiceCatalogFakeCore;
  /**
   * Stops accepting connections, closes idle ones at once, lets requests in flight finish for `closeGraceMs`, then
   * destroys whatever is left (a client that stalled mid-request included): it always resolves, within the grace.
   */
  close(): Promise<void>;
}

/**
 * Serves a fake over HTTP with `node:http`: the same `dispatch` as in-process, behind SigV4 verification.
 *
 * @example
 * ```ts
 * const server = await startServiceCatalogFakeServer({ provisionedProducts: generateProvisionedProducts(100) });
 * const client = new ServiceCatalogClient({ endpoint: server.url, region: "us-east-1",
 *   credentials: { accessKeyId: "test", secretAccessKey: "test" } });
 * await server.close();
 * ```
 * @public
 */
export async function startServiceCatalogFakeServer(options: FakeServerOptions = {}): Promise<FakeServer> {
  const fake = options.fake ?? createServiceCatalogFakeCore(options);
  const host = options.host ?? "127.0.0.1";
  const bodyLimit = options.bodyLimitBytes ?? 1024 * 1024;
  const authenticate =
    options.verifySignatures === false ? undefined : sigv4Authenticator(fake.principals, options.now ?? Date.now);
  const inFlight = new Set<Promise<void>>();
  const sockets = new Set<Socket>();

  const server = createServer((req, res) => {
    const handling = handle(req, res).catch(() => {
      // The response could not be written (the client went away); nothing is left to answer.
      res.destroy();
    });
    inFlight.add(handling);
    void handling.finally(() => inFlight.delete(handling));
  });
  const headersTimeout = options.headersTimeoutMs ?? 10_000;
  server.headersTimeout = headersTimeout;
  server.requestTimeout = options.requestTimeoutMs ?? 30_000;
  server.keepAliveTimeout = options.idleTimeoutMs ?? 5_000;
  server.maxConnections = options.maxConnections ?? 256;
  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    // node:http times out headers only once a request has begun; a connection that never sends a byte would hold
    // its file descriptor for ever. Until the first byte arrives, the headers timeout applies to the socket too.
    socket.setTimeout(headersTimeout, () => socket.destroy());
    socket.once("data", () => socket.setTimeout(0));
  });
  // A malformed request line or headers: answer 400 like any HTTP server, without reaching the fake.
  server.on("clientError", (_error, socket) => {
    if (socket.writable) {
      socket.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
    } else {
      socket.destroy();
    }
  });

  const controlAccess = options.controlApi ?? "loopback";
  const verifiesSignatures = authenticate !== undefined;
  const keyless = [...fake.principals.values()].find((principal) => !principal.secretAccessKey);
  if (verifiesSignatures && keyless !== undefined) {
    throw new Error(
      `@svccat/fake: principal ${keyless.accessKeyId} has no secretAccessKey, so its signatures cannot be checked; give it one, or start the server with verifySignatures: false`,
    );
  }
  const controlContext: ControlContext = {
    products: fake.store.list(),
    settings: fake.settings,
    principals: [...fake.principals.values()],
    verifiesSignatures,
  };

  // The fake's own answer path skips building and reading back a Fetch Response; a wrapper of a fake (an object
  // this package did not make) is served through its own dispatch, so that what it changes is what is sent.
  const direct = wireAnswererOf(fake);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req, bodyLimit);
    let answer: WireAnswer;
    if (body !== undefined && (req.url ?? "").startsWith(CONTROL_PREFIX)) {
      answer = control(req, body);
    } else if (body === undefined) {
      answer = errorAnswer(errors.requestTooLarge(bodyLimit), crypto.randomUUID(), fake.settings);
      res.setHeader("connection", "close");
    } else {
      // The direct path is handed the body as read; a wrapper's dispatch reads it from the Request.
      const request = fetchRequest(req, `${host}:${port}`, direct === undefined ? body : undefined);
      const options: DispatchOptions = authenticate === undefined ? {} : { authenticate };
      answer =
        request === undefined
          ? // A method the Fetch API refuses (TRACE, CONNECT) or a target that is no URL path: not an operation.
            errorAnswer(
              errors.unknownOperation(req.headers["x-amz-target"]?.toString() ?? null),
              crypto.randomUUID(),
              fake.settings,
            )
          : direct !== undefined
            ? await direct(request, { ...options, body })
            : await wireOf(await fake.dispatch(request, options));
    }
    if (answer.dropped === true) {
      // An injected dropped connection.
      req.socket.destroy();
      return;
    }
    const payload = Buffer.from(answer.body, "utf8");
    res.statusCode = answer.status;
    for (const [name, value] of Object.entries(answer.headers)) {
      res.setHeader(name, value);
    }
    res.setHeader("content-length", payload.byteLength);
    res.end(payload);
  }

  function control(req: IncomingMessage, body: Uint8Array<ArrayBuffer>): WireAnswer {
    const method = req.method ?? "GET";
    const answer =
      controlRefusal(
        { method, headers: req.headers, remoteAddress: req.socket.remoteAddress },
        { access: controlAccess, port, host },
      ) ?? answerControl(fake, controlContext, method, req.url ?? "/", body);
    return answer.body === undefined
      ? { status: answer.status, headers: {}, body: "" }
      : { status: answer.status, headers: { "content-type": "application/json" }, body: JSON.stringify(answer.body) };
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(":") ? `[${host}]` : host;

  return {
    url: `http://${urlHost}:${port}`,
    port,
    host,
    fake,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      let timer: NodeJS.Timeout | undefined;
      const grace = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, options.closeGraceMs ?? 5_000);
      });
      await Promise.race([Promise.allSettled([...inFlight]), grace]);
      clearTimeout(timer);
      // What is left is idle or stalled: a client that sent half a request does not hold the server open.
      for (const socket of sockets) {
        socket.destroy();
      }
      await closed;
    },
  };
}

/** Reads the body up to `limit` bytes; undefined when it is larger (the rest is discarded, not buffered). */
function readBody(req: IncomingMessage, limit: number): Promise<Uint8Array<ArrayBuffer> | undefined> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers["content-length"]);
    if (Number.isFinite(declared) && declared > limit) {
      req.resume();
      req.once("end", () => resolve(undefined));
      req.once("error", reject);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        tooLarge = true;
        chunks.length = 0;
        return;
      }
      if (!tooLarge) {
        chunks.push(chunk);
      }
    });
    req.once("end", () => resolve(tooLarge ? undefined : new Uint8Array(Buffer.concat(chunks))));
    req.once("error", reject);
    // A client that goes away (or is timed out) mid-body never sends "end": settle, so nothing waits on it.
    req.once("close", () => reject(new Error("the client closed the connection before its request was complete")));
  });
}

/**
 * The Fetch `Request` for an incoming request, or undefined when the Fetch API cannot express it: a forbidden
 * method, a header value it refuses, or a target that is not a path (`*`; an absolute URL is read for its path).
 */
function fetchRequest(
  req: IncomingMessage,
  fallbackHost: string,
  body: Uint8Array<ArrayBuffer> | undefined,
): Request | undefined {
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
    return new Request(`http://${safeHost(req.headers.host) ?? fallbackHost}${path}`, {
      method,
      headers,
      ...(body === undefined || method === "GET" || method === "HEAD" ? {} : { body }),
    });
  } catch {
    return undefined;
  }
}

/** A Fetch `Response` as a wire answer. */
async function wireOf(response: Response): Promise<WireAnswer> {
  if (response.type === "error") {
    return DROPPED;
  }
  return { status: response.status, headers: Object.fromEntries(response.headers), body: await response.text() };
}

/** The Host header if it is a plain host[:port], so that a bad one cannot make an invalid URL. */
function safeHost(value: string | undefined): string | undefined {
  return value !== undefined && /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-fA-F:.]+\](:\d{1,5})?$/.test(value)
    ? value
    : undefined;
}

export { sigv4Authenticator } from "./sigv4-verifier.js";
