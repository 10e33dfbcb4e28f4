import { HttpResponse } from "@smithy/core/protocols";
import type { FinalizeHandler, FinalizeHandlerArguments, HttpRequest, MetadataBearer } from "@smithy/types";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ScanProvisionedProductsCommand, SearchProvisionedProductsCommand } from "../src/__generated__/index.gen.js";
import { CannedHandler, clientWith, jsonAnswer } from "./support/canned-handler.js";

const searchPage = jsonAnswer({ ProvisionedProducts: [], TotalResultsCount: 0 });

/** A finalize-step middleware that counts the requests it sees. */
function counting() {
  const seen: string[] = [];
  const middleware =
    (next: FinalizeHandler<object, MetadataBearer>) => async (args: FinalizeHandlerArguments<object>) => {
      seen.push((args.request as HttpRequest).headers["x-amz-target"] ?? "");
      return next(args);
    };
  return { seen, middleware };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("reusing resolved middleware chains", () => {
  it("resolves each command class's chain once on an uncustomised client", async () => {
    const resolve = vi.spyOn(SearchProvisionedProductsCommand.prototype, "resolveMiddleware");
    const handler = new CannedHandler(searchPage);
    const client = clientWith(handler);
    for (const PageSize of [1, 2, 3]) {
      await client.send(new SearchProvisionedProductsCommand({ PageSize }));
    }
    expect(resolve).toHaveBeenCalledTimes(1);
    // Each call still sends its own input, signed afresh.
    expect(handler.requests.map((r) => JSON.parse(r.body).PageSize)).toEqual([1, 2, 3]);
    expect(new Set(handler.requests.map((r) => r.headers["amz-sdk-invocation-id"])).size).toBe(3);
  });

  it("keeps concurrent calls apart", async () => {
    const echo = {
      async handle(request: HttpRequest) {
        const { PageSize } = JSON.parse(String(request.body)) as { PageSize: number };
        await new Promise((resolve) => setTimeout(resolve, (PageSize * 7) % 5));
        return {
          response: new HttpResponse({
            statusCode: 200,
            headers: { "x-amzn-requestid": `req-${PageSize}` },
            body: new TextEncoder().encode(JSON.stringify({ TotalResultsCount: PageSize })),
          }),
        };
      },
    };
    const client = clientWith(echo);
    const sizes = Array.from({ length: 20 }, (_, i) => i + 1);
    const outputs = await Promise.all(
      sizes.map((PageSize) => client.send(new SearchProvisionedProductsCommand({ PageSize }))),
    );
    expect(outputs.map((o) => o.TotalResultsCount)).toEqual(sizes);
    expect(outputs.map((o) => o.$metadata.requestId)).toEqual(sizes.map((s) => `req-${s}`));
  });

  it("runs middleware added to the client after the first call", async () => {
    const client = clientWith(new CannedHandler(searchPage));
    await client.send(new SearchProvisionedProductsCommand({}));
    const { seen, middleware } = counting();
    client.middlewareStack.add(middleware, { step: "finalizeRequest", name: "counting" });
    await client.send(new SearchProvisionedProductsCommand({}));
    await client.send(new ScanProvisionedProductsCommand({}));
    expect(seen).toEqual([
      "AWS242ServiceCatalogService.SearchProvisionedProducts",
      "AWS242ServiceCatalogService.ScanProvisionedProducts",
    ]);
  });

  it("stops running middleware removed from the client", async () => {
    const { seen, middleware } = counting();
    const client = clientWith(new CannedHandler(searchPage));
    client.middlewareStack.add(middleware, { step: "finalizeRequest", name: "counting" });
    await client.send(new SearchProvisionedProductsCommand({}));
    client.middlewareStack.remove("counting");
    await client.send(new SearchProvisionedProductsCommand({}));
    expect(seen).toHaveLength(1);
  });

  it("runs middleware added to one command, and only for that command", async () => {
    const client = clientWith(new CannedHandler(searchPage));
    await client.send(new SearchProvisionedProductsCommand({}));
    const { seen, middleware } = counting();
    const command = new SearchProvisionedProductsCommand({ PageSize: 4 });
    command.middlewareStack.add(middleware, { step: "finalizeRequest", name: "counting" });
    await client.send(command);
    await client.send(new SearchProvisionedProductsCommand({}));
    expect(seen).toHaveLength(1);
  });

  it("honours per-call options", async () => {
    const canned = new CannedHandler(searchPage);
    const seen: unknown[] = [];
    const client = clientWith({
      handle: (request: HttpRequest, options?: { abortSignal?: unknown }) => {
        seen.push(options?.abortSignal);
        return canned.handle(request);
      },
    });
    await client.send(new SearchProvisionedProductsCommand({}));
    const controller = new AbortController();
    await client.send(new SearchProvisionedProductsCommand({}), { abortSignal: controller.signal });
    expect(seen).toEqual([undefined, controller.signal]);
  });

  it("uses a request handler swapped in after the first call", async () => {
    const first = new CannedHandler(searchPage);
    const second = new CannedHandler(searchPage);
    const client = clientWith(first);
    await client.send(new SearchProvisionedProductsCommand({}));
    (client.config as { requestHandler: unknown }).requestHandler = second;
    await client.send(new SearchProvisionedProductsCommand({}));
    expect([first.requests.length, second.requests.length]).toEqual([1, 1]);
  });

  it("leaves cacheMiddleware: true to smithy's own cache", async () => {
    const handler = new CannedHandler(searchPage);
    const client = clientWith(handler, { cacheMiddleware: true });
    const resolve = vi.spyOn(SearchProvisionedProductsCommand.prototype, "resolveMiddleware");
    await client.send(new SearchProvisionedProductsCommand({ PageSize: 1 }));
    await client.send(new SearchProvisionedProductsCommand({ PageSize: 2 }));
    expect(resolve).toHaveBeenCalledTimes(1);
    expect(handler.requests.map((r) => JSON.parse(r.body).PageSize)).toEqual([1, 2]);
  });

  it("still answers callbacks", async () => {
    const client = clientWith(new CannedHandler(searchPage));
    const output = await new Promise((resolve, reject) =>
      client.send(new SearchProvisionedProductsCommand({}), (error, data) => (error ? reject(error) : resolve(data))),
    );
    expect(output).toMatchObject({ TotalResultsCount: 0 });
  });
});
