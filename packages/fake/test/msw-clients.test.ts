import { setupServer } from "msw/node";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { generateProvisionedProducts } from "../src/index.js";
import { createServiceCatalogFake } from "../src/msw/index.js";
import { bothClients } from "./support/clients.js";

const fake = createServiceCatalogFake({ provisionedProducts: generateProvisionedProducts(300, { seed: 7 }) });
const server = setupServer(...fake.handlers);

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());
beforeEach(() => {
  fake.faults.clear();
  fake.configure({ lastPageToken: "absent" });
});

describe.each(bothClients())("through msw, with $name", (client) => {
  it("pages through Search sorted by createdTime, counting every match on every page", async () => {
    const seen: string[] = [];
    const totals = new Set<number>();
    let token: string | undefined;
    do {
      const page = await client.search({
        AccessLevelFilter: { Key: "Account", Value: "self" },
        SortBy: "createdTime",
        PageSize: 100,
        ...(token === undefined ? {} : { PageToken: token }),
      });
      for (const product of page.ProvisionedProducts ?? []) {
        seen.push(product.Id as string);
      }
      totals.add(page.TotalResultsCount ?? -1);
      token = page.NextPageToken;
    } while (token);
    expect(seen).toHaveLength(300);
    expect(new Set(seen).size).toBe(300);
    expect([...totals]).toEqual([300]);
  });

  it("scans only what the caller launched by default, 20 at most a page", async () => {
    const page = await client.scan({});
    const caller = "arn:aws:iam::123456789012:user/test";
    const mine = new Set(
      fake.store
        .list()
        .filter((p) => p.UserArnSession === caller)
        .map((p) => p.Id),
    );
    // Other callers' products exist, so a scope that let them through would show.
    expect(fake.store.size).toBeGreaterThan(mine.size);
    expect(page.ProvisionedProducts?.length).toBe(Math.min(20, mine.size));
    expect(page.ProvisionedProducts?.every((p) => mine.has(p.Id as string))).toBe(true);
    expect(page.ProvisionedProducts?.[0]?.CreatedTime).toBeInstanceOf(Date);
  });

  it("answers a page size over the maximum with the service's ValidationException", async () => {
    await expect(client.scan({ PageSize: 21 })).rejects.toMatchObject({
      name: "ValidationException",
      message:
        "1 validation error detected: Value '21' at 'pageSize' failed to satisfy constraint: Member must have value less than or equal to 20",
    });
  });

  it("answers a malformed and a forged token with InvalidParametersException", async () => {
    await expect(client.search({ PageToken: "abc.def" })).rejects.toMatchObject({ name: "InvalidParametersException" });
    // A token of the fake's own form whose payload was changed: its signature no longer matches.
    const real = (await client.search({ PageSize: 1, SortBy: "name" })).NextPageToken as string;
    const [payload, signature] = real.split(".") as [string, string];
    const changed = `${payload.slice(0, -2)}${payload.at(-2) === "A" ? "B" : "A"}${payload.at(-1)}`;
    await expect(
      client.search({ PageSize: 1, SortBy: "name", PageToken: `${changed}.${signature}` }),
    ).rejects.toMatchObject({
      name: "InvalidParametersException",
      message: "The page token is not valid",
    });
    await expect(client.search({ PageSize: 1, SortBy: "name", PageToken: real })).resolves.toBeDefined();
  });

  it("throttles when told to", async () => {
    fake.faults.throttle("SearchProvisionedProducts");
    await expect(client.search({})).rejects.toMatchObject({ name: "ThrottlingException", message: "Rate exceeded" });
    await expect(client.search({})).resolves.toBeDefined();
  });
});
