import type { ProvisionedProduct, StoreChange } from "../state/store.js";

type Product = Readonly<ProvisionedProduct>;

/** What a product sorts by: a time as epoch milliseconds, a string as is, anything else as "". */
export type SortKey = string | number;

/** A write that touches more than this share of a list drops it, to be built afresh when next asked for. */
const REBUILD_SHARE = 1 / 8;

export function sortKeyOf(product: Product, member: string): SortKey {
  const value = (product as unknown as Record<string, unknown>)[member];
  if (value instanceof Date) {
    return value.getTime();
  }
  return typeof value === "string" ? value : "";
}

/** Ascending by key, then by Id, so that no two stored products tie; numbers before strings. */
export function compareKeys(a: SortKey, aId: string, b: SortKey, bId: string): number {
  if (a !== b) {
    if (typeof a === typeof b) {
      return a < b ? -1 : 1;
    }
    return typeof a === "number" ? -1 : 1;
  }
  return aId < bId ? -1 : aId > bId ? 1 : 0;
}

/**
 * The stored products a predicate wants, in the order of one member (then Id), ascending or descending, with their
 * sort keys beside them. It is kept in order as the store changes, a binary search and a splice per product
 * written, so that neither a new query nor the first page after a write has to sort.
 */
export class SortedProducts {
  readonly products: Product[] = [];
  readonly keys: SortKey[] = [];

  private constructor(
    readonly member: string,
    readonly descending: boolean,
    private readonly wanted: (product: Product) => boolean,
  ) {}

  /** Every product of `source`, sorted ascending. */
  static sort(source: Iterable<Product>, member: string): SortedProducts {
    const list = new SortedProducts(member, false, () => true);
    const decorated = [...source].map((product) => ({ key: sortKeyOf(product, member), product }));
    decorated.sort((a, b) => compareKeys(a.key, a.product.Id, b.key, b.product.Id));
    for (const { key, product } of decorated) {
      list.products.push(product);
      list.keys.push(key);
    }
    return list;
  }

  /** The products of an ascending list that `wanted` keeps, in the order asked for: one pass, no sort. */
  static filter(index: SortedProducts, descending: boolean, wanted: (product: Product) => boolean): SortedProducts {
    const list = new SortedProducts(index.member, descending, wanted);
    const count = index.products.length;
    for (let i = 0; i < count; i++) {
      const at = descending ? count - 1 - i : i;
      const product = index.products[at] as Product;
      if (wanted(product)) {
        list.products.push(product);
        list.keys.push(index.keys[at] as SortKey);
      }
    }
    return list;
  }

  /** The position of the first product that comes after (key, id) in this list's order. */
  after(key: SortKey, id: string): number {
    return this.search(key, id, true);
  }

  /** Follows a store write; false when the write touches too much of the list to be worth following. */
  apply(change: StoreChange): boolean {
    if (change.removed.length + change.added.length > Math.max(16, this.products.length * REBUILD_SHARE)) {
      return false;
    }
    for (const product of change.removed) {
      const at = this.search(sortKeyOf(product, this.member), product.Id, false);
      if (this.products[at]?.Id === product.Id) {
        this.products.splice(at, 1);
        this.keys.splice(at, 1);
      }
    }
    for (const product of change.added) {
      if (this.wanted(product)) {
        const key = sortKeyOf(product, this.member);
        const at = this.search(key, product.Id, false);
        this.products.splice(at, 0, product);
        this.keys.splice(at, 0, key);
      }
    }
    return true;
  }

  /** Binary search in this list's order: the first position at (or, with `strictly`, after) (key, id). */
  private search(key: SortKey, id: string, strictly: boolean): number {
    const direction = this.descending ? -1 : 1;
    let low = 0;
    let high = this.products.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const cmp = compareKeys(this.keys[mid] as SortKey, (this.products[mid] as Product).Id, key, id) * direction;
      if (cmp < 0 || (strictly && cmp === 0)) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
