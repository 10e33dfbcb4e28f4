import { type ListingOperationName, serviceTables } from "@svccat/model";
import { memberNames, paging, structure } from "../core/tables.js";
import { errors } from "../core/wire-errors.js";
import type { Caller } from "../state/principals.js";
import { type FakeSettings, seededIndex } from "../state/settings.js";
import type { ProvisionedProduct, ProvisionedProductStore } from "../state/store.js";
import { KeptMatches } from "./kept-matches.js";
import {
  type PageTokenCodec,
  type QueryPart,
  queryDigest,
  type TokenFailure,
  type TokenPosition,
} from "./page-token.js";
import { type ListInput, type MatchList, planQuery, type QueryPlan, referenceMatches } from "./query-plan.js";

type Product = Readonly<ProvisionedProduct>;

export interface ListResult {
  /** Each item as JSON, projected to the output's item structure with timestamps as epoch seconds. */
  itemsJson: string[];
  total: number;
  nextToken: string | undefined;
}

/** Where a plan's matches come from: kept between calls (the fake), or computed afresh (the reference). */
export type MatchSource = (plan: QueryPlan) => MatchList;

/** Matches kept between calls and following store writes: what every fake uses. */
export function keptMatches(store: ProvisionedProductStore): MatchSource {
  const kept = new KeptMatches(store);
  return (plan) => kept.matches(plan);
}

/** Matches computed from scratch for every call: the oracle the kept matches are tested against. */
export function freshMatches(store: ProvisionedProductStore): MatchSource {
  return (plan) => referenceMatches(plan, store.values());
}

/**
 * Runs Scan and Search: plans the query (what it means), checks its page token, takes the plan's matches from the
 * source, and cuts the page. Page tokens are cursors (the sort key and Id of the last item), so items added or
 * removed between pages never repeat or skip an item that was there throughout.
 */
export class QueryEngine {
  private shuffles = 0;

  constructor(
    private readonly tokens: PageTokenCodec,
    private readonly source: MatchSource,
  ) {}

  async list(
    operation: ListingOperationName,
    input: ListInput,
    caller: Caller,
    now: number,
    settings: FakeSettings,
  ): Promise<ListResult> {
    const plan = planQuery(operation, input, caller, settings);
    const digest = await queryDigest(plan.canonical);
    let after: TokenPosition | undefined;
    if (plan.pageToken !== undefined) {
      const check = await this.tokens.decode(plan.pageToken, {
        query: digest,
        bound: boundParts(settings),
        ttlSeconds: settings.tokenTtlSeconds,
        now,
      });
      if (!check.ok) {
        throw errors.invalidParameters(tokenMessage(check.reason));
      }
      after = check.payload.position;
    }

    const matches = this.source(plan);
    let products = matches.products;
    if (plan.unsortedAwsLike) {
      // AWS pages unsorted results by offset over an order that is not stable between calls (its docs advise
      // sorting by createdTime to avoid duplicates and misses); reproduce that.
      products = shuffled(products, seededIndex(`${settings.seed} ${++this.shuffles}`, 0x7fffffff) + 1);
    }
    let start = 0;
    if (after !== undefined) {
      if ("offset" in after) {
        start = typeof after.offset === "number" && after.offset >= 0 ? after.offset : 0;
      } else if (Array.isArray(after.after) && !plan.unsortedAwsLike) {
        const [key, id] = after.after;
        start = matches.after(key, String(id));
      }
    }
    const page = products.slice(start, start + plan.pageSize);
    const end = start + page.length;
    let nextToken: string | undefined;
    if (end < products.length && page.length > 0) {
      const last = page[page.length - 1] as Product;
      const position: TokenPosition = plan.unsortedAwsLike
        ? { offset: end }
        : { after: [matches.keys[end - 1] as string | number, last.Id] };
      nextToken = await this.tokens.encode({ query: digest, position, issuedAt: now });
    }
    const project = projector(operation);
    return { itemsJson: page.map(project), total: products.length, nextToken };
  }
}

function boundParts(settings: FakeSettings): QueryPart[] {
  const bound: QueryPart[] = ["base"];
  if (settings.tokenBoundToOperation) {
    bound.push("operation");
  }
  if (settings.tokenBoundToAccessLevel) {
    bound.push("accessLevel");
  }
  if (settings.tokenBoundToFilters) {
    bound.push("filters");
  }
  if (settings.tokenBoundToSort) {
    bound.push("sort");
  }
  return bound;
}

function tokenMessage(reason: TokenFailure): string {
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

const listingProjectors = new Map<ListingOperationName, (product: Product) => string>();

/** The projection of a listing's items: the structure its output's items member lists, found once per listing. */
function projector(operation: ListingOperationName): (product: Product) => string {
  const known = listingProjectors.get(operation);
  if (known !== undefined) {
    return known;
  }
  const output = structure(serviceTables.operations[operation].output);
  const itemsTarget = output.members[paging(operation).items]?.target;
  const listShape =
    itemsTarget === undefined ? undefined : serviceTables.shapes[itemsTarget as keyof typeof serviceTables.shapes];
  const itemName = listShape !== undefined && listShape.type === "list" ? listShape.member.target : undefined;
  if (itemName === undefined) {
    throw new Error(`@svccat/fake: cannot tell the item structure of ${operation}`);
  }
  const project = productJson(itemName);
  listingProjectors.set(operation, project);
  return project;
}

const projectors = new Map<string, (product: Product) => string>();

/**
 * Stored product → the JSON of an output structure that describes it (a listing's item, DescribeProvisionedProduct's
 * detail): only its members, timestamps in epoch seconds. Stored products are frozen and replaced, never changed, so
 * each one's JSON is made once per structure and kept as long as the product is (a WeakMap): following pages and
 * repeated traversals only join strings.
 */
export function productJson(structureName: string): (product: Product) => string {
  let project = projectors.get(structureName);
  if (project === undefined) {
    const members = memberNames(structureName);
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
    projectors.set(structureName, project);
  }
  return project;
}
