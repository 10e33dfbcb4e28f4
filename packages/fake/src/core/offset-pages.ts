import { errors } from "./wire-errors.js";

/**
 * Pages of the short lists beside the provisioned-product listings (a record's outputs, launch paths, the record
 * history): a token is the next offset and a digest of the request it continues, so that it cannot continue
 * another list. Nothing is signed: an edited offset only moves within a list the caller may read in whole.
 */

/** The page of `items` the input asks for, and the token of the next one. */
export function offsetPage<T>(
  items: readonly T[],
  request: { readonly list: string; readonly pageSize: number | undefined; readonly token: unknown },
  limits: { readonly defaultSize: number; readonly maxSize: number },
): { page: T[]; nextToken: string | undefined } {
  const size = request.pageSize === undefined || request.pageSize === 0 ? limits.defaultSize : request.pageSize;
  const start = request.token === undefined || request.token === "" ? 0 : offsetOf(request.token, request.list);
  const end = Math.min(start + Math.min(size, limits.maxSize), items.length);
  return {
    page: items.slice(start, end),
    nextToken: end < items.length ? tokenOf(end, request.list) : undefined,
  };
}

function tokenOf(offset: number, list: string): string {
  return `${offset}.${digest(list)}`;
}

const TOKEN = /^(\d{1,9})\.([0-9a-z]{1,7})$/;

function offsetOf(token: unknown, list: string): number {
  const fields = typeof token === "string" ? TOKEN.exec(token) : null;
  if (fields === null || fields[2] !== digest(list)) {
    throw errors.invalidParameters("The page token is not valid");
  }
  return Number(fields[1]);
}

/** FNV-1a of the list's description: tells one list's tokens from another's. */
function digest(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}
