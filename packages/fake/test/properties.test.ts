import { serviceTables, validateDocument } from "@svccat/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateProvisionedProducts } from "../src/index.js";
import { createServiceCatalogFake } from "../src/msw/index.js";
import { documentOf } from "./support/arbitraries.js";
import { call } from "./support/dispatch.js";
import { reidentified } from "./support/products.js";

const OPERATIONS = Object.keys(serviceTables.operations) as Array<keyof typeof serviceTables.operations>;

describe("properties over inputs drawn from the shape tables", () => {
  const fake = createServiceCatalogFake({ provisionedProducts: generateProvisionedProducts(120, { seed: 11 }) });
  const before = JSON.stringify(fake.store.list());
  const version = fake.store.version;

  const request = fc.oneof(
    ...OPERATIONS.map((operation) =>
      fc.record({ operation: fc.constant(operation), input: documentOf(serviceTables.operations[operation].input) }),
    ),
  );

  // Random Ids name no stored product and the catalog is empty: no call, of any operation, may change the store.
  it("never a 5xx, never a throw, every answer well formed, and nothing stored changes", async () => {
    await fc.assert(
      fc.asyncProperty(request, fc.boolean(), async ({ operation, input }, followToken) => {
        let answer = await call(fake, operation, input);
        if (followToken && answer.status === 200 && typeof answer.body.NextPageToken === "string") {
          answer = await call(fake, operation, { ...(input as object), PageToken: answer.body.NextPageToken });
        }
        expect([200, 400]).toContain(answer.status);
        expect(answer.headers.get("x-amzn-requestid")).toMatch(/^[0-9a-f-]{36}$/);
        expect(answer.headers.get("content-type")).toBe("application/x-amz-json-1.1");
        if (answer.status === 200) {
          expect(validateDocument(serviceTables, serviceTables.operations[operation].output, answer.body)).toEqual({
            ok: true,
          });
        } else {
          // Modelled errors carry their modelled `Message` member; Coral's framework errors `message`.
          const type = String(answer.body.__type);
          const modelled = Object.hasOwn(serviceTables.errors, type);
          expect(Object.keys(answer.body).sort()).toEqual(["__type", modelled ? "Message" : "message"].sort());
          expect(modelled || /^(ValidationException|SerializationException)$/.test(type), type).toBe(true);
          expect(String(answer.body.message ?? answer.body.Message).length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 400 },
    );
    expect(JSON.stringify(fake.store.list())).toBe(before);
    expect(fake.store.version).toBe(version);
  });

  it("a valid input is never refused by validation", async () => {
    await fc.assert(
      fc.asyncProperty(request, async ({ operation, input }) => {
        const valid = validateDocument(serviceTables, serviceTables.operations[operation].input, input).ok;
        const answer = await call(fake, operation, input);
        if (valid) {
          expect(answer.body.__type).not.toBe("ValidationException");
          expect(answer.body.__type).not.toBe("SerializationException");
        } else {
          expect(answer.status).toBe(400);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("arbitrary bytes and headers never make a 5xx or a throw", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 200 }),
        fc.constantFrom("application/x-amz-json-1.1", "application/json", "text/plain", ""),
        fc.constantFrom(...OPERATIONS, "Nope", ""),
        async (body, contentType, operation) => {
          const answer = await call(fake, operation, undefined, {
            rawBody: body,
            headers: { "content-type": contentType },
          });
          expect(answer.status).toBe(answer.status === 200 ? 200 : 400);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("concurrency", () => {
  it("interleaved reads and writes leave the store whole and every read consistent", async () => {
    const fake = createServiceCatalogFake({ provisionedProducts: generateProvisionedProducts(200, { seed: 12 }) });
    const extra = generateProvisionedProducts(100, { seed: 13 }).map((p, i) => reidentified(p, { Id: `pp-extra${i}` }));
    const work: Promise<unknown>[] = [];
    for (let i = 0; i < 100; i++) {
      work.push(
        call(fake, "SearchProvisionedProducts", {
          AccessLevelFilter: { Key: "Account", Value: "self" },
          SortBy: "name",
          PageSize: 100,
        }).then((answer) => {
          expect(answer.status).toBe(200);
          const count = (answer.body.ProvisionedProducts as unknown[]).length;
          expect(answer.body.TotalResultsCount).toBeGreaterThanOrEqual(count);
        }),
      );
      work.push(
        Promise.resolve().then(() => {
          fake.store.add(extra[i] as (typeof extra)[number]);
          if (i % 2 === 0) {
            fake.store.remove(`pp-extra${i}`);
          }
        }),
      );
    }
    await Promise.all(work);
    expect(fake.store.size).toBe(250);
    const answer = await call(fake, "SearchProvisionedProducts", {
      AccessLevelFilter: { Key: "Account", Value: "self" },
      PageSize: 1,
    });
    expect(answer.body.TotalResultsCount).toBe(250);
  });
});
