import { connect, type Socket } from "node:net";
import { serviceTables } from "@svccat/model";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateProvisionedProducts, type ProvisionedProduct, StoreError } from "../src/index.js";
import { createServiceCatalogFake, type ServiceCatalogFake } from "../src/msw/index.js";
import { type FakeServer, startServiceCatalogFakeServer } from "../src/server/index.js";
import { call } from "./support/dispatch.js";
import { reidentified } from "./support/products.js";

const SCAN = "ScanProvisionedProducts";
const SEARCH = "SearchProvisionedProducts";
const ACCOUNT = { AccessLevelFilter: { Key: "Account", Value: "self" } };

/** A request whose body is these bytes exactly, as no JSON client would send it. */
function dispatchBytes(fake: ServiceCatalogFake, operation: string, bytes: Uint8Array<ArrayBuffer>): Promise<Response> {
  return fake.dispatch(
    new Request("https://servicecatalog.us-east-1.amazonaws.com/", {
      method: "POST",
      headers: {
        "content-type": "application/x-amz-json-1.1",
        "x-amz-target": `AWS242ServiceCatalogService.${operation}`,
      },
      body: bytes,
    }),
  );
}

describe("hostile request bodies through dispatch", () => {
  const fake = createServiceCatalogFake({ provisionedProducts: generateProvisionedProducts(120, { seed: 3 }) });

  it("a __proto__ member is an unknown member: it cannot lift a limit or break an answer", async () => {
    const lifted = await call(fake, SCAN, undefined, {
      rawBody: '{"__proto__":{"PageSize":1000},"AccessLevelFilter":{"Key":"Account","Value":"self"}}',
    });
    expect(lifted.status).toBe(200);
    expect((lifted.body.ProvisionedProducts as unknown[]).length).toBe(20);
    for (const rawBody of [
      '{"__proto__":{"PageToken":{}}}',
      '{"__proto__":{"Filters":{"SearchQuery":[1]}}}',
      '{"AccessLevelFilter":{"__proto__":{"Value":5},"Key":"Account"}}',
      '{"constructor":{"prototype":{"x":1}},"toString":1}',
    ]) {
      const answer = await call(fake, SEARCH, undefined, { rawBody });
      expect(answer.status, rawBody).toBeLessThan(500);
    }
    expect(({} as Record<string, unknown>).PageSize).toBeUndefined();
  });

  it.each(["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf"])(
    "SortBy %s is refused like any unknown SortBy",
    async (sortBy) => {
      const answer = await call(fake, SEARCH, { ...ACCOUNT, SortBy: sortBy });
      expect(answer.status).toBe(400);
      expect(answer.body.__type).toBe("InvalidParametersException");
    },
  );

  it("a term whose field is an Object.prototype name is free text", async () => {
    const answer = await call(fake, SEARCH, { ...ACCOUNT, Filters: { SearchQuery: ["constructor:x"] } });
    expect(answer.status).toBe(200);
    expect(answer.body.TotalResultsCount).toBe(0);
  });

  it("deep nesting is a SerializationException, not a stack overflow", async () => {
    const rawBody = `{"Unknown":${"[".repeat(2204)}${"]".repeat(2204)}}`;
    const answer = await call(fake, SCAN, undefined, { rawBody });
    expect(answer.status).toBe(400);
    expect(answer.body.__type).toBe("SerializationException");
  });

  it("a body that is not UTF-8 is a SerializationException", async () => {
    const bytes = new Uint8Array([0x7b, 0x22, 0x41, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]);
    const response = await dispatchBytes(fake, SCAN, bytes);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { __type: string }).__type).toBe("SerializationException");
  });

  it("a megabyte of null terms answers a bounded ValidationException", async () => {
    const rawBody = JSON.stringify({ Filters: { SearchQuery: new Array(200_000).fill(null) } });
    const answer = await call(fake, SEARCH, undefined, { rawBody });
    expect(answer.status).toBe(400);
    expect(answer.body.__type).toBe("ValidationException");
    expect(String(answer.body.message)).toMatch(/^200000 validation errors detected: .*; and 199990 more$/);
    expect(JSON.stringify(answer.body).length).toBeLessThan(4096);
  });

  it("200,000 search terms cost no more than their distinct ones, and too many distinct ones are refused", async () => {
    const same = await call(fake, SEARCH, { ...ACCOUNT, Filters: { SearchQuery: new Array(200_000).fill("a") } });
    expect(same.status).toBe(200);
    const distinct = Array.from({ length: 200_000 }, (_, i) => i.toString(36));
    const many = await call(fake, SEARCH, { ...ACCOUNT, Filters: { SearchQuery: distinct } });
    expect(many.status).toBe(400);
    expect(many.body.__type).toBe("InvalidParametersException");
    expect(String(many.body.Message)).toMatch(/200000 distinct terms; at most 100/);
  });

  it("dispatch answers whatever it is given, and never throws", async () => {
    for (const given of [undefined, {}, null, "x", { headers: {} }]) {
      const response = await fake.dispatch(given as unknown as Request);
      expect(response.status).toBe(400);
    }
  });

  it("JSON full of prototype keys, deep nesting, huge arrays and odd numbers never gets a 5xx", async () => {
    const key = fc.constantFrom("__proto__", "constructor", "prototype", "toString", "PageSize", "Filters", "SortBy");
    const leaf = fc.oneof(
      fc.constant(null),
      fc.double(),
      fc.integer(),
      fc.constantFrom(Number.MAX_VALUE, Number.MIN_VALUE, -0, 2 ** 53 + 1),
      fc.string(),
    );
    const json = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: "small" }, leaf, tie("array"), tie("object")),
      array: fc.array(tie("value"), { maxLength: 4 }),
      object: fc.dictionary(key, tie("value"), { maxKeys: 4 }),
    })).object;
    await fc.assert(
      fc.asyncProperty(json, fc.constantFrom(SCAN, SEARCH), async (document, operation) => {
        const rawBody = JSON.stringify(document).replace(/"prototype"/g, '"__proto__"');
        const answer = await call(fake, operation, undefined, { rawBody });
        expect(answer.status).toBeLessThan(500);
      }),
      { numRuns: 300 },
    );
  });

  it("arbitrary bytes as a body never get a 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 64 }), fc.constantFrom(SCAN, SEARCH), async (bytes, operation) => {
        const response = await dispatchBytes(fake, operation, bytes);
        expect(response.status).toBeLessThan(500);
      }),
      { numRuns: 300 },
    );
  });
});

