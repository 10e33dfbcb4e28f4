import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createServiceCatalogFakeCore,
  generateProvisionedProducts,
  type ProvisionedProduct,
  parseProductsFile,
  StoreError,
} from "../src/index.js";
import { type FakeServer, startServiceCatalogFakeServer } from "../src/server/index.js";

/**
 * The fake holds only states an AWS answer could hold: each way in (control API, products file, the JS store,
 * the generator) checks a product against the spec's output shapes of a provisioned product, names the product,
 * the member and the rule when it refuses, and changes nothing then.
 */
const GOOD = {
  Id: "pp-good",
  Name: "good",
  Arn: "arn:aws:servicecatalog:us-east-1:123456789012:stack/good/pp-good",
  CreatedTime: "2024-05-01T10:00:00Z",
  Status: "AVAILABLE",
  Type: "CFN_STACK",
  LaunchRoleArn: "arn:aws:iam::123456789012:role/SCLaunchRole",
  UserArn: "arn:aws:iam::123456789012:user/test",
  UserArnSession: "arn:aws:sts::123456789012:assumed-role/Deployer/alice",
  Tags: [{ Key: "team", Value: "blue" }],
};

/** Each change to GOOD that no AWS answer could hold, with what the refusal must name. */
const REFUSED: Array<[string, Record<string, unknown>, RegExp]> = [
  ["milliseconds read as seconds", { CreatedTime: 1714521600000 }, /CreatedTime .*year 56301/],
  ["a date in prose", { CreatedTime: "May 5, 2024" }, /CreatedTime must be ISO 8601 text with an offset/],
  ["ISO text without an offset", { CreatedTime: "2024-05-05T10:00:00" }, /CreatedTime must be ISO 8601/],
  ["a day that does not exist", { CreatedTime: "2024-02-30T10:00:00Z" }, /CreatedTime is not a date/],
  ["before Service Catalog existed", { CreatedTime: 0 }, /CreatedTime must lie from 2015-07-09/],
  ["a launch role that is no ARN", { LaunchRoleArn: "lol" }, /launchRoleArn/],
  ["a launch role of 100,000 characters", { LaunchRoleArn: `arn:aws:iam::1:role/${"a".repeat(100_000)}` }, /1224/],
  ["Status null", { Status: null }, /Status is null/],
  ["Type null", { Type: null }, /Type is null/],
  ["a misspelt member", { Stauts: "AVAILABLE" }, /"Stauts" is not a member of a provisioned product/],
  ["an Arn that is no ARN", { Arn: "good" }, /Arn is not an ARN/],
  ["an Arn of another service", { Arn: "arn:aws:ec2:us-east-1:123456789012:stack/good/pp-good" }, /service 'ec2'/],
  [
    "an Arn of no partition",
    { Arn: "arn:aws-mars:servicecatalog:us-east-1:123456789012:stack/good/pp-good" },
    /partition 'aws-mars'/,
  ],
  [
    "an Arn that names another product",
    { Arn: "arn:aws:servicecatalog:us-east-1:123456789012:stack/good/pp-other" },
    /Arn has resource/,
  ],
  ["an Arn in no region", { Arn: "arn:aws:servicecatalog:mars-1:123456789012:stack/good/pp-good" }, /region 'mars-1'/],
  ["a UserArn with a region", { UserArn: "arn:aws:iam:us-east-1:123456789012:user/test" }, /UserArn names a region/],
  ["a UserArn of a short account", { UserArn: "arn:aws:iam::1234:user/test" }, /UserArn names account '1234'/],
  ["Tags null", { Tags: null }, /Tags is null/],
  ["a tag with a null Value", { Tags: [{ Key: "a", Value: null }] }, /tags\.1\.member\.value|Tags\[0\] needs a Value/],
  ["a tag with a stray member", { Tags: [{ Key: "a", Value: "b", Colour: "red" }] }, /Tags\[0\] has "Colour"/],
  ["a status AWS does not have", { Status: "TERMINATED" }, /enum value set/],
  ["a number for a string", { StatusMessage: 5 }, /NUMBER_VALUE can not be converted to a String/],
  ["no Name", { Name: undefined }, /Name is required/],
];

let server: FakeServer;
beforeAll(async () => {
  server = await startServiceCatalogFakeServer({ provisionedProducts: [] });
});
afterAll(() => server.close());

