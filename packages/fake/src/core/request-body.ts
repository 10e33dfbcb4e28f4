import { errors } from "./wire-errors.js";

/**
 * Reads a request body as AWS's JSON reader does: empty means `{}`; anything but one JSON object is a
 * `SerializationException`.
 */
export function parseBody(body: Uint8Array): unknown {
  const text = new TextDecoder("utf-8", { fatal: false }).decode(body);
  if (text.trim() === "") {
    return {};
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    throw errors.serialization("Request body is not valid JSON");
  }
  if (typeof document !== "object" || document === null || Array.isArray(document)) {
    throw errors.serialization("Request body must be a JSON object");
  }
  return document;
}

/** JSON null is an absent member to an AWS JSON service; the engine sees only members that are there. */
export function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(withoutNulls);
  }
  if (typeof value === "object" && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, member] of Object.entries(value)) {
      if (member !== null) {
        out[key] = withoutNulls(member);
      }
    }
    return out;
  }
  return value;
}
