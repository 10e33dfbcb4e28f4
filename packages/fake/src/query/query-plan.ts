import type {
  AccessLevelFilterKey,
  ListingOperationName,
  ScanProvisionedProductsInput,
  SearchProvisionedProductsInput,
} from "@svccat/model";
import { paging, queryOf } from "../core/tables.js";
import { errors, FakeServiceError } from "../core/wire-errors.js";
import type { Caller } from "../state/principals.js";
import type { FakeSettings } from "../state/settings.js";
import type { ProvisionedProduct } from "../state/store.js";
import { requestedAccessLevel, scopeFilter } from "./access-levels.js";
import { QUERY_PARTS, type QueryParts } from "./page-token.js";
import { compileMatcher, parseTerms, type SearchTerm } from "./search-query.js";
import { compareKeys, type SortKey, sortKeyOf } from "./sorted-products.js";

type Product = Readonly<ProvisionedProduct>;

/** What Scan and Search ask, once validated and with JSON nulls dropped: the generated input types. */
export type ListInput = ScanProvisionedProductsInput | SearchProvisionedProductsInput;

/**
 * What a listing means, apart from how it is made fast: whose products (scope), which (terms), in what order, how
 * many a page. Pure: the same input, caller and settings always give the same plan; it reads no store.
 */
export interface QueryPlan {
  readonly operation: ListingOperationName;
  readonly level: AccessLevelFilterKey;
  readonly terms: readonly SearchTerm[];
  /** The member the items are ordered by: the requested sort, else the operation's paging order. */
  readonly orderMember: string;
  readonly descending: boolean;
  /** No sort was asked for and the settings reproduce AWS's unstable unsorted paging. */
  readonly unsortedAwsLike: boolean;
  readonly pageSize: number;
  /** The page token, if the input has one that is not empty. */
  readonly pageToken: string | undefined;
  /** Canonical texts of the parts of the query a page token can be bound to (as the settings say). */
  readonly canonical: QueryParts;
  /** One text for everything that decides which items match and in what order: matches are kept by it. */
  readonly matchKey: string;
  /** Whether a product is in the listing; built on first use. */
  wants(): (product: Product) => boolean;
}

/** Reads a listing's input as the tables describe it; throws the AWS-shaped error for what the input cannot mean. */
export function planQuery(
  operation: ListingOperationName,
  input: ListInput,
  caller: Caller,
  settings: FakeSettings,
): QueryPlan {
  const query = queryOf(operation);
  const paged = paging(operation);
  const search = input as SearchProvisionedProductsInput;
  const level = accessLevel(operation, input, settings);
  // The filter key is the table's, a string to the compiler: read the map as the wire sends it.
  const filters = search.Filters as Readonly<Record<string, readonly string[] | undefined>> | undefined;
  const rawTerms =
    query === undefined || filters === undefined || !Object.hasOwn(filters, query.filterKey)
      ? undefined
      : filters[query.filterKey];
  const terms = query === undefined ? [] : distinctTerms(parseTerms(rawTerms ?? [], query, settings.tagsTerm));
  if (terms.length > MAX_SEARCH_TERMS) {
    throw errors.invalidParameters(
      `${query?.filterKey} has ${terms.length} distinct terms; at most ${MAX_SEARCH_TERMS} are supported`,
    );
  }
  let sortMember: string | undefined;
  if (query !== undefined && search.SortBy !== undefined) {
    sortMember = Object.hasOwn(query.sortFields, search.SortBy) ? query.sortFields[search.SortBy] : undefined;
    if (sortMember === undefined && settings.unknownSortBy !== "ignore") {
      const message = `SortBy '${search.SortBy}' is not supported; use one of ${Object.keys(query.sortFields).join(", ")}`;
      throw new FakeServiceError(settings.unknownSortBy, message);
    }
  }
  const descending = search.SortOrder === "DESCENDING";
  const orderMember = sortMember ?? paged.order;
  const requested = (input as Record<string, unknown>)[paged.pageSize] as number | undefined;
  const token = (input as Record<string, unknown>)[paged.inputToken] as string | undefined;
  if (requested === 0 && settings.zeroPageSize[operation] === "refused") {
    throw errors.zeroPageSize(paged.pageSize);
  }
  const canonical: QueryParts = {
    base: JSON.stringify([
      caller.accountId,
      settings.searchTermsCombine,
      settings.searchCaseSensitive,
      settings.searchFieldMatch,
      settings.tagsTerm,
    ]),
    operation,
    accessLevel: JSON.stringify([level, level === "Account" ? "" : caller.arn]),
    filters: JSON.stringify(terms),
    sort: JSON.stringify([sortMember ?? null, descending]),
  };
  // Whether launching products are left out decides the matches but not the query a token belongs to: in vary
  // mode it is drawn per call, as an index catching up between two pages would.
  const matchKey = JSON.stringify([...QUERY_PARTS.map((part) => canonical[part]), hidesLaunching(operation, settings)]);
  let wants: ((product: Product) => boolean) | undefined;
  return {
    operation,
    level,
    terms,
    orderMember,
    descending,
    unsortedAwsLike: sortMember === undefined && settings.unsortedPaging[operation] === "aws-like",
    pageSize: requested === undefined || requested === 0 ? settings.defaultPageSize[operation] : requested,
    pageToken: token === undefined || token === "" ? undefined : token,
    canonical,
    matchKey,
    wants() {
      if (wants === undefined) {
        const inScope = scopeFilter(level, caller);
        const match = query === undefined ? () => true : compileMatcher(terms, query, settings);
        wants = hidesLaunching(operation, settings)
          ? (product) => inScope(product) && match(product) && !launching(product)
          : (product) => inScope(product) && match(product);
      }
      return wants;
    },
  };
}

