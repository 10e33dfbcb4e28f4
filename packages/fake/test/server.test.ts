import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import {
  createServiceCatalogFakeCore,
  generateProvisionedProducts,
  type ServiceCatalogFakeCore,
} from "../src/index.js";
import { type FakeServer, startServiceCatalogFakeServer } from "../src/server/index.js";
import { CLIENT_NAMES, clientNamed } from "./support/clients.js";
import { post, type RawAnswer, requestHeaders, send as sendRaw } from "./support/raw-http.js";

let server: FakeServer;

beforeAll(async () => {
  server = await startServiceCatalogFakeServer({
    provisionedProducts: generateProvisionedProducts(150, { seed: 3 }),
    principals: [
      { accessKeyId: "test", secretAccessKey: "test", arn: "arn:aws:iam::123456789012:user/test" },
      {
        accessKeyId: "AKIDBOB",
        secretAccessKey: "bob-secret",
        arn: "arn:aws:sts::123456789012:assumed-role/Deployer/bob",
      },
    ],
  });
});
afterAll(() => server.close());
beforeEach(() => server.fake.faults.clear());

/** A raw Search request, signed (or not) by hand, maybe changed after signing, to reach the server's edges. */
async function raw(options: {
  body?: string;
  headers?: Record<string, string>;
  sign?: { accessKeyId: string; secretAccessKey: string; date?: Date };
  tamper?: (signed: { headers: Record<string, string>; body: string }) => void;
}): Promise<RawAnswer> {
  const body = options.body ?? "{}";
  const headers = {
    ...(await requestHeaders(server.url, "SearchProvisionedProducts", body, options.sign, options.sign?.date)),
    ...options.headers,
  };
  const sent = { headers, body };
  options.tamper?.(sent);
  return post(server.url, sent.headers, sent.body);
}

const test = { accessKeyId: "test", secretAccessKey: "test" };

describe.each(CLIENT_NAMES)("over HTTP with %s and only static credentials, a region and an endpoint", (name) => {
  it("pages through everything in the account", async () => {
    const c = clientNamed(name, { endpoint: server.url });
    const ids = new Set<string>();
    let token: string | undefined;
    do {
      const page = await c.search({
        AccessLevelFilter: { Key: "Account", Value: "self" },
        SortBy: "name",
        SortOrder: "DESCENDING",
        PageSize: 40,
        ...(token === undefined ? {} : { PageToken: token }),
      });
      for (const p of page.ProvisionedProducts ?? []) {
        ids.add(p.Id as string);
      }
      token = page.NextPageToken;
    } while (token);
    expect(ids.size).toBe(150);
    c.destroy();
  });

  it("refuses a wrong secret with InvalidSignatureException", async () => {
    const c = clientNamed(name, {
      endpoint: server.url,
      credentials: { accessKeyId: "test", secretAccessKey: "wrong" },
    });
    await expect(c.scan({})).rejects.toMatchObject({ name: "InvalidSignatureException" });
    c.destroy();
  });

  it("refuses an unknown access key with UnrecognizedClientException", async () => {
    const c = clientNamed(name, {
      endpoint: server.url,
      credentials: { accessKeyId: "AKIDNOBODY", secretAccessKey: "x" },
    });
    await expect(c.scan({})).rejects.toMatchObject({
      name: "UnrecognizedClientException",
      message: "The security token included in the request is invalid.",
    });
    c.destroy();
  });
});

