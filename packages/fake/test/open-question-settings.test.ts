import { describe, expect, it } from "vitest";
import {
  createServiceCatalogFakeCore,
  generateProvisionedProducts,
  type ProvisionedProduct,
  resolveSettings,
  SettingsError,
  VARIED_SETTINGS,
} from "../src/index.js";
import { createServiceCatalogFake } from "../src/msw/index.js";
import { call, traverse } from "./support/dispatch.js";
import { reidentified } from "./support/products.js";

const SCAN = "ScanProvisionedProducts";
const SEARCH = "SearchProvisionedProducts";
const ACCOUNT_LEVEL = { AccessLevelFilter: { Key: "Account", Value: "self" } };

function fakeWith(count: number, settings: Parameters<typeof resolveSettings>[0] = {}) {
  return createServiceCatalogFake({ provisionedProducts: generateProvisionedProducts(count, { seed: 3 }), settings });
}

describe("settings per operation", () => {
  it("take one value for every operation or an object keyed by operation", () => {
    // How pages are cut is kept for every operation that pages; how a listing scopes, for the listings.
    const paging = [
      SCAN,
      SEARCH,
      "DescribeRecord",
      "GetProvisionedProductOutputs",
      "ListLaunchPaths",
      "ListRecordHistory",
    ];
    expect(resolveSettings({ lastPageToken: "null" }).lastPageToken).toEqual(
      Object.fromEntries(paging.map((operation) => [operation, "null"])),
    );
    expect(resolveSettings({ lastPageToken: { [SEARCH]: "empty" } }).lastPageToken).toMatchObject({
      [SCAN]: "absent",
      [SEARCH]: "empty",
      ListRecordHistory: "absent",
    });
    expect(Object.keys(resolveSettings({ selfValueCase: "exact" }).selfValueCase)).toEqual([SCAN, SEARCH]);
    expect(() => resolveSettings({ selfValueCase: { Describe: "exact" } as never })).toThrow(
      /settings\.selfValueCase\.Describe is not an operation/,
    );
    expect(() => resolveSettings({ selfValueCase: { ListRecordHistory: "exact" } as never })).toThrow(
      /settings\.selfValueCase\.ListRecordHistory is not an operation it is kept for/,
    );
    expect(() => resolveSettings({ defaultPageSize: { [SCAN]: 21 } })).toThrow(
      /settings\.defaultPageSize\.ScanProvisionedProducts must be a whole number from 1 to 20/,
    );
    expect(() => resolveSettings({ vary: "sometimes" as never })).toThrow(SettingsError);
  });

  it("cut the shorter lists' pages as the settings say: default size, zero, the last page's token", async () => {
    const fake = createServiceCatalogFakeCore({
      catalog: [
        {
          Id: "prod-paths",
          Name: "Paths",
          ProvisioningArtifacts: [{ Id: "pa-1", Name: "v1" }],
          LaunchPaths: Array.from({ length: 5 }, (_, index) => ({ Id: `lp-${index}`, Name: `Path ${index}` })),
        },
      ],
      settings: {
        defaultPageSize: { ListLaunchPaths: 2 },
        zeroPageSize: { ListLaunchPaths: "refused" },
        lastPageToken: { ListLaunchPaths: "null", ListRecordHistory: "empty" },
      },
    });
    const first = await call(fake, "ListLaunchPaths", { ProductId: "prod-paths" });
    expect(first.body.LaunchPathSummaries).toHaveLength(2);
    const last = await call(fake, "ListLaunchPaths", { ProductId: "prod-paths", PageSize: 5 });
    expect(last.body).toHaveProperty("NextPageToken", null);
    expect((await call(fake, "ListLaunchPaths", { ProductId: "prod-paths", PageSize: 0 })).body.__type).toBe(
      "ValidationException",
    );
    expect((await call(fake, "ListRecordHistory", {})).body).toEqual({ RecordDetails: [], NextPageToken: "" });
    expect((await call(fake, "ListRecordHistory", { PageSize: 21 })).body.__type).toBe("ValidationException");
    fake.configure({ pageSizeOverMaximum: { ListLaunchPaths: "clamped" } });
    expect(
      (await call(fake, "ListLaunchPaths", { ProductId: "prod-paths", PageSize: 21 })).body.LaunchPathSummaries,
    ).toHaveLength(5);
  });

  it("answer each operation's last page as its own setting says", async () => {
    const fake = fakeWith(3, { lastPageToken: { [SCAN]: "null", [SEARCH]: "empty" } });
    const scan = await call(fake, SCAN, ACCOUNT_LEVEL);
    const search = await call(fake, SEARCH, ACCOUNT_LEVEL);
    expect([scan.body.NextPageToken, search.body.NextPageToken]).toEqual([null, ""]);
  });

  it("refuse a zero page size, or clamp an over-maximum one, where configured", async () => {
    const fake = fakeWith(30);
    expect((await call(fake, SCAN, { ...ACCOUNT_LEVEL, PageSize: 0 })).body.ProvisionedProducts).toHaveLength(20);
    expect((await call(fake, SCAN, { ...ACCOUNT_LEVEL, PageSize: 21 })).body.__type).toBe("ValidationException");
    fake.configure({ zeroPageSize: { [SCAN]: "refused" }, pageSizeOverMaximum: { [SCAN]: "clamped" } });
    const zero = await call(fake, SCAN, { ...ACCOUNT_LEVEL, PageSize: 0 });
    expect([zero.status, zero.body.__type, zero.body.message]).toEqual([
      400,
      "ValidationException",
      "1 validation error detected: Value '0' at 'pageSize' failed to satisfy constraint: Member must have value greater than or equal to 1",
    ]);
    expect((await call(fake, SCAN, { ...ACCOUNT_LEVEL, PageSize: 500 })).body.ProvisionedProducts).toHaveLength(20);
    // Search keeps its own settings.
    expect((await call(fake, SEARCH, { ...ACCOUNT_LEVEL, PageSize: 0 })).body.ProvisionedProducts).toHaveLength(20);
    expect((await call(fake, SEARCH, { ...ACCOUNT_LEVEL, PageSize: 101 })).body.__type).toBe("ValidationException");
  });

  it("refuse an access level value other than self with the configured error, and Self per operation", async () => {
    const fake = fakeWith(3, { accessLevelValueError: { [SEARCH]: "ValidationException" } });
    const everyone = { AccessLevelFilter: { Key: "Account", Value: "everyone" } };
    expect((await call(fake, SCAN, everyone)).body.__type).toBe("InvalidParametersException");
    expect((await call(fake, SEARCH, everyone)).body.__type).toBe("ValidationException");
    fake.configure({ selfValueCase: { [SCAN]: "exact" } });
    const capital = { AccessLevelFilter: { Key: "Account", Value: "Self" } };
    expect((await call(fake, SCAN, capital)).status).toBe(400);
    expect((await call(fake, SEARCH, capital)).status).toBe(200);
  });

  it("ignore or refuse a Filters key other than SearchQuery, as configured", async () => {
    const fake = fakeWith(3);
    const input = { ...ACCOUNT_LEVEL, Filters: { Colour: ["red"], SearchQuery: ["no-such-product"] } };
    expect((await call(fake, SEARCH, input)).body.__type).toBe("ValidationException");
    fake.configure({ unknownFilterKey: "InvalidParametersException" });
    expect((await call(fake, SEARCH, input)).body.Message).toMatch(/Filters key 'Colour' is not supported/);
    fake.configure({ unknownFilterKey: "ignore" });
    const ignored = await call(fake, SEARCH, input);
    expect([ignored.status, ignored.body.TotalResultsCount]).toEqual([200, 0]);
    const only = await call(fake, SEARCH, { ...ACCOUNT_LEVEL, Filters: { Colour: ["red"] } });
    expect([only.status, only.body.TotalResultsCount]).toEqual([200, 3]);
  });

  it("read tags: terms as key=value, as text, or as no field", async () => {
    const tagged: ProvisionedProduct = {
      ...reidentified(generateProvisionedProducts(1, { seed: 9 })[0] as ProvisionedProduct, { Id: "pp-tagged" }),
      Tags: [{ Key: "team", Value: "blue" }],
    };
    const fake = createServiceCatalogFake({ provisionedProducts: [tagged] });
    const found = async (term: string) =>
      (await call(fake, SEARCH, { ...ACCOUNT_LEVEL, Filters: { SearchQuery: [term] } })).body.TotalResultsCount;
    expect([await found("tags:team=blue"), await found("tags:blue"), await found("tags:team=red")]).toEqual([1, 1, 0]);
    fake.configure({ tagsTerm: "text" });
    expect([await found("tags:team=blue"), await found("tags:blue")]).toEqual([0, 1]);
    fake.configure({ tagsTerm: "none" });
    expect([await found("tags:team=blue"), await found("tags:blue")]).toEqual([0, 0]);
  });
});

