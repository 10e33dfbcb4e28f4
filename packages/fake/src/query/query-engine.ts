import { type AccessLevelFilterKey, type OperationName, type QueryTable, serviceTables } from "@svccat/model";
import { type PageTokenCodec, queryDigest, type TokenPosition } from "./page-token.js";
import type { Caller } from "./principals.js";
import { compileMatcher, parseTerms } from "./search-query.js";
import type { FakeSettings } from "./settings.js";
import { SortedProducts, sortKeyOf } from "./sorted-products.js";
import type { ProvisionedProduct, ProvisionedProductStore } from "./store.js";
import { memberNames, paging, structure } from "./tables.js";
import { errors } from "./wire-errors.js";

type Product = Readonly<ProvisionedProduct>;

/** What Scan and Search ask, once validated: the members the engine reads. */
export interface ListInput {
  AccessLevelFilter?: { Key?: string; Value?: string };
  Filters?: Record<string, string[]>;
  SortBy?: string;
  SortOrder?: string;
  PageSize?: number;
  PageToken?: string;
}

export interface ListResult {
  /** Each item as JSON, projected to the output's item structure with timestamps as epoch seconds. */
  itemsJson: string[];
  total: number;
  nextToken: string | undefined;
}

const CACHE_LIMIT = 32;

/**
 * Runs Scan and Search over the store. The matches of a query (its access scope, terms and order) are found once,
 * by one pass over a sort index of the whole store, and kept; both the indexes and the kept matches follow every
 * store write (a binary search and a splice per product written), so a following page, even right after a write,
 * costs a binary search and a slice, not a scan and a sort. Page tokens are cursors (the sort key and Id of the
 * last item), so items added or removed between pages never repeat or skip an item that was there throughout.
 */
export class QueryEngine {
  /** Every stored product, ascending, by each member a query has sorted by. */
  private readonly indexes = new Map<string, SortedProducts>();
  /** The matches of recent queries, by their canonical form, least recently used first. */
  private readonly cache = new Map<string, SortedProducts>();
  private shuffles = 0;

  constructor(
    private readonly store: ProvisionedProductStore,
    private readonly tokens: PageTokenCodec,
    private readonly settings: () => FakeSettings,
  ) {
    store.watch((change) => {
      for (const lists of [this.indexes, this.cache]) {
        for (const [name, list] of lists) {
          if (!list.apply(change)) {
            lists.delete(name);
          }
        }
      }
    });
  }

  async list(operation: OperationName, input: ListInput, caller: Caller, now: number): Promise<ListResult> {
    const settings = this.settings();
    const query: QueryTable | undefined = (serviceTables.operations[operation] as { query?: QueryTable }).query;
    const level = accessLevel(operation, input, settings);
    const terms = query === undefined ? [] : parseTerms(input.Filters?.[query.filterKey] ?? [], query);
    let sortMember: string | undefined;
    if (query !== undefined && input.SortBy !== undefined) {
      sortMember = query.sortFields[input.SortBy];
      if (sortMember === undefined && settings.unknownSortBy === "error") {
        throw errors.invalidParameters(
          `SortBy '${input.SortBy}' is not supported; use one of ${Object.keys(query.sortFields).join(", ")}`,
        );
      }
    }
    const descending = input.SortOrder === "DESCENDING";
    const unsortedAwsLike = sortMember === undefined && settings.unsortedPaging === "aws-like";
    const canonical = JSON.stringify([
      operation,
      caller.accountId,
      level === "Account" ? "" : caller.arn,
      level,
      terms,
      sortMember ?? null,
      descending,
      settings.searchTermsCombine,
      settings.searchCaseSensitive,
      settings.searchFieldMatch,
    ]);
    const digest = await queryDigest(canonical);

    let start = 0;
    const token = input.PageToken;
    let after: TokenPosition | undefined;
    if (token !== undefined && token !== "") {
      const check = await this.tokens.decode(token, {
        query: digest,
        boundToQuery: settings.tokenBoundToQuery,
        ttlSeconds: settings.tokenTtlSeconds,
        now,
      });
      if (!check.ok) {
        throw errors.invalidParameters(tokenMessage(check.reason));
      }
      after = check.payload.position;
    }

    const matches = this.matches(
      canonical,
      () => {
        const inScope = scopeFilter(level, caller);
        const match = query === undefined ? () => true : compileMatcher(terms, query, settings);
        return (product) => inScope(product) && match(product);
      },
      sortMember ?? "CreatedTime",
      descending,
    );

    let products = matches.products;
    if (unsortedAwsLike) {
      // AWS pages unsorted results by offset over an order that is not stable between calls (its docs advise
      // sorting by createdTime to avoid duplicates and misses); reproduce that.
      products = shuffled(products, ++this.shuffles);
    }
    if (after !== undefined) {
      if ("offset" in after) {
        start = typeof after.offset === "number" && after.offset >= 0 ? after.offset : 0;
      } else if (Array.isArray(after.after) && !unsortedAwsLike) {
        const [key, id] = after.after;
        start = matches.after(key, String(id));
      }
    }
    const size = pageSize(operation, input.PageSize, settings);
    const page = products.slice(start, start + size);
    const end = start + page.length;
    let nextToken: string | undefined;
    if (end < products.length && page.length > 0) {
      const last = page[page.length - 1] as Product;
      const position: TokenPosition = unsortedAwsLike
        ? { offset: end }
        : { after: [sortKeyOf(last, sortMember ?? "CreatedTime"), last.Id] };
      nextToken = await this.tokens.encode({ query: digest, position, issuedAt: now });
    }
    const project = projector(operation);
    return { itemsJson: page.map(project), total: products.length, nextToken };
  }

