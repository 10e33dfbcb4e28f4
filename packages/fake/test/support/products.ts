import type { ProvisionedProduct } from "../../src/index.js";

/**
 * A product with another Id or Name and the Arn that goes with them, `…:stack/{Name}/{Id}`: the store refuses an
 * Arn that names another product, as no AWS answer holds one.
 */
export function reidentified(
  product: ProvisionedProduct,
  identity: { Id?: string; Name?: string },
): ProvisionedProduct {
  const Id = identity.Id ?? product.Id;
  const Name = identity.Name ?? product.Name;
  const prefix = product.Arn.slice(0, product.Arn.indexOf(":stack/"));
  return { ...product, Id, Name, Arn: `${prefix}:stack/${Name}/${Id}` };
}
