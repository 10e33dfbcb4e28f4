// The page shapes the client benchmarks read: none is tuned to; the figures quoted are the worst shape's. Each is
// 100 Search items (ProvisionedProductAttribute) and 20 Scan items (ProvisionedProductDetail), as the wire has them.
import { generateProvisionedProducts } from "@svccat/fake";

/** How many pages a canned listing has: 10,000 products through Search pages of 100, 3,000 through Scan pages of 20. */
export const LISTING_PAGES = { Scan: 150, Search: 100 };

const base = generateProvisionedProducts(100, { seed: 1 });
const epoch = (p) => ({ ...p, CreatedTime: p.CreatedTime.getTime() / 1000 });
const NON_ASCII = "Ünïcödé-プロビジョニング済み製品-🚀-";

/** Scan items carry no tags, physical id, product or artifact names, or user ARNs; Search items no launch role. */
const scanItem = ({ Tags, PhysicalId, ProductName, ProvisioningArtifactName, UserArn, UserArnSession, ...rest }) =>
  rest;
const searchItem = ({ LaunchRoleArn, ...rest }) => rest;

const everyMember = (p, i) => ({
  ...p,
  StatusMessage: p.StatusMessage ?? "Stack update complete",
  PhysicalId: p.PhysicalId ?? `arn:aws:cloudformation:us-east-1:123456789012:stack/SC-${i}/abc`,
  LaunchRoleArn: p.LaunchRoleArn ?? "arn:aws:iam::123456789012:role/SCLaunchRole",
  LastSuccessfulProvisioningRecordId: p.LastSuccessfulProvisioningRecordId ?? p.LastRecordId,
});

/** name → how each generated product (CreatedTime as epoch seconds, fractional) becomes that shape's product. */
export const SHAPES = {
  typical: (p) => p,
  "no-tags": ({ Tags, ...p }) => p,
  "ten-tags": (p) => ({
    ...p,
    Tags: Array.from({ length: 10 }, (_, i) => ({ Key: `tag-key-${i}`, Value: `tag value ${i} for ${p.Name}` })),
  }),
  "long-non-ascii": (p, i) => ({
    ...p,
    Name: `${NON_ASCII}${p.Name}-${"長い名前".repeat(12)}`.slice(0, 128),
    StatusMessage: `${NON_ASCII.repeat(8)}${i}`,
    ProductName: `${NON_ASCII}${p.ProductName}`,
    Tags: [{ Key: "チーム", Value: `${NON_ASCII}${i}` }],
  }),
  "empty-strings": (p) => ({
    ...p,
    StatusMessage: "",
    PhysicalId: "",
    LaunchRoleArn: "",
    ProvisioningArtifactName: "",
    Tags: [{ Key: "team", Value: "" }],
  }),
  sparse: (p) => ({ Id: p.Id, Name: p.Name, Status: p.Status }),
  "every-member-fractional-time": (p, i) => everyMember({ ...p, CreatedTime: 1712345678.123 + i * 0.5 }, i),
  "whole-seconds-time": (p, i) => ({ ...p, CreatedTime: 1712345678 + i * 60 }),
};

/** Each shape's page items for each operation, as JSON text without the brackets. */
export function shapeItems(shape) {
  const make = SHAPES[shape];
  const products = base.map(epoch).map((p, i) => make(p, i));
  return {
    Scan: products
      .slice(0, 20)
      .map(scanItem)
      .map((p) => JSON.stringify(p))
      .join(","),
    Search: products
      .map(searchItem)
      .map((p) => JSON.stringify(p))
      .join(","),
  };
}
