import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CallLog, createServiceCatalogFakeCore, type RecordedCall } from "../src/index.js";
import { type FakeServer, startServiceCatalogFakeServer } from "../src/server/index.js";
import { post, requestHeaders, send } from "./support/raw-http.js";

/**
 * Nobody can switch the fake's guards off from outside: principals cannot be replaced or unsigned through the
 * control API, a web page cannot drive it (foreign Origin, foreign Host, a "simple" non-JSON write), fault specs
 * are checked field by field, routes match exactly, and what the fake keeps is bounded.
 */
let server: FakeServer;
beforeAll(async () => {
  server = await startServiceCatalogFakeServer({ provisionedProducts: [] });
});
afterAll(() => server.close());

const JSON_HEADERS = { "content-type": "application/json" };

async function control(method: string, path: string, body?: unknown, headers: Record<string, string> = JSON_HEADERS) {
  const answer = await send(server.url, {
    method,
    path: `/_svccat/${path}`,
    headers: { host: new URL(server.url).host, ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: answer.status, body: answer.body === "" ? undefined : JSON.parse(answer.body) };
}

async function signedScan(credentials: { accessKeyId: string; secretAccessKey: string }) {
  const body = "{}";
  const headers = await requestHeaders(server.url, "ScanProvisionedProducts", body, credentials);
  const answer = await post(server.url, headers, body);
  return { status: answer.status, type: JSON.parse(answer.body).__type as string | undefined };
}

describe("principals through the control API", () => {
  it("cannot take over a key: a taken key is a conflict unless replaced on purpose", async () => {
    const taken = await control("POST", "principals", {
      accessKeyId: "test",
      secretAccessKey: "x",
      arn: "arn:aws:iam::123456789012:user/x",
    });
    expect(taken.status).toBe(409);
    expect(taken.body.error.message).toMatch(/replace/);
    expect((await signedScan({ accessKeyId: "test", secretAccessKey: "test" })).status).toBe(200);
    const replaced = await control("POST", "principals", {
      accessKeyId: "test",
      secretAccessKey: "new",
      arn: "arn:aws:iam::123456789012:user/test",
      replace: true,
    });
    expect(replaced.status).toBe(201);
    expect((await signedScan({ accessKeyId: "test", secretAccessKey: "new" })).status).toBe(200);
    expect((await signedScan({ accessKeyId: "test", secretAccessKey: "test" })).type).toBe("InvalidSignatureException");
    await control("POST", "reset");
  });

  it("cannot turn signature checks off: a principal without a secret is refused where signatures are checked", async () => {
    for (const principal of [
      { accessKeyId: "test", arn: "arn:aws:iam::123456789012:user/test", replace: true },
      { accessKeyId: "AKIANEW", arn: "arn:aws:iam::123456789012:user/new" },
      { accessKeyId: "AKIANEW", secretAccessKey: "", arn: "arn:aws:iam::123456789012:user/new" },
    ]) {
      const answer = await control("POST", "principals", principal);
      expect(answer.status).toBe(400);
      expect(answer.body.error.message).toMatch(/needs a secretAccessKey/);
    }
    expect((await signedScan({ accessKeyId: "test", secretAccessKey: "wrong" })).type).toBe(
      "InvalidSignatureException",
    );
    expect((await signedScan({ accessKeyId: "AKIANEW", secretAccessKey: "any" })).type).toBe(
      "UnrecognizedClientException",
    );
  });

  it("a server without signature checks may hold keys without secrets; one with them refuses to start so", async () => {
    const keyless = [{ accessKeyId: "AKIAKEYLESS", arn: "arn:aws:iam::123456789012:user/k" }];
    await expect(startServiceCatalogFakeServer({ principals: keyless })).rejects.toThrow(/no secretAccessKey/);
    const open = await startServiceCatalogFakeServer({ principals: keyless, verifySignatures: false });
    await open.close();
  });

  it("reset restores the starting principals", async () => {
    const start = (await control("GET", "principals")).body;
    expect(
      (
        await control("POST", "principals", {
          accessKeyId: "AKIAEXTRA",
          secretAccessKey: "s",
          arn: "arn:aws:iam::123456789012:user/extra",
        })
      ).status,
    ).toBe(201);
    await control("POST", "principals", {
      accessKeyId: "test",
      secretAccessKey: "other",
      arn: "arn:aws:iam::123456789012:user/test",
      replace: true,
    });
    await control("POST", "reset");
    expect((await control("GET", "principals")).body).toEqual(start);
    expect((await signedScan({ accessKeyId: "test", secretAccessKey: "test" })).status).toBe(200);
    expect((await signedScan({ accessKeyId: "AKIAEXTRA", secretAccessKey: "s" })).type).toBe(
      "UnrecognizedClientException",
    );
  });
});

describe("a web page cannot drive the fake", () => {
  const fault = { kind: "throttle", times: 1 };

  it("a simple POST (text/plain) is refused, and nothing is injected", async () => {
    const answer = await control("POST", "faults", fault, { "content-type": "text/plain" });
    expect(answer.status).toBe(415);
    expect((await control("POST", "faults", fault, {})).status).toBe(415);
    expect((await control("GET", "faults")).body.faults).toEqual([]);
  });

  it("a foreign Origin is refused, reads and writes alike; the server's own is taken", async () => {
    const evil = { ...JSON_HEADERS, origin: "http://evil.example" };
    expect((await control("POST", "faults", fault, evil)).status).toBe(403);
    expect((await control("GET", "calls", undefined, { origin: "http://evil.example" })).status).toBe(403);
    expect((await control("GET", "calls", undefined, { origin: "null" })).status).toBe(403);
    expect((await control("GET", "faults")).body.faults).toEqual([]);
    expect((await control("GET", "health", undefined, { origin: server.url })).status).toBe(200);
  });

  it("a foreign Host (DNS rebinding) is refused; this machine's names with the server's port are taken", async () => {
    const port = new URL(server.url).port;
    for (const host of ["evil.example", `evil.example:${port}`, "127.0.0.1:1", `169.254.1.1:${port}`]) {
      expect((await control("GET", "calls", undefined, { host })).status, host).toBe(403);
    }
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`]) {
      expect((await control("GET", "calls", undefined, { host })).status, host).toBe(200);
    }
  });
});

describe("fault specs", () => {
  it.each([
    [
      { kind: "throttle", operation: "searchprovisionedproducts" },
      /operation must be one of .*SearchProvisionedProducts/,
    ],
    [{ kind: "throttle", rate: null }, /rate must be a number from 0 to 1, not null/],
    [{ kind: "throttle", rate: true }, /rate must be a number from 0 to 1, not true/],
    [{ kind: "throttle", rate: 1.5 }, /rate/],
    [{ kind: "latency", delayMs: 1e12 }, /delayMs must be a number of milliseconds from 0 to 600000/],
    [{ kind: "latency", delayMs: "5" }, /delayMs/],
    [{ kind: "throttle", times: 0 }, /times must be a positive whole number/],
    [{ kind: "throttle", times: 1.5 }, /times/],
    [{ kind: "throttle", times: null }, /times/],
    [{ kind: "throttle", tmes: 2 }, /no field "tmes"/],
    [{ kind: "meteor" }, /kind must be one of/],
  ])("%j is refused naming the field", async (spec, message) => {
    const answer = await control("POST", "faults", spec);
    expect(answer.status).toBe(400);
    expect(answer.body.error.message).toMatch(message);
    expect((await control("GET", "faults")).body.faults).toEqual([]);
  });

  it("a checked spec fires as given", async () => {
    expect(
      (await control("POST", "faults", { kind: "throttle", operation: "ScanProvisionedProducts", times: 1 })).status,
    ).toBe(201);
    expect((await signedScan({ accessKeyId: "test", secretAccessKey: "test" })).type).toBe("ThrottlingException");
    expect((await signedScan({ accessKeyId: "test", secretAccessKey: "test" })).status).toBe(200);
  });
});

describe("routes match exactly", () => {
  it.each([
    "/_svccat/../aaaaaaaahealth",
    "/_svccat//health",
    "/_svccat/health/",
    "/_svccat/./health",
    "/_svccat/%2e%2e/health",
    "/_svccat/health%2f",
  ])("%s is no resource", async (path) => {
    const answer = await send(server.url, { method: "GET", path, headers: { host: new URL(server.url).host } });
    expect(answer.status).toBe(404);
  });

  it("/_svccat/health is one", async () => {
    expect((await control("GET", "health")).status).toBe(200);
  });
});

describe("what the fake keeps is bounded", () => {
  it("the call log keeps no large body, and stays within its bytes", async () => {
    const fake = createServiceCatalogFakeCore({ provisionedProducts: [] });
    const big = JSON.stringify({ Filters: { SearchQuery: ["x".repeat(900_000)] } });
    for (let i = 0; i < 3; i++) {
      await fake.dispatch(
        new Request("https://servicecatalog.us-east-1.amazonaws.com/", {
          method: "POST",
          headers: {
            "content-type": "application/x-amz-json-1.1",
            "x-amz-target": "AWS242ServiceCatalogService.SearchProvisionedProducts",
          },
          body: big,
        }),
      );
    }
    const calls = fake.calls.all();
    expect(calls).toHaveLength(3);
    expect(calls.every((call) => call.input === undefined && call.inputBytes === big.length)).toBe(true);

    const log = new CallLog({ maxBytes: 20_000 });
    const record = (i: number): RecordedCall => ({
      requestId: String(i),
      operation: "ScanProvisionedProducts",
      accessKeyId: undefined,
      callerArn: undefined,
      input: { PageSize: i },
      inputBytes: 1_000,
      status: 200,
      errorCode: undefined,
      fault: undefined,
      page: undefined,
      at: new Date(),
    });
    for (let i = 0; i < 100; i++) {
      log.record(record(i));
    }
    // 1,512 bytes a record: 13 fit in 20,000; the newest are kept.
    expect(log.length).toBe(13);
    expect(log.last()?.requestId).toBe("99");
  });

  it("call records over the control API have every key, null when empty", async () => {
    await control("DELETE", "calls");
    await signedScan({ accessKeyId: "test", secretAccessKey: "test" });
    const [call] = (await control("GET", "calls")).body.calls;
    expect(Object.keys(call).sort()).toEqual(
      [
        "accessKeyId",
        "at",
        "callerArn",
        "errorCode",
        "fault",
        "input",
        "inputBytes",
        "operation",
        "page",
        "requestId",
        "status",
      ].sort(),
    );
    expect(call.fault).toBeNull();
    expect(call.errorCode).toBeNull();
  });

  it("the products listing comes a page at a time", async () => {
    await control("POST", "products/generate", { count: 2_500, seed: 4 });
    const first = (await control("GET", "products")).body;
    expect([first.ProvisionedProducts.length, first.total, first.nextOffset]).toEqual([1_000, 2_500, 1_000]);
    const last = (await control("GET", "products?offset=2000&limit=1000")).body;
    expect([last.ProvisionedProducts.length, last.nextOffset]).toEqual([500, null]);
    expect((await control("GET", "products?limit=20000")).status).toBe(400);
    expect((await control("GET", "products?offset=-1")).status).toBe(400);
    await control("POST", "reset");
  });
});
