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
    const created = (item as { CreatedTime?: unknown }).CreatedTime;
    const date =
      typeof created === "number"
        ? new Date(created * 1000)
        : typeof created === "string"
          ? new Date(created)
          : undefined;
    if (date === undefined || Number.isNaN(date.getTime())) {
      throw new StoreError(`${source}: item ${index} needs CreatedTime as ISO 8601 text or epoch seconds`);
    }
    return { ...(item as ProvisionedProduct), CreatedTime: date };
  });
}
