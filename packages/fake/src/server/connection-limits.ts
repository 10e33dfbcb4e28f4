import type { IncomingMessage, Server } from "node:http";
import type { Socket } from "node:net";

/** The bounds a server puts on its connections, with their defaults filled in. */
export interface ConnectionLimits {
  readonly bodyLimitBytes: number;
  readonly headersTimeoutMs: number;
  readonly idleTimeoutMs: number;
  readonly requestTimeoutMs: number;
  readonly maxConnections: number;
}

export const DEFAULT_LIMITS: ConnectionLimits = {
  bodyLimitBytes: 1024 * 1024,
  headersTimeoutMs: 10_000,
  idleTimeoutMs: 5_000,
  requestTimeoutMs: 30_000,
  maxConnections: 256,
};

/**
 * Applies the limits to a server and tracks its open sockets (for `close()`): slow headers, idle keep-alive
 * connections and slow requests time out, at most `maxConnections` are open, and a malformed request line gets a
 * plain 400 without reaching the fake.
 */
export function limitConnections(server: Server, limits: ConnectionLimits): ReadonlySet<Socket> {
  const sockets = new Set<Socket>();
  server.headersTimeout = limits.headersTimeoutMs;
  server.requestTimeout = limits.requestTimeoutMs;
  server.keepAliveTimeout = limits.idleTimeoutMs;
  server.maxConnections = limits.maxConnections;
  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    // node:http times out headers only once a request has begun; a connection that never sends a byte would hold
    // its file descriptor for ever. Until the first byte arrives, the headers timeout applies to the socket too.
    socket.setTimeout(limits.headersTimeoutMs, () => socket.destroy());
    socket.once("data", () => socket.setTimeout(0));
  });
  server.on("clientError", (_error, socket) => {
    if (socket.writable) {
      socket.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
    } else {
      socket.destroy();
    }
  });
  return sockets;
}

/** Reads the body up to `limit` bytes; undefined when it is larger (the rest is discarded, not buffered). */
export function readBody(req: IncomingMessage, limit: number): Promise<Uint8Array<ArrayBuffer> | undefined> {
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
