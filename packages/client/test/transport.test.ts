import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ScanProvisionedProductsCommand, ServiceCatalogClient } from "../src/__generated__/index.gen.js";
import { testCredentials } from "./support/canned-handler.js";

/**
 * A loopback server: a body with "slow" never gets an answer, one with "stall" gets headers and part of a body, one with "split" gets its page in three writes, one
 * with "cut" gets half a page and a dropped connection; anything else gets an empty Scan page.
 */
let server: Server;
let endpoint: string;
const sockets = new Set<unknown>();
const seen: Array<{ headers: IncomingMessage["headers"]; body: string; remotePort: number | undefined }> = [];

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    sockets.add(req.socket);
    let body = "";
    req.on("data", (chunk: Buffer) => {
      body += chunk.toString("utf8");
    });
    req.on("end", () => {
      seen.push({ headers: req.headers, body, remotePort: req.socket.remotePort });
      if (body.includes("slow")) {
        return;
      }
      if (body.includes("split")) {
        res.writeHead(200, { "content-type": "application/x-amz-json-1.1", "x-amzn-requestid": "split" });
        res.write('{"ProvisionedProducts":[{"Id":"pp-1",');
        setTimeout(() => res.write('"CreatedTime":1.5},'), 5);
        setTimeout(() => res.end('{"Id":"pp-2"}]}'), 10);
        return;
      }
      if (body.includes("stall")) {
        // Headers and 24 of the 100 bytes promised, then nothing: only a timeout over the whole response ends it.
        res.writeHead(200, { "content-type": "application/x-amz-json-1.1", "content-length": "100" });
        res.write('{"ProvisionedProducts":[');
        return;
      }
      if (body.includes("cut")) {
        res.writeHead(200, { "content-type": "application/x-amz-json-1.1", "content-length": "200" });
        res.write('{"ProvisionedProducts":[{"Id":"pp-1",');
        setTimeout(() => req.socket.destroy(), 5);
        return;
      }
      res.writeHead(200, { "content-type": "application/x-amz-json-1.1", "x-amzn-requestid": "loopback" });
      res.end('{"ProvisionedProducts":[]}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function client(extra: Record<string, unknown> = {}) {
  return new ServiceCatalogClient({ region: "us-east-1", credentials: testCredentials, endpoint, ...extra });
}

describe("the default Node transport", () => {
  it("reuses one kept-alive connection across calls", async () => {
    const c = client();
    const before = seen.length;
    for (let i = 0; i < 3; i++) {
      const output = await c.send(new ScanProvisionedProductsCommand({}));
      expect(output.$metadata.requestId).toBe("loopback");
    }
    const ports = new Set(seen.slice(before).map((request) => request.remotePort));
    expect(ports.size).toBe(1);
    c.destroy();
  });

  it("reads a body that arrives in several writes", async () => {
    const c = client();
    const output = await c.send(new ScanProvisionedProductsCommand({ AcceptLanguage: "split" }));
    expect(output.ProvisionedProducts).toEqual([{ Id: "pp-1", CreatedTime: new Date(1500) }, { Id: "pp-2" }]);
    c.destroy();
  });

  it("fails, without waiting for more, when the connection drops halfway through a body", async () => {
    const c = client({ maxAttempts: 2 });
    const before = seen.length;
    const error = await c.send(new ScanProvisionedProductsCommand({ AcceptLanguage: "cut" })).catch((e: unknown) => e);
    // A dropped connection is transient: tried again, then given up with the transport's error.
    expect(error).toMatchObject({ code: "ECONNRESET", $metadata: { attempts: 2 } });
    expect(seen.length - before).toBe(2);
    c.destroy();
  });

  it("stops waiting when the caller aborts", async () => {
    const c = client({ maxAttempts: 1 });
    const controller = new AbortController();
    const pending = c.send(new ScanProvisionedProductsCommand({ AcceptLanguage: "slow" }), {
      abortSignal: controller.signal,
    });
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    c.destroy();
  });

  it("gives up after the request timeout", async () => {
    const c = client({ maxAttempts: 1, requestHandler: { requestTimeout: 100 } });
    await expect(c.send(new ScanProvisionedProductsCommand({ AcceptLanguage: "slow" }))).rejects.toMatchObject({
      name: "TimeoutError",
    });
    c.destroy();
  });

  it("takes a request timeout per call too", async () => {
    const c = client({ maxAttempts: 1 });
    await expect(
      c.send(new ScanProvisionedProductsCommand({ AcceptLanguage: "slow" }), { requestTimeout: 100 }),
    ).rejects.toMatchObject({ name: "TimeoutError" });
    c.destroy();
  });

  it("ends a response whose body stalls after the headers with a TimeoutError, client-wide and per call", async () => {
    const wide = client({ maxAttempts: 1, requestHandler: { requestTimeout: 300 } });
    await expect(wide.send(new ScanProvisionedProductsCommand({ AcceptLanguage: "stall" }))).rejects.toMatchObject({
      name: "TimeoutError",
    });
    wide.destroy();
    const perCall = client({ maxAttempts: 1 });
    await expect(
      perCall.send(new ScanProvisionedProductsCommand({ AcceptLanguage: "stall" }), { requestTimeout: 300 }),
    ).rejects.toMatchObject({ name: "TimeoutError" });
    perCall.destroy();
  });

  it("reads the endpoint from AWS_ENDPOINT_URL_SERVICE_CATALOG when none is given", async () => {
    const previous = process.env.AWS_ENDPOINT_URL_SERVICE_CATALOG;
    process.env.AWS_ENDPOINT_URL_SERVICE_CATALOG = endpoint;
    try {
      const c = new ServiceCatalogClient({ region: "us-east-1", credentials: testCredentials });
      const output = await c.send(new ScanProvisionedProductsCommand({}));
      expect(output.$metadata.requestId).toBe("loopback");
      c.destroy();
    } finally {
      if (previous === undefined) {
        delete process.env.AWS_ENDPOINT_URL_SERVICE_CATALOG;
      } else {
        process.env.AWS_ENDPOINT_URL_SERVICE_CATALOG = previous;
      }
    }
  });
});
