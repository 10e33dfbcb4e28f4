import { checkedProduct, type ProvisionedProduct, StoreError } from "./product-shape.js";

export { type ProvisionedProduct, StoreError } from "./product-shape.js";

/**
 * The provisioned products of the fake. Every write is checked against the spec's constraints first and applied
 * whole or not at all; reads hand out copies, so nothing outside can change what is stored.
 * @public
 */
export class ProvisionedProductStore {
  private readonly products = new Map<string, Readonly<ProvisionedProduct>>();
  private readonly watchers = new Set<(change: StoreChange) => void>();
  private changes = 0;

  /** The most products the store holds; an add or reset beyond it is refused whole. */
  readonly maxProducts: number;

  constructor(initial: readonly ProvisionedProduct[] = [], options: StoreOptions = {}) {
    const max = options.maxProducts ?? DEFAULT_MAX_PRODUCTS;
    if (!Number.isSafeInteger(max) || max < 0) {
      throw new StoreError(`maxProducts must be a whole number from 0, not ${String(max)}`);
    }
    this.maxProducts = max;
    this.add(initial);
  }

  /** Adds one or more products; throws `StoreError` (and adds none) if any is invalid or its `Id` is taken. */
  add(products: ProvisionedProduct | readonly ProvisionedProduct[]): void {
    const list = Array.isArray(products) ? products : [products as ProvisionedProduct];
    this.checkRoom(this.products.size + list.length);
    const checked = list.map((product, index) =>
      checkedProduct(product, list.length > 1 ? `products[${index}]` : "product"),
    );
    const ids = new Set<string>();
    for (const product of checked) {
      if (this.products.has(product.Id) || ids.has(product.Id)) {
        throw new StoreError(`a provisioned product with Id '${product.Id}' is already stored`);
      }
      ids.add(product.Id);
    }
    for (const product of checked) {
      this.products.set(product.Id, product);
    }
    if (checked.length > 0) {
      this.changed({ removed: [], added: checked });
    }
  }

  /** Changes members of a stored product; `Id` cannot change. Returns the product as stored. */
  update(id: string, patch: Partial<Omit<ProvisionedProduct, "Id">>): ProvisionedProduct {
    const current = this.products.get(id);
    if (current === undefined) {
      throw new StoreError(`no provisioned product with Id '${id}'`);
    }
    if ("Id" in patch && (patch as { Id?: unknown }).Id !== id) {
      throw new StoreError(`the Id of provisioned product '${id}' cannot change`);
    }
    const next = checkedProduct({ ...current, ...patch, Id: id }, `update of '${id}'`);
    this.products.set(id, next);
    this.changed({ removed: [current], added: [next] });
    return copy(next);
  }

  /** Removes a product (as terminating it does: it no longer lists). Returns whether it was there. */
  remove(id: string): boolean {
    const current = this.products.get(id);
    if (current === undefined) {
      return false;
    }
    this.products.delete(id);
    this.changed({ removed: [current], added: [] });
    return true;
  }

  get(id: string): ProvisionedProduct | undefined {
    const found = this.products.get(id);
    return found === undefined ? undefined : copy(found);
  }

  /** Every stored product, in the order they were added. */
  list(): ProvisionedProduct[] {
    return [...this.products.values()].map(copy);
  }

  /** The stored products from `start` to before `end`, in the order they were added. */
  slice(start: number, end: number): ProvisionedProduct[] {
    const out: ProvisionedProduct[] = [];
    let index = 0;
    for (const product of this.products.values()) {
      if (index >= end) {
        break;
      }
      if (index >= start) {
        out.push(copy(product));
      }
      index++;
    }
    return out;
  }

  /** Replaces everything with `products` (none by default). */
  reset(products: readonly ProvisionedProduct[] = []): void {
    const replacement = new ProvisionedProductStore(products, { maxProducts: this.maxProducts });
    const removed = [...this.products.values()];
    this.products.clear();
    for (const [id, product] of replacement.products) {
      this.products.set(id, product);
    }
    this.changed({ removed, added: [...replacement.products.values()] });
  }

  get size(): number {
    return this.products.size;
  }

  /** A number that changes with every write. @internal */
  get version(): number {
    return this.changes;
  }

  /** The stored objects themselves, frozen, for the query engine. @internal */
  values(): IterableIterator<Readonly<ProvisionedProduct>> {
    return this.products.values();
  }

  /** Calls `watcher` after every write with what it replaced; returns a function that stops it. @internal */
  watch(watcher: (change: StoreChange) => void): () => void {
    this.watchers.add(watcher);
    return () => this.watchers.delete(watcher);
  }

  private checkRoom(size: number): void {
    if (size > this.maxProducts) {
      throw new StoreError(
        `the store holds at most ${this.maxProducts} provisioned products (maxProducts); this write would make ${size}`,
      );
    }
  }

  private changed(change: StoreChange): void {
    this.changes++;
    for (const watcher of this.watchers) {
      watcher(change);
    }
  }
}

/** How many products a store holds at most unless told otherwise: about 0.6 GB of a Node heap. @public */
export const DEFAULT_MAX_PRODUCTS = 200_000;

/** @public */
export interface StoreOptions {
  /** The most products the store holds. Default `DEFAULT_MAX_PRODUCTS` (200,000). */
  maxProducts?: number;
}

/** One write: the stored objects it took out and those it put in (an update is one of each). @internal */
export interface StoreChange {
  removed: readonly Readonly<ProvisionedProduct>[];
  added: readonly Readonly<ProvisionedProduct>[];
}

function copy(product: Readonly<ProvisionedProduct>): ProvisionedProduct {
  const out: ProvisionedProduct = { ...product, CreatedTime: new Date(product.CreatedTime.getTime()) };
  if (product.Tags !== undefined) {
    out.Tags = product.Tags.map((tag) => ({ ...tag }));
  }
  return out;
}
