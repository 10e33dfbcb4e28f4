import { describe, expect, it } from "vitest";
import {
  createServiceCatalogFakeCore,
  FakeHttpHandler,
  generateProvisionedProducts,
  type ServiceCatalogFakeCore,
} from "../src/index.js";
import { CLIENT_NAMES, clientNamed } from "./support/clients.js";

/**
 * `FakeHttpHandler`: the fake as a smithy request handler, for both clients, with no network and no msw. It checks
 * signatures as the HTTP server does, and its faults reach the clients as a network's would.
 */
function fakeWith(count = 45): ServiceCatalogFakeCore {
  return createServiceCatalogFakeCore({ provisionedProducts: generateProvisionedProducts(count, { seed: 8 }) });
}

describe.each(CLIENT_NAMES)("FakeHttpHandler with %s", (name) => {
  it("answers every page of a listing, and the fake sees each call", async () => {
    const fake = fakeWith();
    const client = clientNamed(name, { requestHandler: new FakeHttpHandler(fake) });
    const ids: string[] = [];
    let token: string | undefined;
    do {
      const page = await client.scan({ AccessLevelFilter: { Key: "Account", Value: "self" }, PageToken: token });
      ids.push(...(page.ProvisionedProducts ?? []).map((p) => p.Id as string));
      token = page.NextPageToken ?? undefined;
    } while (token !== undefined && token !== "");
    expect(new Set(ids).size).toBe(45);
    expect(fake.calls.length).toBe(3);
    expect(fake.calls.all().every((call) => call.accessKeyId === "test" && call.status === 200)).toBe(true);
    const search = await client.search({ Filters: { SearchQuery: ["status:AVAILABLE"] }, SortBy: "name" });
    expect(search.TotalResultsCount).toBeGreaterThan(0);
    client.destroy();
  });

  it("checks signatures as the server does: a wrong secret and an unknown key are refused", async () => {
    const fake = fakeWith(3);
    const wrong = clientNamed(name, {
      requestHandler: new FakeHttpHandler(fake),
      credentials: { accessKeyId: "test", secretAccessKey: "wrong" },
    });
    await expect(wrong.scan({})).rejects.toMatchObject({ name: "InvalidSignatureException" });
    const unknown = clientNamed(name, {
      requestHandler: new FakeHttpHandler(fake),
      credentials: { accessKeyId: "AKIANOBODY", secretAccessKey: "x" },
    });
    await expect(unknown.scan({})).rejects.toMatchObject({ name: "UnrecognizedClientException" });
    const unchecked = clientNamed(name, {
      requestHandler: new FakeHttpHandler(fake, { verifySignatures: false }),
      credentials: { accessKeyId: "test", secretAccessKey: "wrong" },
    });
    expect((await unchecked.scan({})).ProvisionedProducts).toBeDefined();
  });

  it("a throttle is retried by the client, a dropped connection too", async () => {
    const fake = fakeWith(3);
    const client = clientNamed(name, { requestHandler: new FakeHttpHandler(fake), maxAttempts: 3 });
    fake.faults.inject({ kind: "throttle", times: 1 });
    fake.faults.inject({ kind: "drop", times: 1 });
    expect((await client.scan({})).ProvisionedProducts).toBeDefined();
    expect(fake.calls.all().map((call) => call.fault ?? "none")).toEqual(["throttle", "drop", "none"]);
  });

  it("a validation error is the modelled error the client raises", async () => {
    const client = clientNamed(name, { requestHandler: new FakeHttpHandler(fakeWith(3)) });
    await expect(client.scan({ PageSize: 21 })).rejects.toMatchObject({ name: "ValidationException" });
  });
});

it("refuses a principal it cannot check, unless told not to check", () => {
  const fake = createServiceCatalogFakeCore({
    principals: [{ accessKeyId: "AKIAKEYLESS", arn: "arn:aws:iam::123456789012:user/k" }],
  });
  expect(() => new FakeHttpHandler(fake)).toThrow(/no secretAccessKey/);
  expect(() => new FakeHttpHandler(fake, { verifySignatures: false })).not.toThrow();
});