describe("page tokens bound to parts of the query", () => {
  it("are refused with another sort, filter or access level unless that part is unbound", async () => {
    const fake = fakeWith(10);
    const first = { ...ACCOUNT_LEVEL, SortBy: "name", PageSize: 2 };
    const token = (await call(fake, SEARCH, first)).body.NextPageToken as string;
    const variants = {
      sort: { ...first, SortBy: "createdTime" },
      filters: { ...first, Filters: { SearchQuery: ["status:AVAILABLE"] } },
      accessLevel: { ...first, AccessLevelFilter: { Key: "User", Value: "self" } },
    };
    const statuses = async () =>
      Object.fromEntries(
        await Promise.all(
          Object.entries(variants).map(
            async ([part, input]) => [part, (await call(fake, SEARCH, { ...input, PageToken: token })).status] as const,
          ),
        ),
      );
    expect(await statuses()).toEqual({ sort: 400, filters: 400, accessLevel: 400 });
    fake.configure({ tokenBoundToFilters: false });
    expect(await statuses()).toEqual({ sort: 400, filters: 200, accessLevel: 400 });
    fake.configure({ tokenBoundToAccessLevel: false, tokenBoundToSort: false });
    expect(await statuses()).toEqual({ sort: 200, filters: 200, accessLevel: 200 });
    // Another operation's token is refused unless the operation is unbound too.
    expect((await call(fake, SCAN, { ...ACCOUNT_LEVEL, PageToken: token })).status).toBe(400);
    const scanToken = (await call(fake, SCAN, { ...ACCOUNT_LEVEL, PageSize: 2 })).body.NextPageToken as string;
    expect((await call(fake, SEARCH, { ...first, PageToken: scanToken })).status).toBe(400);
    fake.configure({ tokenBoundToOperation: false });
    expect((await call(fake, SEARCH, { ...first, PageToken: scanToken })).status).toBe(200);
    expect((await call(fake, SCAN, { ...ACCOUNT_LEVEL, PageToken: token })).status).toBe(200);
  });
});