describe("store writes and page tokens", () => {
  it("refuses a Name that only starts like the spec's pattern", () => {
    const fake = createServiceCatalogFake();
    const [product] = generateProvisionedProducts(1, { seed: 1 });
    expect(() => fake.store.add({ ...(product as ProvisionedProduct), Name: `a${"é".repeat(1223)}` })).toThrow(
      StoreError,
    );
  });

  it("keeps every page token within the model's length for the longest names the store accepts", async () => {
    const tokenMax = (serviceTables.shapes.PageToken as { length?: { max?: number } }).length?.max ?? 0;
    expect(tokenMax).toBeGreaterThan(0);
    const products = generateProvisionedProducts(3, { seed: 5 }).map((product, i) =>
      // The ARN form of the name pattern, as long as the product's own Arn (`…:stack/{Name}/{Id}`, whose resource
      // the pattern bounds at 1024 characters) lets it be, mostly characters JSON escapes (\u0001 takes six).
      reidentified(product, {
        Name: `arn:aws:servicecatalog:us-east-1:123456789012:x${String(i)}${'"\\\u0001'.repeat(400)}`.slice(
          0,
          1024 - "stack//".length - product.Id.length,
        ),
      }),
    );
    const fake = createServiceCatalogFake({ provisionedProducts: products });
    const seen: string[] = [];
    let token: string | undefined;
    do {
      const answer = await call(fake, SEARCH, { ...ACCOUNT, SortBy: "name", PageSize: 1, PageToken: token });
      expect(answer.status).toBe(200);
      seen.push(...(answer.body.ProvisionedProducts as Array<{ Id: string }>).map((p) => p.Id));
      token = answer.body.NextPageToken as string | undefined;
      expect((token ?? "").length).toBeLessThanOrEqual(tokenMax);
    } while (token !== undefined);
    expect(new Set(seen).size).toBe(3);
  });
});

/** Sends raw bytes and resolves with what came back before the server closed the connection. */
function rawExchange(server: FakeServer, text: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(server.port, "127.0.0.1", () => socket.write(text));
    let received = "";
    socket.on("data", (chunk) => {
      received += chunk.toString("latin1");
      if (/\r\n\r\n/.test(received)) {
        socket.destroy();
        resolve(received);
      }
    });
    // A reset is an answer too: whatever arrived before it (nothing, for a refused connection).
    socket.on("error", () => resolve(received));
    socket.on("close", () => resolve(received));
  });
}

describe("the HTTP server at its edges", () => {
  let server: FakeServer;
  beforeAll(async () => {
    server = await startServiceCatalogFakeServer({ verifySignatures: false, headersTimeoutMs: 500 });
  });
  afterAll(() => server.close());

  it.each([
    ["TRACE", "TRACE / HTTP/1.1\r\nHost: x\r\n\r\n"],
    ["an absolute-form target", "POST http://127.0.0.1/ HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}"],
    ["an asterisk target", "POST * HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}"],
  ])("answers %s with an HTTP response", async (_name, text) => {
    const answer = await rawExchange(server, text);
    expect(answer).toMatch(/^HTTP\/1\.1 4\d\d /);
  });

  it("refuses connections beyond maxConnections, and serves again once they go", async () => {
    const small = await startServiceCatalogFakeServer({ verifySignatures: false, maxConnections: 2 });
    try {
      const idle = [connect(small.port, "127.0.0.1"), connect(small.port, "127.0.0.1")];
      await Promise.all(idle.map((socket) => new Promise((resolve) => socket.on("connect", resolve))));
      const third = connect(small.port, "127.0.0.1");
      third.on("error", () => {});
      await new Promise<void>((resolve) => third.on("close", () => resolve()));
      for (const socket of idle) {
        socket.destroy();
      }
      await Promise.all(idle.map((socket) => new Promise((resolve) => socket.on("close", resolve))));
      // The server learns of the closes on its own schedule: a refused attempt closes at once, so try a few times.
      let answer = "";
      for (let attempt = 0; attempt < 500 && answer === ""; attempt++) {
        answer = await rawExchange(small, "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}");
      }
      expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    } finally {
      await small.close();
    }
  });

  it("closes a connection that never sends a byte once the headers timeout passes", async () => {
    const socket: Socket = connect(server.port, "127.0.0.1");
    await new Promise<void>((resolve) => socket.on("close", () => resolve()));
    expect(socket.destroyed).toBe(true);
  });

  it("close() finishes while a client stalls mid-body", async () => {
    const stalled = await startServiceCatalogFakeServer({ verifySignatures: false, closeGraceMs: 200 });
    const socket = connect(stalled.port, "127.0.0.1");
    await new Promise<void>((resolve) => socket.on("connect", () => resolve()));
    socket.write(
      "POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-amz-json-1.1\r\nContent-Length: 100\r\n\r\n{",
    );
    socket.on("error", () => {});
    await expect(stalled.close()).resolves.toBeUndefined();
    socket.destroy();
  });
});
