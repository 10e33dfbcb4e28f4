import { operationTable, type PagingOperationName, type PagingTable, serviceTables } from "@svccat/model";
import { type FakeSettings, seededIndex } from "../state/settings.js";
import { errors } from "./wire-errors.js";

/**
 * Pages of the short lists beside the provisioned-product listings (a record's outputs, launch paths, the record
 * history): a token is the next offset and a digest of the request it continues, so that it cannot continue
 * another list. Nothing is signed: an edited offset only moves within a list the caller may read in whole.
 */

/** A page of a short list, and how its page-token member is to go on the wire. */
export interface OffsetPage<T> {
  readonly page: T[];
  /** The output's page-token member: the next page's token, or the last page's form the settings give. */
  readonly next: Readonly<Record<string, string | null>>;
}

/**
 * The page of `items` the input asks for, cut as the settings say for this operation: the default page size when
 * `PageSize` is left out (or 0, unless 0 is refused), and the last page's token absent, null or empty. An over-maximum
 * size is refused or clamped before this, as for the listings.
 */
export function offsetPage<T>(
  items: readonly T[],
  request: {
    readonly operation: PagingOperationName;
    readonly input: Readonly<Record<string, unknown>>;
    /** What the list is, beyond the operation: a token of another list is refused. */
    readonly list: string;
    readonly settings: FakeSettings;
  },
): OffsetPage<T> {
  const { operation, input, settings } = request;
  const paging = operationTable(serviceTables, operation).paginated as PagingTable & { pageSize: string };
  const requested = input[paging.pageSize] as number | undefined;
  if (requested === 0 && settings.zeroPageSize[operation] === "refused") {
    throw errors.zeroPageSize(paging.pageSize);
  }
  const size = requested === undefined || requested === 0 ? settings.defaultPageSize[operation] : requested;
  const list = `${operation}\n${request.list}`;
  const token = input[paging.inputToken];
  const start = token === undefined || token === "" ? 0 : offsetOf(token, list);
  const end = Math.min(start + size, items.length);
  const last = settings.lastPageToken[operation];
  const next: Record<string, string | null> =
    end < items.length
      ? { [paging.outputToken]: tokenOf(end, list) }
      : last === "absent"
        ? {}
        : { [paging.outputToken]: last === "null" ? null : "" };
  return { page: items.slice(start, end), next };
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

/** A short digest of the list's description (the fake's one string hash): tells one list's tokens from another's. */
function digest(text: string): string {
  return seededIndex(text, 0x7fffffff).toString(36);
}
