import type { ListingOperationName } from "@svccat/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateProvisionedProducts, type ProvisionedProduct, resolveSettings } from "../src/index.js";
import { createServiceCatalogFake } from "../src/msw/index.js";
import { PageTokenCodec } from "../src/query/page-token.js";
import { freshMatches, keptMatches, QueryEngine } from "../src/query/query-engine.js";
import type { ListInput } from "../src/query/query-plan.js";
import { callerOf, defaultPrincipal } from "../src/state/principals.js";
import { call, traverse } from "./support/dispatch.js";
import { reidentified } from "./support/products.js";

// The queries whose matches the fake keeps between calls; each runs before and after every write, so the kept
// lists and the sort indexes have to follow the writes.
const QUERIES: Array<[ListingOperationName, ListInput]> = [
  ["ScanProvisionedProducts", { AccessLevelFilter: { Key: "Account", Value: "self" }, PageSize: 7 }],
  ["SearchProvisionedProducts", { PageSize: 9 }],
  ["SearchProvisionedProducts", { SortBy: "name", SortOrder: "DESCENDING", PageSize: 11 }],
  ["SearchProvisionedProducts", { Filters: { SearchQuery: ["status:AVAILABLE"] }, SortBy: "lastRecordId" }],
  ["SearchProvisionedProducts", { Filters: { SearchQuery: ["web"] }, SortBy: "createdTime", SortOrder: "DESCENDING" }],
  ["SearchProvisionedProducts", { AccessLevelFilter: { Key: "User", Value: "self" }, SortBy: "arn", PageSize: 5 }],
];

type Write =
  | { kind: "add"; seed: number }
  | { kind: "update"; pick: number; patch: Partial<ProvisionedProduct> }
  | { kind: "remove"; pick: number }
  | { kind: "reset"; seed: number };

const write: fc.Arbitrary<Write> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("add" as const), seed: fc.integer({ min: 1, max: 1e6 }) }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant("update" as const),
      pick: fc.nat(),
      patch: fc.oneof(
        fc.record({ Name: fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/) }),
        fc.record({ Status: fc.constantFrom("AVAILABLE", "ERROR", "TAINTED", "UNDER_CHANGE") }),
        fc.record({
          CreatedTime: fc.date({ min: new Date("2020-01-01"), max: new Date("2030-01-01"), noInvalidDate: true }),
        }),
        fc.record({ LastRecordId: fc.stringMatching(/^rec-[a-z0-9]{1,8}$/) }),
      ),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("remove" as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("reset" as const), seed: fc.integer({ min: 1, max: 1e6 }) }) },
);

function apply(fake: ReturnType<typeof createServiceCatalogFake>, step: Write, counter: { next: number }): void {
  const stored = fake.store.list();
  switch (step.kind) {
    case "add": {
      const [product] = generateProvisionedProducts(1, { seed: step.seed });
      fake.store.add(reidentified(product as ProvisionedProduct, { Id: `pp-added${counter.next++}` }));
      return;
    }
    case "update":
      if (stored.length > 0) {
        const target = stored[step.pick % stored.length] as ProvisionedProduct;
        // A new Name comes with the Arn that names it.
        const patch = "Name" in step.patch ? { ...step.patch, Arn: reidentified(target, step.patch).Arn } : step.patch;
        fake.store.update(target.Id, patch);
      }
      return;
    case "remove":
      if (stored.length > 0) {
        fake.store.remove((stored[step.pick % stored.length] as ProvisionedProduct).Id);
      }
      return;
    case "reset":
      fake.store.reset(generateProvisionedProducts(30, { seed: step.seed }));
      return;
  }
}

/** Every page of a listing through one engine: the items' JSON, page by page, and the totals. */
async function traverseEngine(engine: QueryEngine, operation: ListingOperationName, input: ListInput) {
  const pages: Array<{ items: string[]; total: number }> = [];
  let token: string | undefined;
  do {
    const result = await engine.list(
      operation,
      token === undefined ? input : { ...input, PageToken: token },
      CALLER,
      0,
      STABLE,
    );
    pages.push({ items: result.itemsJson, total: result.total });
    token = result.nextToken;
  } while (token !== undefined && pages.length < 100);
  return pages;
}

/** Kept and fresh matches are compared page by page: unsorted Search pages in their stable order. */
const STABLE = resolveSettings({ unsortedPaging: "stable" });
const CALLER = callerOf(defaultPrincipal("123456789012"));

describe("matches kept between queries", () => {
  it("always equal the reference plan's matches computed afresh over the same store", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(write, { minLength: 1, maxLength: 12 }), async (writes) => {
        const fake = createServiceCatalogFake({ provisionedProducts: generateProvisionedProducts(40, { seed: 7 }) });
        const tokens = new PageTokenCodec();
        const kept = new QueryEngine(tokens, keptMatches(fake.store));
        const reference = new QueryEngine(tokens, freshMatches(fake.store));
        const counter = { next: 0 };
        for (const [operation, input] of QUERIES) {
          await traverseEngine(kept, operation, input);
        }
        for (const step of writes) {
          apply(fake, step, counter);
          for (const [operation, input] of QUERIES) {
            expect(await traverseEngine(kept, operation, input)).toEqual(
              await traverseEngine(reference, operation, input),
            );
          }
        }
      }),
      { numRuns: 30 },
    );
  });

  it("follows a page token across a write that moves items before and after the cursor", async () => {
    const fake = createServiceCatalogFake({ provisionedProducts: generateProvisionedProducts(50, { seed: 11 }) });
    const input = { AccessLevelFilter: { Key: "Account", Value: "self" }, SortBy: "name", PageSize: 10 };
    const first = await call(fake, "SearchProvisionedProducts", input);
    const seen = (first.body.ProvisionedProducts as Array<{ Id: string; Name: string }>).map((p) => p.Id);
    const total = first.body.TotalResultsCount as number;
    const rest = fake.store
      .list()
      .filter((p) => !seen.includes(p.Id))
      .sort((a, b) => (a.Name < b.Name ? -1 : 1));
    // One product of the first page moves to the end, one not yet seen moves to the front.
    const rename = (product: ProvisionedProduct, Name: string) =>
      fake.store.update(product.Id, { Name, Arn: reidentified(product, { Name }).Arn });
    rename(fake.store.get(seen[0] as string) as ProvisionedProduct, "zzz-moved-last");
    rename(rest[0] as ProvisionedProduct, "aaa-moved-first");
    const after = await traverse(fake, "SearchProvisionedProducts", {
      ...input,
      PageToken: first.body.NextPageToken,
    });
    // What moved behind the cursor comes again, what moved ahead of it is passed; nothing else repeats or is missed.
    expect(after.filter((id) => seen.includes(id))).toEqual([seen[0]]);
    expect(after).not.toContain(rest[0]?.Id);
    expect(new Set([...seen, ...after, rest[0]?.Id]).size).toBe(total);
  });
});
