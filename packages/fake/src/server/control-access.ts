import type { IncomingHttpHeaders } from "node:http";
import { mediaTypeOf } from "../core/request-body.js";
import type { ControlAnswer } from "./control-api.js";

/** Who may use the control API: clients on this machine, anyone who can reach the server, or nobody. @public */
export type ControlApiAccess = "loopback" | "anywhere" | "off";

/** What the guard knows of one control request. */
export interface ControlRequest {
  readonly method: string;
  readonly headers: IncomingHttpHeaders;
  readonly remoteAddress: string | undefined;
}

/** What the guard knows of the server. */
export interface ControlServer {
  readonly access: ControlApiAccess;
  /** The port the server listens on. */
  readonly port: number;
  /** The address it listens on, as given (`127.0.0.1`, `::1`, `localhost`, `0.0.0.0`). */
  readonly host: string;
}

/** The methods that change the fake: each must carry JSON, which a web page cannot send without a preflight. */
const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Why a control request is refused, or undefined when it may go on. The control API is unsigned, so three things
 * keep it to the developer's own tools:
 * - the peer: a loopback address unless the server was started with `controlApi: "anywhere"`;
 * - the `Host` header: with loopback access, one of this machine's own names with the server's port, so a page
 *   whose DNS name was rebound to 127.0.0.1 (its `Host` is still its own name) cannot read or drive the fake;
 * - the `Origin` header, which browsers send with every cross-origin write: when present, it must be the server's
 *   own origin (`http://` and the `Host` the request names), and a write must be `application/json`, which a
 *   page can only send cross-origin after a CORS preflight that this server never grants.
 */
export function controlRefusal(request: ControlRequest, server: ControlServer): ControlAnswer | undefined {
  if (server.access === "off") {
    return forbidden('the control API is off (controlApi: "off")');
  }
  if (server.access === "loopback" && !isLoopback(request.remoteAddress)) {
    return forbidden('the control API answers only clients on this machine (controlApi: "loopback")');
  }
  const host = request.headers.host;
  if (server.access === "loopback" && !isOwnLoopbackHost(host, server)) {
    return forbidden(
      `the control API answers only requests to this machine's own names with port ${server.port} (Host: ${String(host).slice(0, 100)}); a foreign Host is how a web page reaches a local server (DNS rebinding)`,
    );
  }
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== `http://${host}`) {
    return forbidden(
      `the control API refuses requests from web pages of other origins (Origin: ${origin.slice(0, 100)})`,
    );
  }
  if (WRITES.has(request.method) && mediaTypeOf(request.headers["content-type"]) !== "application/json") {
    return {
      status: 415,
      body: {
        error: {
          code: "UnsupportedMediaType",
          message: `a control API ${request.method} must send Content-Type: application/json`,
        },
      },
    };
  }
  return undefined;
}

function forbidden(message: string): ControlAnswer {
  return { status: 403, body: { error: { code: "Forbidden", message } } };
}

/** Whether a peer address is this machine: 127.0.0.0/8 or ::1, IPv4-mapped or not. */
function isLoopback(address: string | undefined): boolean {
  return address !== undefined && (/^(::ffff:)?127\./.test(address) || address === "::1");
}

/** `localhost`, a 127.x address, `[::1]` or the server's own listening host, each with the server's port. */
function isOwnLoopbackHost(host: string | undefined, server: ControlServer): boolean {
  if (host === undefined) {
    // HTTP/1.0 clients may send none; no browser does, so it is no rebinding.
    return true;
  }
  const match = /^(\[[0-9a-fA-F:.]+\]|[^:]+)(?::(\d{1,5}))?$/.exec(host.toLowerCase());
  if (match === null) {
    return false;
  }
  const [, name, port] = match as unknown as [string, string, string | undefined];
  const ownPort = port === undefined ? server.port === 80 : Number(port) === server.port;
  const bracketed = server.host.includes(":") ? `[${server.host.toLowerCase()}]` : server.host.toLowerCase();
  const ownName =
    name === "localhost" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name) || name === "[::1]" || name === bracketed;
  return ownPort && ownName;
}
