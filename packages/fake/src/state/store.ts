import {
  formatValidationMessage,
  type ProvisionedProductAttribute,
  type ProvisionedProductDetail,
  serviceTables,
  validateDocument,
} from "@svccat/model";

/**
 * A provisioned product as the fake stores it: every member Search returns, plus Scan's `LaunchRoleArn`.
 * `Id`, `Name`, `Arn`, `CreatedTime` are required; the rest is optional as in the spec.
 * @public
 */
export type ProvisionedProduct = ProvisionedProductAttribute &
  Pick<ProvisionedProductDetail, "LaunchRoleArn"> &
  Required<Pick<ProvisionedProductAttribute, "Id" | "Name" | "Arn" | "CreatedTime">>;

/** A product given to the store that it cannot keep; the message says which and why. @public */
export class StoreError extends Error {
  override readonly name = "StoreError";
}

/**
 * The provisioned products of the fake. Every write is checked against the spec's constraints first and applied
 * whole or not at all; reads hand out copies, so nothing outside can change what is stored.
 * @public
 */
export class ProvisionedProductStore {
  private readonly products = new Map<string, Readonly<ProvisionedProduct>>();
  private readonly watchers = new Set<(change: StoreChange) => void>();
  private changes = 0;

  constructor(initial: readonly ProvisionedProduct[] = []) {
    this.add(initial);
  }

  /** Adds one or more products; throws `StoreError` (and adds none) if any is invalid or its `Id` is taken. */
  add(products: ProvisionedProduct | readonly ProvisionedProduct[]): void {
    const list = Array.isArray(products) ? products : [products as ProvisionedProduct];
    const checked = list.map((product, index) =>
      checkProduct(product, list.length > 1 ? `products[${index}]` : "product"),
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
    const next = checkProduct({ ...current, ...patch, Id: id } as ProvisionedProduct, `update of '${id}'`);
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

  /** Replaces everything with `products` (none by default). */
  reset(products: readonly ProvisionedProduct[] = []): void {
    const replacement = new ProvisionedProductStore(products);
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

  private changed(change: StoreChange): void {
    this.changes++;
    for (const watcher of this.watchers) {
      watcher(change);
    }
  }
}

/** One write: the stored objects it took out and those it put in (an update is one of each). @internal */
export interface StoreChange {
  removed: readonly Readonly<ProvisionedProduct>[];
  added: readonly Readonly<ProvisionedProduct>[];
}

const ATTRIBUTE_SHAPE = "ProvisionedProductAttribute";

function checkProduct(product: ProvisionedProduct, label: string): Readonly<ProvisionedProduct> {
  if (typeof product !== "object" || product === null) {
    throw new StoreError(`${label} is not an object`);
  }
  for (const member of ["Id", "Name", "Arn"] as const) {
    if (typeof product[member] !== "string" || product[member] === "") {
      throw new StoreError(`${label} needs a non-empty string ${member}`);
    }
  }
  if (!(product.CreatedTime instanceof Date) || Number.isNaN(product.CreatedTime.getTime())) {
    throw new StoreError(`${label} (${product.Id}) needs CreatedTime as a valid Date`);
  }
  if (product.LaunchRoleArn !== undefined && typeof product.LaunchRoleArn !== "string") {
    throw new StoreError(`${label} (${product.Id}): LaunchRoleArn must be a string`);
  }
  const { LaunchRoleArn: _launchRole, CreatedTime, ...rest } = product;
  const document = { ...rest, CreatedTime: CreatedTime.getTime() / 1000 };
  const result = validateDocument(serviceTables, ATTRIBUTE_SHAPE, document);
  if (!result.ok) {
    const detail =
      result.kind === "ValidationException" ? formatValidationMessage(result.violations) : result.issue.message;
    throw new StoreError(`${label} (${product.Id}) does not fit the spec: ${detail}`);
  }
  const stored: ProvisionedProduct = { ...product, CreatedTime: new Date(CreatedTime.getTime()) };
  if (product.Tags !== undefined) {
    stored.Tags = product.Tags.map((tag) => Object.freeze({ ...tag }));
    Object.freeze(stored.Tags);
  }
  return Object.freeze(stored);
}

function copy(product: Readonly<ProvisionedProduct>): ProvisionedProduct {
  const out: ProvisionedProduct = { ...product, CreatedTime: new Date(product.CreatedTime.getTime()) };
  if (product.Tags !== undefined) {
    out.Tags = product.Tags.map((tag) => ({ ...tag }));
  }
  return out;
}