  private matches(
    canonical: string,
    predicate: () => (product: Product) => boolean,
    sortMember: string,
    descending: boolean,
  ): SortedProducts {
    const cached = this.cache.get(canonical);
    if (cached !== undefined) {
      // Keep recently used entries last, so the oldest is evicted first.
      this.cache.delete(canonical);
      this.cache.set(canonical, cached);
      return cached;
    }
    let index = this.indexes.get(sortMember);
    if (index === undefined) {
      index = SortedProducts.sort(this.store.values(), sortMember);
      this.indexes.set(sortMember, index);
    }
    const matches = SortedProducts.filter(index, descending, predicate());
    this.cache.set(canonical, matches);
    if (this.cache.size > CACHE_LIMIT) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) {
        this.cache.delete(oldest);
      }
    }
    return matches;
  }
}

function accessLevel(operation: OperationName, input: ListInput, settings: FakeSettings): AccessLevelFilterKey {
  const filter = input.AccessLevelFilter;
  const level = (filter?.Key as AccessLevelFilterKey | undefined) ?? settings.defaultAccessLevel[operation];
  if (filter !== undefined) {
    const value = filter.Value;
    const ok = settings.selfValueCase === "exact" ? value === "self" : value?.toLowerCase() === "self";
    if (!ok) {
      throw errors.invalidParameters(
        `AccessLevelFilter value '${value ?? ""}' is not supported; the only supported value is 'self'`,
      );
    }
  }
  return level;
}

function scopeFilter(level: AccessLevelFilterKey, caller: Caller): (product: Product) => boolean {
  switch (level) {
    case "Account":
      return (product) => inAccount(product.Arn, caller.accountId);
    case "Role":
      // An IAM user has no role: at Role level it sees what it launched, as at User level.
      if (caller.roleArn !== undefined) {
        const role = caller.roleArn;
        return (product) => product.UserArn === role && inAccount(product.Arn, caller.accountId);
      }
      return (product) => launchedBy(product, caller);
    default:
      return (product) => launchedBy(product, caller);
  }
}

function launchedBy(product: Product, caller: Caller): boolean {
  return (product.UserArnSession ?? product.UserArn) === caller.arn;
}

/**
 * Whether an ARN (`arn:partition:service:region:account:…`) is in `account`. Every stored product is tested on
 * every query after a write, so this reads the ARN in place rather than splitting it.
 */
function inAccount(arn: string, account: string): boolean {
  let start = 0;
  for (let colons = 0; colons < 4; colons++) {
    const at = arn.indexOf(":", start);
    if (at === -1) {
      return false;
    }
    start = at + 1;
  }
  const end = start + account.length;
  return arn.startsWith(account, start) && (end === arn.length || arn[end] === ":");
}

function pageSize(operation: OperationName, requested: number | undefined, settings: FakeSettings): number {
  return requested === undefined || requested === 0 ? settings.defaultPageSize[operation] : requested;
}

function tokenMessage(reason: "malformed" | "forged" | "other-query" | "expired"): string {
  switch (reason) {
    case "other-query":
      return "The page token does not belong to this query; start again without a PageToken";
    case "expired":
      return "The page token has expired; start again without a PageToken";
    default:
      return "The page token is not valid";
  }
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = items.slice();
  let state = seed * 2654435761;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state ^ (state << 13)) >>> 0;
    state = (state ^ (state >>> 17)) >>> 0;
    state = (state ^ (state << 5)) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const projectors = new Map<OperationName, (product: Product) => string>();

/**
 * Stored product → the JSON of the operation's item structure: only its members, timestamps in epoch seconds.
 * Stored products are frozen and replaced, never changed, so each one's JSON is made once per operation and kept
 * as long as the product is (a WeakMap): following pages and repeated traversals only join strings.
 */
function projector(operation: OperationName): (product: Product) => string {
  let project = projectors.get(operation);
  if (project === undefined) {
    const output = structure(serviceTables.operations[operation].output);
    const itemsTarget = output.members[paging(operation).items]?.target;
    const listShape =
      itemsTarget === undefined ? undefined : serviceTables.shapes[itemsTarget as keyof typeof serviceTables.shapes];
    const itemName = listShape !== undefined && listShape.type === "list" ? listShape.member.target : undefined;
    if (itemName === undefined) {
      throw new Error(`@svccat/fake: cannot tell the item structure of ${operation}`);
    }
    const members = memberNames(itemName);
    const cache = new WeakMap<Product, string>();
    project = (product) => {
      let json = cache.get(product);
      if (json === undefined) {
        const out: Record<string, unknown> = {};
        for (const member of members) {
          const value = (product as unknown as Record<string, unknown>)[member];
          if (value !== undefined) {
            out[member] = value instanceof Date ? value.getTime() / 1000 : value;
          }
        }
        json = JSON.stringify(out);
        cache.set(product, json);
      }
      return json;
    };
    projectors.set(operation, project);
  }
  return project;
}
