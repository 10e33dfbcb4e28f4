import { describe, expect, it } from "vitest";
import { defaultSettings, generateProvisionedProducts, type ProvisionedProduct } from "../src/index.js";
import { createServiceCatalogFake } from "../src/msw/index.js";
import { call, traverse } from "./support/dispatch.js";
import { reidentified } from "./support/products.js";

const ACCOUNT = "123456789012";
const principals = [
  { accessKeyId: "test", secretAccessKey: "test", arn: `arn:aws:iam::${ACCOUNT}:user/test` },
  { accessKeyId: "BOB", arn: `arn:aws:sts::${ACCOUNT}:assumed-role/Deployer/bob` },
  { accessKeyId: "CAROL", arn: `arn:aws:sts::${ACCOUNT}:assumed-role/Deployer/carol` },
  { accessKeyId: "EVE", arn: "arn:aws:iam::999999999999:user/eve" },
];

function product(id: string, overrides: Partial<ProvisionedProduct> = {}): ProvisionedProduct {
  const name = overrides.Name ?? `name-${id}`;
  return {
    Id: id,
    Name: name,
    Arn: `arn:aws:servicecatalog:us-east-1:${ACCOUNT}:stack/${name}/${id}`,
    Type: "CFN_STACK",
    Status: "AVAILABLE",
    CreatedTime: new Date("2025-01-01T00:00:00Z"),
    UserArn: `arn:aws:iam::${ACCOUNT}:user/test`,
    UserArnSession: `arn:aws:iam::${ACCOUNT}:user/test`,
    ...overrides,
  };
}

describe("routing and wire errors", () => {
  const fake = createServiceCatalogFake();

  it.each([
    ["no target", { headers: { "x-amz-target": "" } }, "UnknownOperationException"],
    ["an unknown operation", {}, "UnknownOperationException", "DescribeEverything"],
    ["another content type", { headers: { "content-type": "application/json" } }, "UnknownOperationException"],
    ["a GET", { method: "GET" }, "UnknownOperationException"],
    ["a body that is not JSON", { rawBody: "{PageSize:" }, "SerializationException"],
    ["a JSON array", { rawBody: "[1]" }, "SerializationException"],
    ["a member of the wrong JSON type", { rawBody: '{"PageSize":"ten"}' }, "SerializationException"],
  ])("%s is a 400 %s", async (_what, options, code, operation = "ScanProvisionedProducts") => {
    const answer = await call(fake, operation, {}, options);
    expect(answer.status).toBe(400);
    expect(answer.body.__type).toBe(code);
    expect(typeof answer.body.message).toBe("string");
    expect(answer.headers.get("x-amzn-requestid")).toMatch(/^[0-9a-f-]{36}$/);
    expect(answer.headers.get("x-amzn-errortype")).toMatch(new RegExp(`^${code}:`));
  });

  it("puts every constraint failure in one ValidationException, Coral style", async () => {
    const answer = await call(fake, "SearchProvisionedProducts", {
      PageSize: 101,
      AccessLevelFilter: { Key: "Foo", Value: "self" },
    });
    expect(answer.body).toEqual({
      __type: "ValidationException",
      message:
        "2 validation errors detected: Value '101' at 'pageSize' failed to satisfy constraint: Member must have value less than or equal to 100; Value 'Foo' at 'accessLevelFilter.key' failed to satisfy constraint: Member must satisfy enum value set: [Account, Role, User]",
    });
  });

  it("renders errors in the configured forms", async () => {
    const other = createServiceCatalogFake({
      settings: { errorTypeForm: "namespaced", errorMessageKey: "Message", errorTypeHeader: false },
    });
    const answer = await call(other, "ScanProvisionedProducts", { PageSize: 21 });
    expect(answer.body.__type).toBe("com.amazon.coral.validate#ValidationException");
    expect(answer.body.Message).toMatch(/^1 validation error detected/);
    expect(answer.headers.get("x-amzn-errortype")).toBeNull();
  });
});

