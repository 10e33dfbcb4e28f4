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
