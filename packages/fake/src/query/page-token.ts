/**
 * Page tokens: opaque to callers, signed with a key only this fake instance knows (HMAC-SHA-256 through Web
 * Crypto, so it runs in browsers too), carrying where the next page starts and a digest of the query it belongs
 * to. An edited, truncated or foreign token fails the signature check.
 */

/** Where the next page starts: after this item (sorted paging) or at this offset (aws-like unsorted paging). */
export type TokenPosition = { after: [string | number, string] } | { offset: number };

export interface TokenPayload {
  /** Digests of the parts of the query the token was issued for (`QueryDigest`). */
  query: QueryDigest;
  position: TokenPosition;
  /** When it was issued, in epoch seconds. */
  issuedAt: number;
}

/** Why a token is refused: not of the fake's form, not signed by it, of another query, or too old. */
export type TokenFailure = "malformed" | "forged" | "other-query" | "expired";

export type TokenCheck = { ok: true; payload: TokenPayload } | { ok: false; reason: TokenFailure };

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** How many long cursors a codec keeps; the oldest is forgotten first (its token then reads as expired). */
const KEPT_CURSORS = 10_000;

/** The part of `node:crypto` the codec uses, when the runtime has it. */
export interface NodeHmac {
  createHmac(algorithm: "sha256", key: Uint8Array): { update(data: string): { digest(): Uint8Array } };
  timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean;
}

/**
 * `node:crypto` where the runtime offers it without an import (Node's `process.getBuiltinModule`), so that the
 * module still bundles for browsers: there Web Crypto signs. Node's HMAC is synchronous, Web Crypto's an
 * asynchronous job costing about a tenth of a served page.
 */
const nodeCrypto = (
  globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }
).process?.getBuiltinModule?.("node:crypto") as NodeHmac | undefined;

export class PageTokenCodec {
  private readonly key: Promise<CryptoKey>;
  private readonly secret: Uint8Array<ArrayBuffer>;
  /** Cursors whose sort key would make a token longer than the model allows, by handle. */
  private readonly cursors = new Map<string, TokenPosition>();

  constructor(
    /** The longest token the model allows (the page-token shape's `@length` max). */
    private readonly maxLength: number = Number.POSITIVE_INFINITY,
    secret: Uint8Array<ArrayBuffer> = crypto.getRandomValues(new Uint8Array(32)),
    /** `node:crypto`, or undefined to sign with Web Crypto as browsers do. */
    private readonly node: NodeHmac | undefined = nodeCrypto,
  ) {
    this.secret = secret;
    this.key = crypto.subtle.importKey("raw", secret, { name: "HMAC", hash: "SHA-256" }, false, ["sign", "verify"]);
  }

  async encode(payload: TokenPayload): Promise<string> {
    const token = await this.sign([payload.query, payload.position, payload.issuedAt]);
    if (token.length <= this.maxLength) {
      return token;
    }
    // A sort key can be long (an ARN of 1,224 characters, escaped): keep the cursor here and hand out its handle.
    const handle = toBase64Url(crypto.getRandomValues(new Uint8Array(18)));
    this.cursors.set(handle, payload.position);
    if (this.cursors.size > KEPT_CURSORS) {
      this.cursors.delete(this.cursors.keys().next().value as string);
    }
    return this.sign([payload.query, { cursor: handle }, payload.issuedAt]);
  }

  private async sign(fields: unknown[]): Promise<string> {
    const body = toBase64Url(encoder.encode(JSON.stringify(fields)));
    return `${body}.${toBase64Url(await this.mac(body))}`;
  }

  private async mac(body: string): Promise<Uint8Array> {
    return this.node !== undefined
      ? this.node.createHmac("sha256", this.secret).update(body).digest()
      : new Uint8Array(await crypto.subtle.sign("HMAC", await this.key, encoder.encode(body)));
  }