describe("pages", () => {
  const fake = createServiceCatalogFake({ provisionedProducts: generateProvisionedProducts(95, { seed: 2 }) });

  it("default to 20 items when PageSize is 0 or left out, and follow the setting", async () => {
    const input = { AccessLevelFilter: { Key: "Account", Value: "self" } };
    expect((await call(fake, "SearchProvisionedProducts", input)).body.ProvisionedProducts).toHaveLength(20);
    expect(
      (await call(fake, "SearchProvisionedProducts", { ...input, PageSize: 0 })).body.ProvisionedProducts,
    ).toHaveLength(20);
    const configured = createServiceCatalogFake({
      provisionedProducts: fake.store.list(),
      settings: { defaultPageSize: { SearchProvisionedProducts: 50 } },
    });
    expect((await call(configured, "SearchProvisionedProducts", input)).body.ProvisionedProducts).toHaveLength(50);
  });

  it("count every match, the same on every page", async () => {
    const totals = new Set<unknown>();
    let token: unknown;
    do {
      const answer = await call(fake, "SearchProvisionedProducts", {
        AccessLevelFilter: { Key: "Account", Value: "self" },
        PageSize: 30,
        ...(token === undefined ? {} : { PageToken: token }),
      });
      totals.add(answer.body.TotalResultsCount);
      token = answer.body.NextPageToken;
    } while (token !== undefined);
    expect([...totals]).toEqual([95]);
  });

  it.each([
    ["absent", undefined],
    ["null", null],
    ["empty", ""],
  ] as const)("end with the token %s on the last page, as configured", async (form, expected) => {
    const f = createServiceCatalogFake({ provisionedProducts: [product("pp-1")], settings: { lastPageToken: form } });
    const answer = await call(f, "ScanProvisionedProducts", {});
    expect(answer.body.NextPageToken).toBe(expected);
    expect("NextPageToken" in answer.body).toBe(form !== "absent");
  });

  it("Scan projects the Detail shape and Search the Attribute shape", async () => {
    const f = createServiceCatalogFake({
      provisionedProducts: [
        product("pp-1", { Tags: [{ Key: "team", Value: "a" }], LaunchRoleArn: `arn:aws:iam::${ACCOUNT}:role/L` }),
      ],
    });
    const scanned = (await call(f, "ScanProvisionedProducts", {})).body.ProvisionedProducts as object[];
    const searched = (await call(f, "SearchProvisionedProducts", {})).body.ProvisionedProducts as object[];
    expect(scanned[0]).toHaveProperty("LaunchRoleArn");
    expect(scanned[0]).not.toHaveProperty("Tags");
    expect(searched[0]).toHaveProperty("Tags");
    expect(searched[0]).not.toHaveProperty("LaunchRoleArn");
    expect(searched[0]).toMatchObject({ CreatedTime: Date.parse("2025-01-01T00:00:00Z") / 1000 });
  });
});