/**
 * The most distinct search terms one query may have. Each term is tested against every product's searchable text,
 * so without a bound one 1 MiB request (200,000 terms) would hold the fake for seconds; AWS's own limit is
 * unknown (decisions/0009).
 */
const MAX_SEARCH_TERMS = 100;

/** Terms without repeats (a term repeated means nothing more under AND or OR), in first-seen order. */
function distinctTerms(terms: SearchTerm[]): SearchTerm[] {
  const seen = new Set<string>();
  return terms.filter((term) => {
    const key = JSON.stringify([term.member ?? null, term.tagKey ?? null, term.value]);
    if (seen.has(key)) {
      return false;
    }
    seen.add(key);
    return true;
  });
}

/** A plan's matches in its order, with their sort keys, and where a cursor resumes. */
export interface MatchList {
  readonly products: readonly Product[];
  readonly keys: readonly SortKey[];
  /** The position of the first product after (key, id) in this list's order. */
  after(key: SortKey, id: string): number;
}

/**
 * A plan's matches computed from scratch, the plainest way: filter, sort, and a linear search for the cursor. The
 * query engine keeps matches and indexes between calls for speed; this is what they must always equal.
 */
export function referenceMatches(plan: QueryPlan, products: Iterable<Product>): MatchList {
  const wants = plan.wants();
  const direction = plan.descending ? -1 : 1;
  const entries = [...products]
    .filter(wants)
    .map((product) => ({ product, key: sortKeyOf(product, plan.orderMember) }))
    .sort((a, b) => direction * compareKeys(a.key, a.product.Id, b.key, b.product.Id));
  return {
    products: entries.map((entry) => entry.product),
    keys: entries.map((entry) => entry.key),
    after(key, id) {
      const at = entries.findIndex((entry) => direction * compareKeys(entry.key, entry.product.Id, key, id) > 0);
      return at === -1 ? entries.length : at;
    },
  };
}

/** Whether this search leaves out products whose launch has not ended (`newProductsInSearch`). */
function hidesLaunching(operation: ListingOperationName, settings: FakeSettings): boolean {
  return queryOf(operation) !== undefined && settings.newProductsInSearch === "when-launched";
}

/** A product whose first launch has not ended: UNDER_CHANGE, and no request on it has succeeded yet. */
function launching(product: Product): boolean {
  return product.Status === "UNDER_CHANGE" && product.LastSuccessfulProvisioningRecordId === undefined;
}

function accessLevel(operation: ListingOperationName, input: ListInput, settings: FakeSettings): AccessLevelFilterKey {
  return requestedAccessLevel(input.AccessLevelFilter, settings.defaultAccessLevel[operation], {
    exactSelf: settings.selfValueCase[operation] === "exact",
    valueError: settings.accessLevelValueError[operation],
  });
}
