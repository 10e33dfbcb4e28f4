import type { ProvisionedProduct } from "./store.js";
import { StoreError } from "./store.js";

/**
 * Reads provisioned products from JSON: an array of products (or `{ "ProvisionedProducts": [...] }`, the shape
 * of a Search response, so a recorded answer can seed the fake), with `CreatedTime` as ISO 8601 text or epoch
 * seconds.
 * @public
 */
export function parseProductsFile(text: string, source = "products file"): ProvisionedProduct[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new StoreError(`${source}: not JSON (${(error as Error).message})`);
  }
  return productsFromJson(parsed, source);
}

/** The same, for JSON already parsed (a control API request). @internal */
export function productsFromJson(parsed: unknown, source: string): ProvisionedProduct[] {
  const list = Array.isArray(parsed)
    ? parsed
    : (parsed as { ProvisionedProducts?: unknown } | null)?.ProvisionedProducts;
  if (!Array.isArray(list)) {
    throw new StoreError(`${source}: expected an array of provisioned products, or an object with ProvisionedProducts`);
  }
  return list.map((item: unknown, index) => {
    if (typeof item !== "object" || item === null) {
      throw new StoreError(`${source}: item ${index} is not an object`);
    }
    const created = creationTime((item as { CreatedTime?: unknown }).CreatedTime);
    if (created === undefined) {
      throw new StoreError(`${source}: item ${index} needs CreatedTime as ISO 8601 text or epoch seconds`);
    }
    return { ...(item as ProvisionedProduct), CreatedTime: created };
  });
}

/** `CreatedTime` from JSON: ISO 8601 text or epoch seconds; undefined for anything else. @internal */
export function creationTime(value: unknown): Date | undefined {
  const date =
    typeof value === "number" ? new Date(value * 1000) : typeof value === "string" ? new Date(value) : undefined;
  return date === undefined || Number.isNaN(date.getTime()) ? undefined : date;
}

/** A product as JSON: `CreatedTime` as ISO 8601 text, the form `parseProductsFile` reads back. @internal */
export function productToJson(product: ProvisionedProduct): Record<string, unknown> {
  return { ...product, CreatedTime: product.CreatedTime.toISOString() };
}