describe("page tokens", () => {
  const products = generateProvisionedProducts(60, { seed: 4 });
  const all = { AccessLevelFilter: { Key: "Account", Value: "self" }, PageSize: 10 };

  it("refuse an edited token", async () => {
    const fake = createServiceCatalogFake({ provisionedProducts: products });
    const token = (await call(fake, "SearchProvisionedProducts", all)).body.NextPageToken as string;
    const edited = `${token.slice(0, 5)}${token[5] === "A" ? "B" : "A"}${token.slice(6)}`;
    for (const bad of [edited, token.slice(0, -2), `${token}x`, "garbage", "a.b.c"]) {
      const answer = await call(fake, "SearchProvisionedProducts", { ...all, PageToken: bad });
      expect(answer.body).toEqual({ __type: "InvalidParametersException", Message: "The page token is not valid" });
    }
  });

  it("refuse a token from another fake", async () => {
    const first = createServiceCatalogFake({ provisionedProducts: products });
    const second = createServiceCatalogFake({ provisionedProducts: products });
    const token = (await call(first, "SearchProvisionedProducts", all)).body.NextPageToken;
    expect((await call(second, "SearchProvisionedProducts", { ...all, PageToken: token })).body.__type).toBe(
      "InvalidParametersException",
    );
  });

  it("are tied to their query, unless the setting says otherwise", async () => {
    const fake = createServiceCatalogFake({ provisionedProducts: products });
    const token = (await call(fake, "SearchProvisionedProducts", all)).body.NextPageToken;
    const other = await call(fake, "SearchProvisionedProducts", { ...all, SortBy: "name", PageToken: token });
    expect(other.body.Message).toMatch(/does not belong to this query/);
    const scan = await call(fake, "ScanProvisionedProducts", { ...all, PageToken: token });
    expect(scan.body.__type).toBe("InvalidParametersException");
    fake.configure({ tokenBoundToSort: false });
    expect((await call(fake, "SearchProvisionedProducts", { ...all, SortBy: "name", PageToken: token })).status).toBe(
      200,
    );
  });

  it("expire after the configured time", async () => {
    let now = Date.parse("2026-01-01T00:00:00Z");
    const fake = createServiceCatalogFake({
      provisionedProducts: products,
      settings: { tokenTtlSeconds: 60 },
      now: () => now,
    });
    const token = (await call(fake, "SearchProvisionedProducts", all)).body.NextPageToken;
    now += 59_000;
    expect((await call(fake, "SearchProvisionedProducts", { ...all, PageToken: token })).status).toBe(200);
    now += 2_000;
    expect((await call(fake, "SearchProvisionedProducts", { ...all, PageToken: token })).body.Message).toMatch(
      /expired/,
    );
  });

  it("never repeat or skip an item that exists throughout, while others come and go between pages", async () => {
    for (const SortBy of ["createdTime", "name", "arn", "id", "lastRecordId"]) {
      for (const SortOrder of ["ASCENDING", "DESCENDING"]) {
        const fake = createServiceCatalogFake({ provisionedProducts: products });
        const stable = new Set(products.filter((_, i) => i % 3 !== 0).map((p) => p.Id));
        const churn = products.filter((_, i) => i % 3 === 0);
        let added = 0;
        const seen = await traverse(fake, "SearchProvisionedProducts", { ...all, SortBy, SortOrder }, (page) => {
          // Remove one of the churning products and add a new one, both anywhere in the order.
          const gone = churn[page];
          if (gone !== undefined) {
            fake.store.remove(gone.Id);
          }
          fake.store.add(
            generateProvisionedProducts(1, { seed: 1000 + added++ }).map((p) =>
              reidentified(p, { Id: `pp-new${added}` }),
            ),
          );
        });
        const seenStable = seen.filter((id) => stable.has(id));
        expect(new Set(seen).size, `${SortBy} ${SortOrder}: duplicates`).toBe(seen.length);
        expect(new Set(seenStable), `${SortBy} ${SortOrder}: misses`).toEqual(stable);
      }
    }
  });

  it("in aws-like unsorted mode, reproduce the duplicates and misses AWS documents", async () => {
    const fake = createServiceCatalogFake({
      provisionedProducts: generateProvisionedProducts(200, { seed: 5 }),
      settings: { unsortedPaging: "aws-like" },
    });
    const seen = await traverse(fake, "SearchProvisionedProducts", { ...all, PageSize: 20 });
    expect(seen).toHaveLength(200);
    expect(new Set(seen).size).toBeLessThan(200);
    // With a sort order, the same fake pages cleanly.
    const sorted = await traverse(fake, "SearchProvisionedProducts", { ...all, PageSize: 20, SortBy: "createdTime" });
    expect(new Set(sorted).size).toBe(200);
  });
});