describe("SigV4 verification", () => {
  it("accepts a correctly signed request", async () => {
    const response = await raw({ sign: test });
    expect(response.status).toBe(200);
    expect(response.headers["x-amzn-requestid"]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("refuses an unsigned request with MissingAuthenticationTokenException", async () => {
    const response = await raw({});
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toEqual({
      __type: "MissingAuthenticationTokenException",
      message: "Request is missing Authentication Token",
    });
  });

  it("refuses a body changed after signing", async () => {
    const response = await raw({
      sign: test,
      tamper: (r) => {
        r.body = '{"PageSize":99}';
      },
    });
    expect(JSON.parse(response.body).__type).toBe("InvalidSignatureException");
  });

  it("refuses a signed header changed after signing", async () => {
    const response = await raw({
      sign: test,
      tamper: (r) => {
        r.headers["x-amz-target"] = "AWS242ServiceCatalogService.ScanProvisionedProducts";
      },
    });
    expect(JSON.parse(response.body).__type).toBe("InvalidSignatureException");
  });

  it("refuses a clock more than 15 minutes off, naming the skew", async () => {
    const response = await raw({ sign: { ...test, date: new Date(Date.now() - 16 * 60 * 1000) } });
    expect(response.status).toBe(400);
    const body = JSON.parse(response.body);
    expect(body.__type).toBe("InvalidSignatureException");
    expect(body.message).toMatch(/^Signature expired: \d{8}T\d{6}Z is now earlier than/);
    expect(response.headers.date).toBeDefined();
  });

  it("accepts a clock 10 minutes off", async () => {
    expect((await raw({ sign: { ...test, date: new Date(Date.now() + 10 * 60 * 1000) } })).status).toBe(200);
  });

  it("refuses a malformed Authorization header with IncompleteSignatureException", async () => {
    const response = await raw({ headers: { authorization: "AWS4-HMAC-SHA256 Credential=test" } });
    expect(JSON.parse(response.body).__type).toBe("IncompleteSignatureException");
  });

  it("our client corrects its clock from the server's Date and succeeds", async () => {
    const { ServiceCatalogClient, ScanProvisionedProductsCommand } = await import("@svccat/client");
    const client = new ServiceCatalogClient({
      region: "us-east-1",
      endpoint: server.url,
      credentials: test,
      systemClockOffset: -20 * 60 * 1000,
    });
    const output = await client.send(new ScanProvisionedProductsCommand({}));
    expect(output.$metadata.attempts).toBe(2);
    client.destroy();
  });
});

describe("SigV4 tampering: every part of a signed request is bound to the signature", () => {
  const test = { accessKeyId: "test", secretAccessKey: "test" };
  const signed = (body: string, signing: Parameters<typeof requestHeaders>[5] = {}) =>
    requestHeaders(server.url, "SearchProvisionedProducts", body, test, new Date(), signing);

  it.each([
    ["the target", "x-amz-target", "AWS242ServiceCatalogService.ScanProvisionedProducts"],
    ["the date", "x-amz-date", "20260101T000000Z"],
    ["the content type", "content-type", "application/x-amz-json-1.0"],
    ["the host", "host", "servicecatalog.us-east-1.amazonaws.com"],
  ])("changing %s after signing is refused", async (_what, header, value) => {
    const headers = { ...(await signed("{}")), [header]: value };
    const answer = await post(server.url, headers, "{}");
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body).__type).toMatch(/InvalidSignatureException|SignatureDoesNotMatch/);
  });

  it("a signed query string is checked: taken as signed, refused when added, changed or dropped after signing", async () => {
    const send = async (signedQuery: Record<string, string> | undefined, sentPath: string) => {
      const headers = await signed("{}", signedQuery === undefined ? {} : { query: signedQuery });
      const answer = await sendRaw(server.url, { method: "POST", path: sentPath, headers, body: "{}" });
      return answer.status === 200 ? "ok" : JSON.parse(answer.body).__type;
    };
    expect(await send({ trace: "a b", "x+y": "1" }, "/?trace=a%20b&x%2By=1")).toBe("ok");
    expect(await send({ trace: "1" }, "/?trace=1")).toBe("ok");
    expect(await send(undefined, "/?injected=1")).toBe("InvalidSignatureException");
    expect(await send({ trace: "1" }, "/?trace=2")).toBe("InvalidSignatureException");
    expect(await send({ trace: "1" }, "/")).toBe("InvalidSignatureException");
    expect(await send(undefined, "/?bad=%E0%A4%A")).toBe("InvalidSignatureException");
  });

  it("a body swapped under UNSIGNED-PAYLOAD is refused", async () => {
    const headers = await signed('{"PageSize":1}', { extraHeaders: { "x-amz-content-sha256": "UNSIGNED-PAYLOAD" } });
    const answer = await post(server.url, headers, '{"PageSize":100}');
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body).__type).toBe("InvalidSignatureException");
  });

  it("a session token the principal was not given is UnrecognizedClientException", async () => {
    const headers = await signed("{}", { extraHeaders: { "x-amz-security-token": "bogus" } });
    const answer = await post(server.url, headers, "{}");
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body).__type).toBe("UnrecognizedClientException");
  });

  it("an x-amz-target the signature does not cover is refused, so it cannot be replayed at another operation", async () => {
    const headers = await signed("{}", { unsigned: ["x-amz-target"] });
    expect(headers.authorization).not.toMatch(/x-amz-target/);
    const answer = await post(server.url, headers, "{}");
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body).message).toMatch(/x-amz-target/);
  });

  it("temporary credentials need their own token, and work with it", async () => {
    const temporary = await startServiceCatalogFakeServer({
      principals: [
        {
          accessKeyId: "ASIATEMP",
          secretAccessKey: "temp-secret",
          sessionToken: "the-token",
          arn: "arn:aws:sts::123456789012:assumed-role/Deployer/temp",
        },
      ],
    });
    try {
      const credentials = { accessKeyId: "ASIATEMP", secretAccessKey: "temp-secret" };
      const send = async (extraHeaders: Record<string, string>) => {
        const headers = await requestHeaders(temporary.url, "ScanProvisionedProducts", "{}", credentials, new Date(), {
          extraHeaders,
        });
        return post(temporary.url, headers, "{}");
      };
      expect((await send({})).status).toBe(400);
      expect((await send({ "x-amz-security-token": "other" })).status).toBe(400);
      expect((await send({ "x-amz-security-token": "the-token" })).status).toBe(200);
    } finally {
      await temporary.close();
    }
  });
});

