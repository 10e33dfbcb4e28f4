import { Sha256 } from "@smithy/core/checksum";
import { HttpRequest } from "@smithy/core/protocols";
import { SignatureV4 } from "@smithy/signature-v4";
import { serviceTables } from "@svccat/model";
import type { RequestAuthenticator } from "../core/dispatch.js";
import { errors, FakeServiceError } from "../core/wire-errors.js";
import type { Principal } from "../state/principals.js";

/** AWS refuses a signature made more than 15 minutes away from its clock. */
const MAX_SKEW_MS = 15 * 60 * 1000;

const AUTHORIZATION =
  /^AWS4-HMAC-SHA256 Credential=([^/\s,]+)\/(\d{8})\/([a-z0-9-]+)\/([a-z0-9-]+)\/aws4_request,\s*SignedHeaders=([a-z0-9;-]+),\s*Signature=([0-9a-f]{64})$/;

/**
 * Checks a request's SigV4 signature as AWS does: the header is complete, the key is known, the date is within
 * 15 minutes, the scope names this service, the body matches `x-amz-content-sha256` when sent, and the signature
 * recomputed over the signed headers with the key's secret is the one sent. Throws, naming the principal, when one
 * has no secret to check with: only code that checks no signature may hold such a key.
 *
 * @internal
 */