describe("search", () => {
  const fake = createServiceCatalogFake({
    provisionedProducts: [
      product("pp-aaa", {
        Name: "payments-web-prod",
        Status: "AVAILABLE",
        Tags: [{ Key: "team", Value: "payments" }],
        CreatedTime: new Date("2024-05-03T10:00:00Z"),
        ProductId: "prod-web",
      }),
      product("pp-bbb", {
        Name: "search-web-dev",
        Status: "ERROR",
        Tags: [{ Key: "team", Value: "search" }],
        CreatedTime: new Date("2024-06-01T10:00:00Z"),
        ProductId: "prod-web",
      }),
      product("pp-ccc", {
        Name: "payments-db-prod",
        Status: "TAINTED",
        Type: "TERRAFORM_OPEN_SOURCE",
        Tags: [{ Key: "owner", Value: "payments-db" }],
        CreatedTime: new Date("2025-02-01T10:00:00Z"),
        ProductId: "prod-db",
        ProvisioningArtifactId: "pa-db-v2",
      }),
    ],
  });
  const search = async (terms: string[], extra: Record<string, unknown> = {}, f = fake) => {
    const answer = await call(f, "SearchProvisionedProducts", {
      Filters: { SearchQuery: terms },
      SortBy: "id",
      ...extra,
    });
    if (answer.status !== 200) {
      throw new Error(JSON.stringify(answer.body));
    }
    return (answer.body.ProvisionedProducts as Array<{ Id: string }>).map((p) => p.Id);
  };

  it.each([
    [["status:AVAILABLE"], ["pp-aaa"]],
    [["status:available"], ["pp-aaa"]],
    // The older page's field name and the newer one search the same member.
    [["provisioningArtifact:pa-db"], ["pp-ccc"]],
    [["provisioningArtifactId:pa-db"], ["pp-ccc"]],
    [["name:web"], ["pp-aaa", "pp-bbb"]],
    [["name:web", "status:ERROR"], ["pp-bbb"]],
    [["payments"], ["pp-aaa", "pp-ccc"]],
    [["prod-db"], ["pp-ccc"]],
    [["tags:team=payments"], ["pp-aaa"]],
    [["tags:team=pay"], ["pp-aaa"]],
    [["tags:owner"], ["pp-ccc"]],
    [["tags:payments"], ["pp-aaa", "pp-ccc"]],
    [["createdTime:2024-0"], ["pp-aaa", "pp-bbb"]],
    [["type:TERRAFORM"], ["pp-ccc"]],
    [["productId:prod-web"], ["pp-aaa", "pp-bbb"]],
    // Whitespace around a field and its value means nothing: AWS's landing-zone accelerator searches this way.
    [["productId: prod-db"], ["pp-ccc"]],
    [["productId :prod-db"], ["pp-ccc"]],
    [["tags: team = payments"], ["pp-aaa"]],
    [["colour:red"], []],
    [
      ["", "  "],
      ["pp-aaa", "pp-bbb", "pp-ccc"],
    ],
    [[], ["pp-aaa", "pp-bbb", "pp-ccc"]],
  ])("%j finds %j", async (terms, ids) => {
    expect(await search(terms)).toEqual(ids);
  });

  it("follows the match settings", async () => {
    const strict = createServiceCatalogFake({
      provisionedProducts: fake.store.list(),
      settings: { searchCaseSensitive: true, searchFieldMatch: "exact", searchTermsCombine: "or" },
    });
    expect(await search(["status:available"], {}, strict)).toEqual([]);
    expect(await search(["name:web"], {}, strict)).toEqual([]);
    expect(await search(["name:search-web-dev", "status:TAINTED"], {}, strict)).toEqual(["pp-bbb", "pp-ccc"]);
  });

  it("sorts by the spec's sort fields and refuses others", async () => {
    expect(await search([], { SortBy: "name" })).toEqual(["pp-ccc", "pp-aaa", "pp-bbb"]);
    expect(await search([], { SortBy: "createdTime", SortOrder: "DESCENDING" })).toEqual([
      "pp-ccc",
      "pp-bbb",
      "pp-aaa",
    ]);
    const answer = await call(fake, "SearchProvisionedProducts", { SortBy: "colour" });
    expect(answer.body.__type).toBe("InvalidParametersException");
    expect(answer.body.Message).toMatch(
      /SortBy 'colour' is not supported; use one of arn, id, name, lastRecordId, createdTime/,
    );
    fake.configure({ unknownSortBy: "ignore" });
    expect((await call(fake, "SearchProvisionedProducts", { SortBy: "colour" })).status).toBe(200);
    fake.configure({ unknownSortBy: "ValidationException" });
    const validation = await call(fake, "SearchProvisionedProducts", { SortBy: "colour" });
    expect([validation.body.__type, validation.body.message]).toEqual([
      "ValidationException",
      expect.stringMatching(/SortBy 'colour' is not supported/),
    ]);
  });
});

