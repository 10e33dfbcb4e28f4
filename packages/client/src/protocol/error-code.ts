import type { HeaderBag } from "@smithy/types";

/**
 * The error code as the Smithy awsJson1_1 rules read it: the `X-Amzn-Errortype` header first, then a top-level
 * `code` key, then `__type`; then cut at the first `,` (merged header values) and `:` (Coral's URI suffix) and keep
 * what follows a `#` (a namespaced shape id).
 */
export function loadErrorCode(headers: HeaderBag, body: unknown): string | undefined {
  const header = findHeader(headers, "x-amzn-errortype");
  if (header !== undefined) {
    return sanitizeErrorCode(header);
  }
  if (typeof body === "object" && body !== null && !Array.isArray(body)) {
    const record = body as Record<string, unknown>;
    const codeKey = Object.keys(record).find((key) => key.toLowerCase() === "code");
    const code = codeKey === undefined ? undefined : record[codeKey];
    if (typeof code === "string") {
      return sanitizeErrorCode(code);
    }
    if (typeof record.__type === "string") {
      return sanitizeErrorCode(record.__type);
    }
  }
  return undefined;
}

function sanitizeErrorCode(raw: string): string {
  let code = raw;
  const comma = code.indexOf(",");
  if (comma >= 0) {
    code = code.slice(0, comma);
  }
  const colon = code.indexOf(":");
  if (colon >= 0) {
    code = code.slice(0, colon);
  }
  const hash = code.indexOf("#");
  if (hash >= 0) {
    code = code.slice(hash + 1);
  }
  return code.trim();
}

/** Header lookup that ignores case; handlers differ in how they case response headers. */
export function findHeader(headers: HeaderBag, name: string): string | undefined {
  const direct = headers[name];
  if (direct !== undefined) {
    return direct;
  }
  for (const key of Object.keys(headers)) {
    if (key.toLowerCase() === name) {
      return headers[key];
    }
  }
  return undefined;
}