  async decode(
    token: string,
    expected: { query: QueryDigest; bound: readonly QueryPart[]; ttlSeconds: number | null; now: number },
  ): Promise<TokenCheck> {
    const dot = token.indexOf(".");
    if (dot <= 0 || dot !== token.lastIndexOf(".")) {
      return { ok: false, reason: "malformed" };
    }
    const body = token.slice(0, dot);
    const signature = fromBase64Url(token.slice(dot + 1));
    if (signature === undefined || signature.length !== 32) {
      return { ok: false, reason: "malformed" };
    }
    const valid =
      this.node !== undefined
        ? this.node.timingSafeEqual(await this.mac(body), signature)
        : await crypto.subtle.verify("HMAC", await this.key, signature, encoder.encode(body));
    if (!valid) {
      return { ok: false, reason: "forged" };
    }
    const payload = parsePayload(body);
    if (payload === undefined) {
      return { ok: false, reason: "malformed" };
    }
    if (expected.bound.some((part) => payload.query[part] !== expected.query[part])) {
      return { ok: false, reason: "other-query" };
    }
    if (expected.ttlSeconds !== null && expected.now - payload.issuedAt > expected.ttlSeconds) {
      return { ok: false, reason: "expired" };
    }
    const handle = (payload.position as { cursor?: unknown }).cursor;
    if (typeof handle === "string") {
      const position = this.cursors.get(handle);
      return position === undefined
        ? { ok: false, reason: "expired" }
        : { ok: true, payload: { ...payload, position } };
    }
    return { ok: true, payload };
  }
}

/** The parts of a query a token can be bound to: `base` always, the others as the `tokenBoundTo*` settings say. */
export const QUERY_PARTS = ["base", "operation", "accessLevel", "filters", "sort"] as const;
export type QueryPart = (typeof QUERY_PARTS)[number];

/** The canonical text of each part of a query. */
export type QueryParts = Readonly<Record<QueryPart, string>>;

declare const digestBrand: unique symbol;
/** A short digest of each part of a query, what a token carries: its own type, so a text cannot pass for one. */
export type QueryDigest = Readonly<Record<QueryPart, string>> & { readonly [digestBrand]: true };

/** A short digest of each part of a query, so that a token can be bound to some parts and not others. */
export async function queryDigest(parts: QueryParts): Promise<QueryDigest> {
  const digests = await Promise.all(QUERY_PARTS.map((part) => partDigest(parts[part])));
  return Object.fromEntries(QUERY_PARTS.map((part, i) => [part, digests[i]])) as QueryDigest;
}

/** How many part digests are kept: the pages of a listing, and listings of the same query, ask for the same ones. */
const KEPT_DIGESTS = 4_096;
const digests = new Map<string, string>();

/** Web Crypto digests are asynchronous jobs costing far more than a lookup: every page asks for four. */
async function partDigest(text: string): Promise<string> {
  const kept = digests.get(text);
  if (kept !== undefined) {
    return kept;
  }
  const digest = toBase64Url(
    new Uint8Array(await crypto.subtle.digest("SHA-256", encoder.encode(text))).subarray(0, 9),
  );
  if (digests.size >= KEPT_DIGESTS) {
    digests.delete(digests.keys().next().value as string);
  }
  digests.set(text, digest);
  return digest;
}

function parsePayload(body: string): TokenPayload | undefined {
  const bytes = fromBase64Url(body);
  if (bytes === undefined) {
    return undefined;
  }
  try {
    const [query, position, issuedAt] = JSON.parse(decoder.decode(bytes)) as [unknown, unknown, unknown];
    if (!isDigest(query) || typeof issuedAt !== "number" || typeof position !== "object" || position === null) {
      return undefined;
    }
    return { query, position: position as TokenPosition, issuedAt };
  } catch {
    return undefined;
  }
}

function isDigest(value: unknown): value is QueryDigest {
  if (typeof value !== "object" || value === null) {
    return false;
  }
  const parts = value as Record<string, unknown>;
  return QUERY_PARTS.every((part) => Object.hasOwn(parts, part) && typeof parts[part] === "string");
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) {
    binary += String.fromCharCode(byte);
  }
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) {
    return undefined;
  }
  try {
    const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) {
      bytes[i] = binary.charCodeAt(i);
    }
    return bytes;
  } catch {
    return undefined;
  }
}