describe("access levels", () => {
  const fake = createServiceCatalogFake({
    principals,
    provisionedProducts: [
      product("pp-test"),
      product("pp-bob", {
        UserArn: `arn:aws:iam::${ACCOUNT}:role/Deployer`,
        UserArnSession: `arn:aws:sts::${ACCOUNT}:assumed-role/Deployer/bob`,
      }),
      product("pp-carol", {
        UserArn: `arn:aws:iam::${ACCOUNT}:role/Deployer`,
        UserArnSession: `arn:aws:sts::${ACCOUNT}:assumed-role/Deployer/carol`,
      }),
      product("pp-eve", {
        Arn: "arn:aws:servicecatalog:us-east-1:999999999999:stack/name-pp-eve/pp-eve",
        UserArn: "arn:aws:iam::999999999999:user/eve",
        UserArnSession: "arn:aws:iam::999999999999:user/eve",
      }),
    ],
  });
  const ids = async (accessKeyId: string, filter?: object, operation = "SearchProvisionedProducts") =>
    (
      await traverse(
        fake,
        operation as "SearchProvisionedProducts",
        filter === undefined ? {} : { AccessLevelFilter: filter },
        undefined,
        accessKeyId,
      )
    ).sort();

  it("User sees what the caller launched, and is Scan's default; Search's default is Account", async () => {
    expect(await ids("BOB", { Key: "User", Value: "self" })).toEqual(["pp-bob"]);
    expect(await ids("BOB", undefined, "ScanProvisionedProducts")).toEqual(["pp-bob"]);
    expect(await ids("BOB")).toEqual(["pp-bob", "pp-carol", "pp-test"]);
  });

  it("Role sees what was launched under the caller's role", async () => {
    expect(await ids("BOB", { Key: "Role", Value: "self" })).toEqual(["pp-bob", "pp-carol"]);
    expect(await ids("test", { Key: "Role", Value: "self" })).toEqual(["pp-test"]);
  });

  it("Account sees the whole account and nothing of another", async () => {
    expect(await ids("test", { Key: "Account", Value: "self" })).toEqual(["pp-bob", "pp-carol", "pp-test"]);
    expect(await ids("EVE", { Key: "Account", Value: "self" })).toEqual(["pp-eve"]);
  });

  it("accepts only self, in any case unless configured exact", async () => {
    expect(await ids("test", { Key: "Account", Value: "Self" })).toHaveLength(3);
    const answer = await call(fake, "SearchProvisionedProducts", {
      AccessLevelFilter: { Key: "Account", Value: "123" },
    });
    expect(answer.body.__type).toBe("InvalidParametersException");
    fake.configure({ selfValueCase: "exact" });
    expect(
      (await call(fake, "SearchProvisionedProducts", { AccessLevelFilter: { Key: "Account", Value: "Self" } })).body
        .__type,
    ).toBe("InvalidParametersException");
    fake.configure({ selfValueCase: "insensitive" });
  });

  it("follows the default access level setting", async () => {
    // Bob is a Deployer role session: his User, Role and Account listings differ, so each default shows.
    expect(await ids("BOB")).toEqual(["pp-bob", "pp-carol", "pp-test"]);
    fake.configure({ defaultAccessLevel: { SearchProvisionedProducts: "User" } });
    expect(await ids("BOB")).toEqual(["pp-bob"]);
    fake.configure({ defaultAccessLevel: { SearchProvisionedProducts: "Role", ScanProvisionedProducts: "Account" } });
    expect(await ids("BOB")).toEqual(["pp-bob", "pp-carol"]);
    expect(await ids("BOB", undefined, "ScanProvisionedProducts")).toEqual(["pp-bob", "pp-carol", "pp-test"]);
    fake.configure({ defaultAccessLevel: defaultSettings.defaultAccessLevel });
    expect(await ids("BOB", undefined, "ScanProvisionedProducts")).toEqual(["pp-bob"]);
  });
});

describe("the store", () => {
  it("refuses an invalid product with a clear message and loses nothing", () => {
    const fake = createServiceCatalogFake({ provisionedProducts: [product("pp-1")] });
    expect(() => fake.store.add([product("pp-2"), product("pp-3", { IdempotencyToken: "-bad" })])).toThrow(
      /products\[1\] \(Id 'pp-3'\) does not fit the spec: 1 validation error detected: Value '-bad' at 'idempotencyToken'/,
    );
    expect(() => fake.store.add(product("pp-1"))).toThrow(/already stored/);
    expect(() => fake.store.add({ ...product("pp-4"), CreatedTime: "yesterday" as unknown as Date })).toThrow(
      /product \(Id 'pp-4'\): CreatedTime must be a Date/,
    );
    expect(() => fake.store.update("pp-1", { Status: "GONE" as "AVAILABLE" })).toThrow(/status/);
    expect(fake.store.list().map((p) => p.Id)).toEqual(["pp-1"]);
    expect(fake.store.get("pp-1")?.Status).toBe("AVAILABLE");
  });

  it("hands out copies", () => {
    const fake = createServiceCatalogFake({
      provisionedProducts: [product("pp-1", { Tags: [{ Key: "a", Value: "b" }] })],
    });
    const copy = fake.store.get("pp-1") as ProvisionedProduct;
    copy.Name = "changed";
    copy.Tags?.push({ Key: "c", Value: "d" });
    copy.CreatedTime.setFullYear(1999);
    expect(fake.store.get("pp-1")).toMatchObject({ Name: "name-pp-1", Tags: [{ Key: "a", Value: "b" }] });
    expect(fake.store.get("pp-1")?.CreatedTime.getUTCFullYear()).toBe(2025);
  });

  it("updates, removes and resets", async () => {
    const fake = createServiceCatalogFake({ provisionedProducts: [product("pp-1"), product("pp-2")] });
    fake.store.update("pp-1", { Status: "ERROR" });
    expect(fake.store.remove("pp-2")).toBe(true);
    expect(fake.store.remove("pp-2")).toBe(false);
    const answer = await call(fake, "ScanProvisionedProducts", {});
    expect(answer.body.ProvisionedProducts).toEqual([expect.objectContaining({ Id: "pp-1", Status: "ERROR" })]);
    fake.store.reset();
    expect(fake.store.size).toBe(0);
  });
});