export function sigv4Authenticator(
  principals: ReadonlyMap<string, Principal>,
  now: () => number = Date.now,
): RequestAuthenticator {
  const keyless = [...principals.values()].find((principal) => !principal.secretAccessKey);
  if (keyless !== undefined) {
    throw new Error(
      `@svccat/fake: principal ${keyless.accessKeyId} has no secretAccessKey, so its signatures cannot be checked; give it one, or turn signature checks off (verifySignatures: false)`,
    );
  }
  const signingName = serviceTables.service.signingName;
  return async (request, body) => {
    const header = request.headers.get("authorization");
    if (header === null) {
      return errors.missingAuthentication();
    }
    const match = AUTHORIZATION.exec(header.trim());
    if (match === null) {
      return new FakeServiceError(
        "IncompleteSignatureException",
        `Authorization header requires 'Credential', 'Signature' and 'SignedHeaders' parameters, in AWS4-HMAC-SHA256 form. Authorization=${header.slice(0, 200)}`,
      );
    }
    const [, accessKeyId, scopeDate, region, service, signedHeaderList, signature] = match as unknown as string[];
    const principal = principals.get(accessKeyId as string);
    if (principal === undefined) {
      return errors.unrecognizedClient();
    }
    if (principal.secretAccessKey === undefined) {
      // Only a server that checks no signature may hold a key without a secret (the server refuses one at start and
      // through its control API); should one get here, its requests are not taken as signed.
      return errors.invalidSignature(
        `svccat fake: access key ${principal.accessKeyId} has no secret to check its signature with.`,
      );
    }
    if (service !== signingName) {
      return errors.invalidSignature(`Credential should be scoped to correct service: '${signingName}'.`);
    }
    const amzDate = request.headers.get("x-amz-date");
    const signedAt = amzDate === null ? Number.NaN : parseAmzDate(amzDate);
    if (Number.isNaN(signedAt)) {
      return errors.invalidSignature(
        "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.",
      );
    }
    const skew = signedAt - now();
    if (Math.abs(skew) > MAX_SKEW_MS) {
      const stamp = (ms: number) => new Date(ms).toISOString().replace(/[-:]|\.\d{3}/g, "");
      return errors.invalidSignature(
        skew < 0
          ? `Signature expired: ${amzDate} is now earlier than ${stamp(now() - MAX_SKEW_MS)} (${stamp(now())} - 15 min.)`
          : `Signature not yet current: ${amzDate} is still later than ${stamp(now() + MAX_SKEW_MS)} (${stamp(now())} + 15 min.)`,
      );
    }
    if (amzDate?.slice(0, 8) !== scopeDate) {
      return errors.invalidSignature(
        `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${scopeDate}' != '${amzDate?.slice(0, 8)}'`,
      );
    }
    const signedHeaders = (signedHeaderList as string).split(";");
    if (!signedHeaders.includes("host")) {
      return errors.invalidSignature("'Host' must be a 'SignedHeader' in the AWS Authorization.");
    }
    // AWS's rule: every x-amz-* header sent is signed, so none (the target above all) can be swapped in transit.
    const unsigned: string[] = [];
    request.headers.forEach((_value, name) => {
      if (name.startsWith("x-amz-") && !signedHeaders.includes(name)) {
        unsigned.push(name);
      }
    });
    if (unsigned.length > 0) {
      return errors.invalidSignature(
        `The request signature does not cover ${unsigned.sort().join(", ")}; every x-amz-* header sent must be signed.`,
      );
    }
    const token = request.headers.get("x-amz-security-token");
    if ((token ?? undefined) !== principal.sessionToken) {
      // A long-term key sent with a token, a temporary key without its token, or another token.
      return errors.unrecognizedClient();
    }
    const headers: Record<string, string> = {};
    for (const name of signedHeaders) {
      const value = request.headers.get(name);
      if (value === null) {
        return errors.invalidSignature(
          `The request signature lists header '${name}', which the request does not have.`,
        );
      }
      headers[name] = value;
    }
    // Outside S3, AWS hashes the body it received; UNSIGNED-PAYLOAD is no exception, so a swapped body never passes.
    const declaredHash = request.headers.get("x-amz-content-sha256");
    if (declaredHash !== null && declaredHash !== (await sha256Hex(body))) {
      return errors.invalidSignature("The provided 'x-amz-content-sha256' header does not match what was computed.");
    }
    const url = new URL(request.url);
    // The canonical query is part of what is signed: a query added, dropped or changed after signing must fail.
    const query = signedQueryOf(url.search);
    if (query === undefined) {
      return errors.invalidSignature("The request's query string is not valid percent-encoded text.");
    }
    const signer = new SignatureV4({
      service: signingName,
      region: region as string,
      credentials: { accessKeyId: accessKeyId as string, secretAccessKey: principal.secretAccessKey },
      sha256: Sha256,
      // Verify what the client signed; do not add a payload-hash header it did not send.
      applyChecksum: false,
    });
    const signed = await signer.sign(
      new HttpRequest({
        method: request.method,
        protocol: url.protocol,
        hostname: url.hostname,
        path: url.pathname,
        query,
        headers,
        body,
      }),
      { signingDate: new Date(signedAt), signableHeaders: new Set(signedHeaders) },
    );
    const expected = /Signature=([0-9a-f]{64})/.exec(String(signed.headers.authorization))?.[1];
    if (expected !== signature) {
      return errors.invalidSignature(
        "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.",
      );
    }
    return undefined;
  };
}

/**
 * A raw query string as the signer's map: each name and value percent-decoded as sent (`+` stays a plus, as in
 * SigV4's canonical query), repeated names as lists; undefined when a percent escape is malformed.
 */
function signedQueryOf(search: string): Record<string, string | string[]> | undefined {
  const query: Record<string, string | string[]> = Object.create(null);
  for (const pair of search.replace(/^\?/, "").split("&")) {
    if (pair === "") {
      continue;
    }
    const equals = pair.indexOf("=");
    let key: string;
    let value: string;
    try {
      key = decodeURIComponent(equals === -1 ? pair : pair.slice(0, equals));
      value = equals === -1 ? "" : decodeURIComponent(pair.slice(equals + 1));
    } catch {
      return undefined;
    }
    const existing = query[key];
    query[key] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return query;
}

function parseAmzDate(value: string): number {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (match === null) {
    return Number.NaN;
  }
  const [, y, mo, d, h, mi, s] = match.map(Number) as number[];
  return Date.UTC(y as number, (mo as number) - 1, d, h, mi, s);
}

async function sha256Hex(body: Uint8Array): Promise<string> {
  const hash = new Sha256();
  hash.update(body);
  const digest = await hash.digest();
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("");
}
