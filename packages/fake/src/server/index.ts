import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import {
  createServiceCatalogFakeCore,
  type ServiceCatalogFakeCore,
  type ServiceCatalogFakeOptions,
} from "../core/create-fake.js";
import { errors, renderError } from "../core/wire-errors.js";
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
}

/** A running fake server. @public */
export interface FakeServer {
  /** The endpoint to give clients, e.g. `http://127.0.0.1:4566`. */
  readonly url: string;
  readonly port: number;
  readonly host: string;
  readonly fake: ServiceCatalogFakeCore;
  /** Stops accepting connections and resolves once the requests in flight are answered. */
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
  server.headersTimeout = options.headersTimeoutMs ?? 10_000;
  server.requestTimeout = options.requestTimeoutMs ?? 30_000;
  server.keepAliveTimeout = options.idleTimeoutMs ?? 5_000;
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  // A malformed request line or headers: answer 400 like any HTTP server, without reaching the fake.
  server.on("clientError", (_error, socket) => {
    if (socket.writable) {
      socket.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
    } else {
      socket.destroy();
    }
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req, bodyLimit);
    let response: Response;
    if (body === undefined) {
      response = renderError(errors.requestTooLarge(bodyLimit), crypto.randomUUID(), fake.settings);
      res.setHeader("connection", "close");
    } else {
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (value !== undefined) {
          headers.set(name, Array.isArray(value) ? value.join(", ") : value);
        }
      }
      const url = `http://${safeHost(req.headers.host) ?? `${host}:${port}`}${req.url ?? "/"}`;
      const method = req.method ?? "GET";
      const request = new Request(url, {
        method,
        headers,
        ...(method === "GET" || method === "HEAD" ? {} : { body }),
      });
      response = await fake.dispatch(request, authenticate === undefined ? {} : { authenticate });
    }
    if (response.type === "error") {
      // An injected dropped connection.
      req.socket.destroy();
      return;
    }
    const payload = new Uint8Array(await response.arrayBuffer());
    res.statusCode = response.status;
    response.headers.forEach((value, name) => {
      res.setHeader(name, value);
    });
    res.setHeader("content-length", payload.byteLength);
    res.end(payload);
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
      await Promise.allSettled([...inFlight]);
      // Connections kept alive after their last answer are closed now; nothing is in flight on them.
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
  });
}

/** The Host header if it is a plain host[:port], so that a bad one cannot make an invalid URL. */
function safeHost(value: string | undefined): string | undefined {
  return value !== undefined && /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-fA-F:.]+\](:\d{1,5})?$/.test(value)
    ? value
    : undefined;
}

export { sigv4Authenticator } from "./sigv4-verifier.js";