describe("unsorted Search paging", () => {
  it("is aws-like by default: duplicates and misses, the same for the same seed, stable one setting away", async () => {
    const idsOf = async (settings: Parameters<typeof resolveSettings>[0]) =>
      traverse(fakeWith(200, settings), SEARCH, { ...ACCOUNT_LEVEL, PageSize: 20 });
    const first = await idsOf({});
    expect(first).toHaveLength(200);
    expect(new Set(first).size).toBeLessThan(200);
    expect(await idsOf({})).toEqual(first);
    const otherSeed = await idsOf({ seed: 2 });
    expect(otherSeed).not.toEqual(first);
    const stable = await idsOf({ unsortedPaging: "stable" });
    expect(new Set(stable).size).toBe(200);
    // Scan, which cannot sort, pages stably by default.
    expect(new Set(await traverse(fakeWith(200), SCAN, { ...ACCOUNT_LEVEL, PageSize: 20 })).size).toBe(200);
  });
});

describe("the vary mode", () => {
  it("draws every varied setting between its answers, reproducibly for a seed", async () => {
    const shapes = async (vary: "per-call" | "per-listing", seed: number) => {
      const fake = fakeWith(3, { vary, seed });
      const seen: string[] = [];
      for (let i = 0; i < 40; i++) {
        const last = await call(fake, i % 2 === 0 ? SCAN : SEARCH, { ...ACCOUNT_LEVEL, PageSize: 5 });
        const error = await call(fake, SEARCH, { ...ACCOUNT_LEVEL, SortBy: "colour" });
        const framework = await call(fake, SCAN, { PageSize: -1 });
        seen.push(
          JSON.stringify([
            Object.hasOwn(last.body, "NextPageToken") ? last.body.NextPageToken : "absent",
            error.body.__type,
            Object.keys(error.body).sort(),
            error.headers.has("x-amzn-errortype"),
            framework.body.__type,
            Object.keys(framework.body).sort(),
            framework.headers.has("x-amzn-errortype"),
          ]),
        );
      }
      return seen;
    };
    const perCall = await shapes("per-call", 1);
    const flat = perCall.map((shape) => JSON.parse(shape) as unknown[]);
    const values = (at: number) => new Set(flat.map((shape) => JSON.stringify(shape[at])));
    expect(values(0)).toEqual(new Set(['"absent"', "null", '""']));
    expect(values(1)).toEqual(
      new Set(['"InvalidParametersException"', '"com.amazonaws.servicecatalog#InvalidParametersException"']),
    );
    expect(values(2)).toEqual(new Set(['["Message","__type"]', '["__type","message"]']));
    expect(values(3)).toEqual(new Set(["true", "false"]));
    expect(values(4)).toEqual(new Set(['"ValidationException"', '"com.amazon.coral.validate#ValidationException"']));
    expect(values(5)).toEqual(new Set(['["Message","__type"]', '["__type","message"]']));
    expect(values(6)).toEqual(new Set(["true", "false"]));
    expect(await shapes("per-call", 1)).toEqual(perCall);
    expect(await shapes("per-call", 2)).not.toEqual(perCall);
    // Per listing, the same input draws the same answers every time.
    expect(new Set(await shapes("per-listing", 1)).size).toBeLessThanOrEqual(2);
    expect(VARIED_SETTINGS).toContain("lastPageToken");
  });

  it("per listing, draws the same for the same input whatever order its members are written in", async () => {
    const formOf = (body: Record<string, unknown>) =>
      Object.hasOwn(body, "NextPageToken") ? JSON.stringify(body.NextPageToken) : "absent";
    const forms = new Set<string>();
    for (let seed = 1; seed <= 20; seed++) {
      const fake = fakeWith(3, { vary: "per-listing", seed });
      const one = await call(
        fake,
        SCAN,
        {},
        { rawBody: '{"PageSize":5,"AccessLevelFilter":{"Value":"self","Key":"Account"}}' },
      );
      const other = await call(
        fake,
        SCAN,
        {},
        { rawBody: '{"AccessLevelFilter":{"Key":"Account","Value":"self"},"PageSize":5}' },
      );
      expect(formOf(other.body), `seed ${seed}`).toBe(formOf(one.body));
      forms.add(formOf(one.body));
    }
    expect(forms.size).toBeGreaterThan(1);
  });
});
