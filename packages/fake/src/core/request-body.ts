import { errors } from "./wire-errors.js";

/**
 * How deeply a request body may nest arrays and objects. The service's inputs nest four deep; AWS's JSON reader
 * refuses deep nesting with a `SerializationException` (its exact limit is unknown: decisions/0009).
 */
const MAX_JSON_DEPTH = 64;

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Reads a request body as AWS's JSON reader does: empty means `{}`; bytes that are not UTF-8, JSON nested deeper
 * than `MAX_JSON_DEPTH`, and anything but one JSON object are a `SerializationException`. `JSON.parse` keeps a
 * `__proto__` member as an own property; the validator reads only the tables' member names, and `withoutNulls`
 * copies into objects with no prototype, so such a member stays data.
 */
export function parseBody(body: Uint8Array): Record<string, unknown> {
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    throw errors.serialization("Request body is not valid UTF-8");
  }
  if (text.trim() === "") {
    return {};
  }
  if (nestingDepth(text) > MAX_JSON_DEPTH) {
    throw errors.serialization(`Request body nests deeper than ${MAX_JSON_DEPTH} levels`);
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
  return document as Record<string, unknown>;
}

/** The deepest nesting of `[` and `{` outside strings: one pass, no recursion, whatever the text. */
function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) {
        i++;
      } else if (c === 0x22) {
        inString = false;
      }
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b || c === 0x7b) {
      depth++;
      deepest = Math.max(deepest, depth);
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
  return deepest;
}

/**
 * JSON null is an absent member to an AWS JSON service; the engine sees only members that are there. The copy has
 * no prototypes: assigning a member named `__proto__` creates it, instead of replacing the object's prototype.
 */
export function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(withoutNulls);
  }
  if (typeof value === "object" && value !== null) {
    const out = Object.create(null) as Record<string, unknown>;
    for (const key of Object.keys(value)) {
      const member = (value as Record<string, unknown>)[key];
      if (member !== null) {
        out[key] = withoutNulls(member);
      }
    }
    return out;
  }
  return value;
}

/** The media type of a `Content-Type` header, without its parameters and in lower case: `application/json`. */
export function mediaTypeOf(contentType: string | null | undefined): string | undefined {
  return contentType?.split(";")[0]?.trim().toLowerCase();
}

/**
 * A `JSON.stringify` replacer that writes every object's keys in sorted order: two requests that differ only in the
 * order their client wrote members in give the same text (a listing's key, a repeated token's request).
 */
export function sortedKeys(_key: string, value: unknown): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return value;
  }
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