describe("faults and the call log", () => {
  it("fail the next N calls of an operation, then stop", async () => {
    const fake = createServiceCatalogFake();
    fake.faults.inject({ kind: "internal", operation: "ScanProvisionedProducts", times: 2 });
    fake.faults.inject({ kind: "unavailable", operation: "SearchProvisionedProducts" });
    expect((await call(fake, "SearchProvisionedProducts", {})).status).toBe(503);
    expect((await call(fake, "ScanProvisionedProducts", {})).body.__type).toBe("InternalFailure");
    expect((await call(fake, "ScanProvisionedProducts", {})).status).toBe(500);
    expect((await call(fake, "ScanProvisionedProducts", {})).status).toBe(200);
    expect(fake.faults.list()).toEqual([]);
  });

  it("answer in AWS's words: AccessDeniedException, the ValidationException \"Rate exceeded\", Coral's namespaces", async () => {
    const fake = createServiceCatalogFake({ principals, region: "eu-west-2" });
    fake.faults.inject({ kind: "access-denied", operation: "ScanProvisionedProducts" });
    const denied = await call(fake, "ScanProvisionedProducts", {}, { accessKeyId: "BOB" });
    expect(denied.status).toBe(400);
    expect(denied.body).toEqual({
      __type: "AccessDeniedException",
      message:
        "User: arn:aws:sts::123456789012:assumed-role/Deployer/bob is not authorized to perform: servicecatalog:ScanProvisionedProducts on resource: arn:aws:servicecatalog:eu-west-2:123456789012:*/* because no identity-based policy allows the servicecatalog:ScanProvisionedProducts action",
    });
    fake.faults.inject({ kind: "throttle-validation" });
    expect((await call(fake, "SearchProvisionedProducts", {})).body).toEqual({
      __type: "ValidationException",
      message: "Rate exceeded",
    });
    fake.faults.inject({ kind: "throttle" });
    expect((await call(fake, "SearchProvisionedProducts", {})).headers.get("x-amzn-errortype")).toBe(
      "ThrottlingException:http://internal.amazon.com/coral/com.amazon.coral.availability/",
    );
  });

  it("fail a fraction of calls", async () => {
    const fake = createServiceCatalogFake();
    fake.faults.inject({ kind: "throttle", rate: 0.5 });
    const statuses = await Promise.all(Array.from({ length: 200 }, () => call(fake, "ScanProvisionedProducts", {})));
    const throttled = statuses.filter((a) => a.body.__type === "ThrottlingException").length;
    expect(throttled).toBeGreaterThan(50);
    expect(throttled).toBeLessThan(150);
  });

  it("record who asked what and what was answered", async () => {
    const fake = createServiceCatalogFake({ principals });
    await call(fake, "SearchProvisionedProducts", { PageSize: 5 }, { accessKeyId: "BOB" });
    await call(fake, "ScanProvisionedProducts", { PageSize: 50 });
    const [first, second] = fake.calls.all();
    expect(first).toMatchObject({
      operation: "SearchProvisionedProducts",
      accessKeyId: "BOB",
      callerArn: principals[1]?.arn,
      input: { PageSize: 5 },
      status: 200,
      page: { items: 0, total: 0, more: false },
    });
    expect(second).toMatchObject({
      operation: "ScanProvisionedProducts",
      status: 400,
      errorCode: "ValidationException",
    });
    expect(fake.calls.of("ScanProvisionedProducts")).toHaveLength(1);
  });
});

describe("null members", () => {
  it("are taken as absent, as AWS JSON services do", async () => {
    const fake = createServiceCatalogFake({ provisionedProducts: generateProvisionedProducts(30, { seed: 9 }) });
    const answer = await call(fake, "SearchProvisionedProducts", {
      PageToken: null,
      PageSize: null,
      AccessLevelFilter: null,
      SortBy: null,
      SortOrder: null,
      Filters: null,
    });
    expect(answer.status).toBe(200);
    expect((answer.body.ProvisionedProducts as unknown[]).length).toBeGreaterThan(0);
  });
});
