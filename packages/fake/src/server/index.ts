import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import {
  createServiceCatalogFakeCore,
  type ServiceCatalogFakeCore,
  type ServiceCatalogFakeOptions,
} from "../core/create-fake.js";
import { type ConnectionLimits, DEFAULT_LIMITS, limitConnections, readBody } from "./connection-limits.js";
import type { ControlApiAccess } from "./control-access.js";
import { type Router, route } from "./routing.js";
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
 * Serves a fake over HTTP with `node:http`: the fake's one request path (`answerWire`), behind SigV4 verification,
 * connection limits (`connection-limits.ts`) and the control API (`routing.ts`, `control-access.ts`,
 * `control-api.ts`).
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
  const limits = limitsOf(options);
  const authenticate =
    options.verifySignatures === false ? undefined : sigv4Authenticator(fake.principals, options.now ?? Date.now);
  const inFlight = new Set<Promise<void>>();
  const server = createServer((req, res) => {
    const handling = respond(req, res).catch(() => {
      // The response could not be written (the client went away); nothing is left to answer.
      res.destroy();
    });
    inFlight.add(handling);
    void handling.finally(() => inFlight.delete(handling));
  });
  const sockets = limitConnections(server, limits);
  await listen(server, options.port ?? 0, host);
  const port = (server.address() as AddressInfo).port;
  const router: Router = {
    fake,
    dispatchOptions: authenticate === undefined ? {} : { authenticate },
    control: { access: options.controlApi ?? "loopback", port, host },
    // What the server started with, which the control API's reset restores.
    controlContext: {
      products: fake.store.list(),
      catalog: fake.catalog.list(),
      settings: fake.settings,
      principals: [...fake.principals.values()],
      verifiesSignatures: authenticate !== undefined,
    },
    bodyLimitBytes: limits.bodyLimitBytes,
  };

  async function respond(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req, limits.bodyLimitBytes);
    const answer = await route(router, req, body);
    if (answer.dropped === true) {
      // An injected dropped connection.
      req.socket.destroy();
      return;
    }
    if (body === undefined) {
      res.setHeader("connection", "close");
    }
    const payload = Buffer.from(answer.body, "utf8");
    res.statusCode = answer.status;
    for (const [name, value] of Object.entries(answer.headers)) {
      res.setHeader(name, value);
    }
    res.setHeader("content-length", payload.byteLength);
    res.end(payload);
  }

  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    port,
    host,
    fake,
    close: () => closeServer(server, inFlight, sockets, options.closeGraceMs ?? 5_000),
  };
}

function limitsOf(options: FakeServerOptions): ConnectionLimits {
  return {
    bodyLimitBytes: options.bodyLimitBytes ?? DEFAULT_LIMITS.bodyLimitBytes,
    headersTimeoutMs: options.headersTimeoutMs ?? DEFAULT_LIMITS.headersTimeoutMs,
    idleTimeoutMs: options.idleTimeoutMs ?? DEFAULT_LIMITS.idleTimeoutMs,
    requestTimeoutMs: options.requestTimeoutMs ?? DEFAULT_LIMITS.requestTimeoutMs,
    maxConnections: options.maxConnections ?? DEFAULT_LIMITS.maxConnections,
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
}

/**
 * Stops accepting connections, closes idle ones at once, lets requests in flight finish for `graceMs`, then
 * destroys whatever is left: a client that stalled mid-request does not hold the server open.
 */
async function closeServer(
  server: Server,
  inFlight: ReadonlySet<Promise<void>>,
  sockets: ReadonlySet<Socket>,
  graceMs: number,
): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  let timer: NodeJS.Timeout | undefined;
  const grace = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, graceMs);
  });
  await Promise.race([Promise.allSettled([...inFlight]), grace]);
  clearTimeout(timer);
  for (const socket of sockets) {
    socket.destroy();
  }
  await closed;
}

export { sigv4Authenticator } from "./sigv4-verifier.js";
