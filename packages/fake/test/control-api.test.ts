import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeServer, startServiceCatalogFakeServer } from "../src/server/index.js";

let server: FakeServer;
beforeAll(async () => {
  server = await startServiceCatalogFakeServer({ provisionedProducts: [] });
});
afterAll(() => server.close());

async function control(method: string, path: string, body?: unknown, target: FakeServer = server) {
  const response = await fetch(`${target.url}/_svccat/${path}`, {
    method,
    headers: { "content-type": "application/json" },
    ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text === "" ? undefined : JSON.parse(text) };
}

describe("the control API", () => {
  it("adds, reads, updates and removes products, CreatedTime as ISO text or epoch seconds", async () => {
    const product = {
      Id: "pp-ctl",
      Name: "ctl",
      Arn: "arn:aws:servicecatalog:us-east-1:123456789012:stack/ctl/pp-ctl",
      CreatedTime: 1735689600,
    };
    expect(await control("POST", "products", product)).toEqual({ status: 201, body: { added: 1, products: 1 } });
    expect((await control("GET", "products/pp-ctl")).body.CreatedTime).toBe("2025-01-01T00:00:00.000Z");
    expect((await control("PATCH", "products/pp-ctl", { Status: "ERROR" })).body.Status).toBe("ERROR");
    expect((await control("DELETE", "products/pp-ctl")).status).toBe(204);
    expect((await control("DELETE", "products/pp-ctl")).status).toBe(404);
  });

  it("says what is wrong with a request, and changes nothing", async () => {
    const before = (await control("GET", "settings")).body;
    expect(await control("PATCH", "settings", { lastPageToken: "null", errorTypeForm: "long" })).toMatchObject({
      status: 400,
      body: { error: { code: "InvalidRequest", message: expect.stringMatching(/errorTypeForm/) } },
    });
    expect((await control("GET", "settings")).body).toEqual(before);
    expect((await control("POST", "products", "{not json")).body.error.message).toMatch(/not JSON/);
    expect((await control("POST", "products", [{ Id: "x" }])).status).toBe(400);
    expect((await control("POST", "faults", { kind: "meteor" })).body.error.message).toMatch(/fault kind/);
    expect((await control("PUT", "calls")).status).toBe(405);
    expect((await control("GET", "nothing/here")).status).toBe(404);
    expect((await control("GET", "constructor")).status).toBe(404);
  });

  it("adds principals with session tokens, and lists them without secrets", async () => {
    await control("POST", "principals", {
      accessKeyId: "ASIACTL",
      secretAccessKey: "s",
      sessionToken: "t",
      arn: "arn:aws:sts::123456789012:assumed-role/R/ctl",
    });
    const listed = (await control("GET", "principals")).body.principals;
    expect(listed).toContainEqual({ accessKeyId: "ASIACTL", arn: "arn:aws:sts::123456789012:assumed-role/R/ctl" });
    expect(JSON.stringify(listed)).not.toMatch(/"s"|secret/);
    expect((await control("POST", "principals", { accessKeyId: "A", arn: "not-an-arn" })).status).toBe(400);
  });

  it("can be turned off", async () => {
    const closed = await startServiceCatalogFakeServer({ controlApi: "off" });
    try {
      expect(await control("GET", "health", undefined, closed)).toMatchObject({
        status: 403,
        body: { error: { code: "Forbidden" } },
      });
    } finally {
      await closed.close();
    }
  });
});

describe("the control API for a provisioned product's life", () => {
  const CATALOG = {
    Products: [
      { Id: "prod-ctlaaaaaaaaa", Name: "Ctl", ProvisioningArtifacts: [{ Id: "pa-ctlaaaaaaaaaa", Name: "v1" }] },
    ],
  };

  async function provision(
    name: string,
    target: FakeServer,
  ): Promise<{ RecordId: string; ProvisionedProductId: string }> {
    const response = await fetch(target.url, {
      method: "POST",
      headers: {
        "content-type": "application/x-amz-json-1.1",
        "x-amz-target": "AWS242ServiceCatalogService.ProvisionProduct",
      },
      body: JSON.stringify({
        ProductId: "prod-ctlaaaaaaaaa",
        ProvisioningArtifactId: "pa-ctlaaaaaaaaaa",
        ProvisionedProductName: name,
        ProvisionToken: `token-${name}`,
      }),
    });
    expect(response.status).toBe(200);
    return (await response.json()).RecordDetail;
  }

  it("seeds the catalog, lists records, gives outputs, and reset forgets them all", async () => {
    const own = await startServiceCatalogFakeServer({ provisionedProducts: [], verifySignatures: false });
    try {
      // Records move only when the test moves the clock.
      await control("POST", "clock", { frozen: true }, own);
      expect(await control("PUT", "catalog", CATALOG, own)).toEqual({ status: 200, body: { products: 1 } });
      expect((await control("GET", "catalog", undefined, own)).body.Products[0]).toMatchObject({
        Id: "prod-ctlaaaaaaaaa",
        LaunchPaths: [{ Id: expect.stringMatching(/^lpv3-/) }],
      });
      expect((await control("POST", "catalog", CATALOG, own)).body.error.message).toMatch(/already has a product/);
      const record = await provision("ctl-1", own);
      expect((await control("GET", "records", undefined, own)).body.records).toMatchObject([
        { RecordId: record.RecordId, Status: "CREATED", CreatedTime: expect.stringMatching(/Z$/) },
      ]);
      expect(
        await control(
          "PUT",
          `outputs/${record.ProvisionedProductId}`,
          { Outputs: [{ OutputKey: "K", OutputValue: "V" }] },
          own,
        ),
      ).toEqual({ status: 200, body: { outputs: 1 } });
      expect((await control("PUT", "outputs/pp-nothere", { Outputs: [] }, own)).status).toBe(404);
      expect(
        (await control("PUT", `outputs/${record.ProvisionedProductId}`, { Outputs: [{ OutputKey: 1 }] }, own)).status,
      ).toBe(400);
      // The clock moved through the control API ends the record; the products listing shows the product settled.
      await control("POST", "clock", { advanceMs: 5_000 }, own);
      expect((await control("GET", `products/${record.ProvisionedProductId}`, undefined, own)).body.Status).toBe(
        "AVAILABLE",
      );
      expect((await control("POST", "faults", { kind: "record-failure" }, own)).body.error.message).toMatch(
        /needs an operation/,
      );
      expect(
        (await control("POST", "faults", { kind: "throttle", errorMessage: "x" }, own)).body.error.message,
      ).toMatch(/record-failure faults only/);
      await control("POST", "reset", undefined, own);
      expect((await control("GET", "records", undefined, own)).body.records).toEqual([]);
      expect((await control("GET", "catalog", undefined, own)).body.Products).toEqual([]);
    } finally {
      await own.close();
    }
  });
});
