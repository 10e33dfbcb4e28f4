import type { ProvisionedProductStore } from "../state/store.js";
import type { MatchList, QueryPlan } from "./query-plan.js";
import { SortedProducts } from "./sorted-products.js";

const CACHE_LIMIT = 32;

/**
 * How listings are made fast: the matches of recent plans, by their canonical form (least recently used first),
 * found by one pass over a per-member sort index of the whole store. Both the indexes and the kept matches follow
 * every store write (a binary search and a splice per product written), so a following page, even right after a
 * write, costs a binary search and a slice, not a scan and a sort. What it answers must always equal
 * `referenceMatches` of the same plan over the same store.
 */
export class KeptMatches {
  /** Every stored product, ascending, by each member a plan has ordered by. */
  private readonly indexes = new Map<string, SortedProducts>();
  private readonly kept = new Map<string, SortedProducts>();

  constructor(private readonly store: ProvisionedProductStore) {
    store.watch((change) => {
      for (const lists of [this.indexes, this.kept]) {
        for (const [name, list] of lists) {
          if (!list.apply(change)) {
            lists.delete(name);
          }
        }
      }
    });
  }

  matches(plan: QueryPlan): MatchList {
    const cached = this.kept.get(plan.matchKey);
    if (cached !== undefined) {
      // Keep recently used entries last, so the oldest is evicted first.
      this.kept.delete(plan.matchKey);
      this.kept.set(plan.matchKey, cached);
      return cached;
    }
    let index = this.indexes.get(plan.orderMember);
    if (index === undefined) {
      index = SortedProducts.sort(this.store.values(), plan.orderMember);
      this.indexes.set(plan.orderMember, index);
    }
    const matches = SortedProducts.filter(index, plan.descending, plan.wants());
    this.kept.set(plan.matchKey, matches);
    if (this.kept.size > CACHE_LIMIT) {
      const oldest = this.kept.keys().next().value;
      if (oldest !== undefined) {
        this.kept.delete(oldest);
      }
    }
    return matches;
  }
}