describe("the server's edges", () => {
  it("answers a body over the limit with an AWS-shaped 413", async () => {
    const small = await startServiceCatalogFakeServer({ bodyLimitBytes: 64, verifySignatures: false });
    try {
      const response = await post(
        small.url,
        { "content-type": "application/x-amz-json-1.1" },
        JSON.stringify({ AcceptLanguage: "x".repeat(500) }),
      );
      expect(response.status).toBe(413);
      expect(JSON.parse(response.body).__type).toBe("SerializationException");
    } finally {
      await small.close();
    }
  });

  it("drops the connection when told to, and the client retries it", async () => {
    server.fake.faults.inject({ kind: "drop", operation: "ScanProvisionedProducts" });
    const { ServiceCatalogClient, ScanProvisionedProductsCommand } = await import("@svccat/client");
    const client = new ServiceCatalogClient({ region: "us-east-1", endpoint: server.url, credentials: test });
    const output = await client.send(new ScanProvisionedProductsCommand({}));
    expect(output.$metadata.attempts).toBe(2);
    client.destroy();
  });

  it("serves through the fake's one request path, so a wrapper of a fake is served through its answerWire", async () => {
    const own = createServiceCatalogFakeCore({ provisionedProducts: generateProvisionedProducts(3, { seed: 1 }) });
    const dispatch = vi.spyOn(own, "dispatch");
    // A wrapper that marks every answer: what it changes must be what the server sends.
    const wrapped: ServiceCatalogFakeCore = {
      ...own,
      answerWire: async (request, options) => {
        const answer = await own.answerWire(request, options);
        return { ...answer, headers: { ...answer.headers, "x-wrapped": "yes" } };
      },
    };
    for (const [fake, marked] of [
      [own, false],
      [wrapped, true],
    ] as const) {
      const served = await startServiceCatalogFakeServer({ fake, verifySignatures: false });
      try {
        const body = JSON.stringify({ PageSize: 2 });
        const response = await post(
          served.url,
          await requestHeaders(served.url, "ScanProvisionedProducts", body),
          body,
        );
        expect([response.status, response.headers["x-wrapped"] === "yes"]).toEqual([200, marked]);
        expect(JSON.parse(response.body).ProvisionedProducts).toHaveLength(2);
      } finally {
        await served.close();
      }
    }
    // No Fetch Response is made and read back on the way.
    expect(dispatch).not.toHaveBeenCalled();
  });

  it("sends a page of non-ASCII text whole, its content-length counting bytes", async () => {
    const products = generateProvisionedProducts(2, { seed: 5 }).map((product, i) => ({
      ...product,
      StatusMessage: `caf\u00e9-\u65e5\u672c-\u{1F680}-${i}`,
    }));
    const served = await startServiceCatalogFakeServer({ provisionedProducts: products, verifySignatures: false });
    try {
      const body = JSON.stringify({ AccessLevelFilter: { Key: "Account", Value: "self" } });
      const response = await post(served.url, await requestHeaders(served.url, "ScanProvisionedProducts", body), body);
      expect(response.status).toBe(200);
      expect(Number(response.headers["content-length"])).toBe(Buffer.byteLength(response.body, "utf8"));
      expect(Number(response.headers["content-length"])).toBeGreaterThan(response.body.length);
      const messages = JSON.parse(response.body).ProvisionedProducts.map(
        (p: { StatusMessage: string }) => p.StatusMessage,
      );
      expect(messages.sort()).toEqual(products.map((p) => p.StatusMessage).sort());
    } finally {
      await served.close();
    }
  });

  it("answers requests without verification when it is turned off", async () => {
    const open = await startServiceCatalogFakeServer({ verifySignatures: false });
    try {
      const response = await post(open.url, await requestHeaders(open.url, "ScanProvisionedProducts", "{}"), "{}");
      expect(response.status).toBe(200);
    } finally {
      await open.close();
    }
  });

  it("close() waits for a request in flight", async () => {
    const slow = await startServiceCatalogFakeServer({ verifySignatures: false });
    slow.fake.faults.inject({ kind: "latency", delayMs: 200 });
    const answered = requestHeaders(slow.url, "ScanProvisionedProducts", "{}").then((headers) =>
      post(slow.url, headers, "{}").then((answer) => answer.status),
    );
    // The fault is taken once the request has reached the fake: from then on it is in flight.
    await vi.waitFor(() => expect(slow.fake.faults.list()).toEqual([]), { timeout: 60_000, interval: 5 });
    await slow.close();
    expect(await answered).toBe(200);
  });
});
