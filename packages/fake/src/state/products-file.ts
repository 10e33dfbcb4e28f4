import { type ProvisionedProduct, productFromJson, StoreError } from "./product-shape.js";

/**
 * Reads provisioned products from JSON: an array of products (or `{ "ProvisionedProducts": [...] }`, the shape
 * of a Search response, so a recorded answer can seed the fake), with `CreatedTime` as ISO 8601 text with an offset
 * or epoch seconds. Each product is checked whole (`checkedProduct`); a refusal names its index, member and rule.
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
    : typeof parsed === "object" && parsed !== null && Object.hasOwn(parsed, "ProvisionedProducts")
      ? (parsed as { ProvisionedProducts: unknown }).ProvisionedProducts
      : undefined;
  if (!Array.isArray(list)) {
    throw new StoreError(`${source}: expected an array of provisioned products, or an object with ProvisionedProducts`);
  }
  return list.map((item: unknown, index) => productFromJson(item, `${source}: products[${index}]`));
}

/** A product as JSON: `CreatedTime` as ISO 8601 text, the form `parseProductsFile` reads back. @internal */
export function productToJson(product: ProvisionedProduct): Record<string, unknown> {
  return { ...product, CreatedTime: product.CreatedTime.toISOString() };
}
