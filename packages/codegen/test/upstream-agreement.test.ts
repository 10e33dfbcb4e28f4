import { readFile } from "node:fs/promises";
import { describe, expect, test } from "vitest";
import { type AstShape, closureOf, type SmithyAst } from "../src/index.js";
import { specCopy } from "./helpers.js";

/** Our own additions, which AWS's model does not have by design (see the trait's documentation in the spec). */
const SVCCAT_TRAITS = new Set([
  "svccat.traits#paginated",
  "svccat.traits#searchQuery",
  "svccat.traits#arn",
  // AWS's model has no waiters for Service Catalog; the spec adds three (a record ending, a product available, gone).
  "smithy.waiters#waitable",
]);
/** Words differ on purpose: the spec documents the service in our own words. */
const WORDING_TRAITS = new Set(["smithy.api#documentation"]);

const upstream = JSON.parse(
  await readFile(new URL("./fixtures/aws-service-catalog-lifecycle-subset.smithy.json", import.meta.url), "utf8"),
) as SmithyAst;
const ours = await specCopy();

const serviceId = "com.amazonaws.servicecatalog#AWS242ServiceCatalogService";
const ourClosure = closureOf(serviceId, ours.shapes).sort();
const upstreamClosure = closureOf(serviceId, upstream.shapes).sort();

/** The shape without documentation or svccat's traits, with the endpoint rule set's parameter docs dropped. */
function contractOf(shape: AstShape): unknown {
  return JSON.parse(
    JSON.stringify(shape, (key, value) => {
      if (key === "traits" && typeof value === "object" && value !== null) {
        const kept = Object.entries(value).filter(([trait]) => !SVCCAT_TRAITS.has(trait) && !WORDING_TRAITS.has(trait));
        // A shape whose only trait is its documentation compares equal to one with no traits at all.
        return kept.length === 0 ? undefined : Object.fromEntries(kept);
      }
      // The rule set's parameter types are case-insensitive (AWS's models write both `String` and `string`).
      if (key === "type" && typeof value === "string") {
        return value.toLowerCase();
      }
      // The rule set's parameters carry documentation strings of their own.
      return key === "documentation" ? undefined : value;
    }),
  );
}

describe("spec/servicecatalog.json agrees with AWS's model", () => {
  test("the service reaches the same shapes", () => {
    expect(ourClosure).toEqual(upstreamClosure);
    expect(ourClosure).toHaveLength(150);
  });

  for (const id of upstreamClosure) {
    test(`${id.split("#")[1]}: same type, members, targets and traits`, () => {
      const theirs = upstream.shapes[id] as AstShape;
      const mine = ours.shapes[id] as AstShape;
      expect(contractOf(mine)).toEqual(contractOf(theirs));
    });
  }

  test("every shape and member is documented in our own words", () => {
    for (const id of ourClosure) {
      const shape = ours.shapes[id] as AstShape;
      if (shape.type === "service") {
        continue;
      }
      const theirs = upstream.shapes[id]?.traits?.["smithy.api#documentation"];
      expect(shape.traits?.["smithy.api#documentation"], id).toBeTypeOf("string");
      expect(shape.traits?.["smithy.api#documentation"], id).not.toEqual(theirs);
    }
  });

  test("only svccat's paging trait is added, and it leaves smithy.api#paginated as AWS has it", () => {
    const scan = ours.shapes["com.amazonaws.servicecatalog#ScanProvisionedProducts"] as AstShape;
    const search = ours.shapes["com.amazonaws.servicecatalog#SearchProvisionedProducts"] as AstShape;
    expect(scan.traits?.["smithy.api#paginated"]).toBeUndefined();
    expect(search.traits?.["smithy.api#paginated"]).toEqual({
      inputToken: "PageToken",
      outputToken: "NextPageToken",
      pageSize: "PageSize",
    });
    expect(scan.traits?.["svccat.traits#paginated"]).toMatchObject({ items: "ProvisionedProducts" });
  });
});