async function control(method: string, path: string, body?: unknown) {
  const response = await fetch(`${server.url}/_svccat/${path}`, {
    method,
    headers: { "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text === "" ? undefined : JSON.parse(text) };
}

describe("a product no AWS answer could hold", () => {
  it("is taken when it could be", async () => {
    expect(await control("PUT", "products", [GOOD])).toEqual({ status: 200, body: { products: 1 } });
    expect((await control("GET", "products/pp-good")).body).toMatchObject({ Status: "AVAILABLE" });
  });

  it.each(REFUSED)("is refused through the control API, naming product and member: %s", async (_, change, rule) => {
    const before = (await control("GET", "products")).body;
    const answer = await control("POST", "products", [
      { ...GOOD, Id: "pp-first", Name: "first", Arn: GOOD.Arn.replace("good/pp-good", "first/pp-first") },
      { ...GOOD, ...change },
    ]);
    expect(answer.status).toBe(400);
    expect(answer.body.error.message).toMatch(/products\[1\]/);
    expect(answer.body.error.message).toMatch(rule);
    expect((await control("GET", "products")).body).toEqual(before);
  });

  it.each(REFUSED)("is refused in a products file: %s", (_, change, rule) => {
    expect(() => parseProductsFile(JSON.stringify([GOOD, { ...GOOD, ...change }]), "seed.json")).toThrow(rule);
  });

  it("is refused by the JS store, whole", () => {
    const fake = createServiceCatalogFakeCore({ provisionedProducts: [] });
    const [good] = parseProductsFile(JSON.stringify([GOOD]));
    const bad = { ...(good as ProvisionedProduct), CreatedTime: new Date(1714521600000 * 1000) };
    expect(() => fake.store.add([good as ProvisionedProduct, bad])).toThrow(StoreError);
    expect(() => fake.store.add({ ...(good as ProvisionedProduct), Status: null } as never)).toThrow(/Status is null/);
    expect(fake.store.size).toBe(0);
  });

  it("a PATCH that would make one is refused, and null takes a member out", async () => {
    await control("PUT", "products", [GOOD]);
    expect((await control("PATCH", "products/pp-good", { CreatedTime: 1714521600000 })).status).toBe(400);
    expect((await control("PATCH", "products/pp-good", { Stauts: "ERROR" })).status).toBe(400);
    expect((await control("PATCH", "products/pp-good", { Name: null })).body.error.message).toMatch(/Name is required/);
    const patched = await control("PATCH", "products/pp-good", { StatusMessage: null, Status: "ERROR" });
    expect(patched.status).toBe(200);
    expect(patched.body.Status).toBe("ERROR");
    expect(Object.hasOwn(patched.body, "StatusMessage")).toBe(false);
    expect((await control("GET", "products/pp-good")).body.CreatedTime).toBe("2024-05-01T10:00:00.000Z");
  });

  it("never comes from the generator, in any partition's account", () => {
    for (const seed of [1, 2, 3]) {
      const made = generateProvisionedProducts(500, { seed, accountId: "210987654321", region: "eu-west-2" });
      expect(() => createServiceCatalogFakeCore({ provisionedProducts: made })).not.toThrow();
    }
  });
});

describe("the store's bound", () => {
  it("refuses a write beyond maxProducts whole, through the JS store and the control API", async () => {
    const fake = createServiceCatalogFakeCore({ provisionedProducts: [], maxProducts: 5 });
    fake.store.add(generateProvisionedProducts(4, { seed: 1 }));
    expect(() => fake.store.add(generateProvisionedProducts(2, { seed: 2 }))).toThrow(/at most 5/);
    expect(fake.store.size).toBe(4);
    expect(() => fake.store.reset(generateProvisionedProducts(6, { seed: 3 }))).toThrow(/at most 5/);
    expect(fake.store.size).toBe(4);
    const bounded = await startServiceCatalogFakeServer({ provisionedProducts: [], maxProducts: 10 });
    try {
      const generate = (count: number) =>
        fetch(`${bounded.url}/_svccat/products/generate`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ count }),
        });
      expect((await generate(8)).status).toBe(201);
      const refused = await generate(8);
      expect(refused.status).toBe(400);
      expect(await refused.text()).toMatch(/at most 10/);
      expect(bounded.fake.store.size).toBe(8);
    } finally {
      await bounded.close();
    }
  });
});
