import { describe, expect, it } from "vitest";
import { ScanProvisionedProductsCommand, SearchProvisionedProductsCommand } from "../src/__generated__/index.gen.js";
import { CannedHandler, jsonAnswer, clientWith as sharedClientWith } from "./support/canned-handler.js";

/** Every request here goes to eu-west-1, so that region-dependent parts of the request are visible. */
const clientWith = (handler: CannedHandler, extra: Record<string, unknown> = {}) =>
  sharedClientWith(handler, { region: "eu-west-1", ...extra });

describe("the wire request", () => {
  it("posts Search to / with the target, content type and a JSON body of the set members", async () => {
    const handler = new CannedHandler(jsonAnswer({ ProvisionedProducts: [], TotalResultsCount: 0 }));
    await clientWith(handler).send(
      new SearchProvisionedProductsCommand({
        AccessLevelFilter: { Key: "Account", Value: "self" },
        Filters: { SearchQuery: ["name:web"] },
        SortBy: "createdTime",
        SortOrder: "DESCENDING",
        PageSize: 5,
        PageToken: undefined,
      }),
    );
    const request = handler.lastRequest;
    expect(request.method).toBe("POST");
    expect(request.protocol).toBe("https:");
    expect(request.hostname).toBe("servicecatalog.eu-west-1.amazonaws.com");
    expect(request.path).toBe("/");
    expect(request.headers["content-type"]).toBe("application/x-amz-json-1.1");
    expect(request.headers["x-amz-target"]).toBe("AWS242ServiceCatalogService.SearchProvisionedProducts");
    expect(request.headers.host).toBe("servicecatalog.eu-west-1.amazonaws.com");
    expect(request.headers["content-length"]).toBe(String(Buffer.byteLength(request.body)));
    expect(request.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/eu-west-1\/servicecatalog\/aws4_request, SignedHeaders=[a-z0-9;-]*host[a-z0-9;-]*x-amz-target[a-z0-9;-]*, Signature=[0-9a-f]{64}$/,
    );
    expect(JSON.parse(request.body)).toEqual({
      AccessLevelFilter: { Key: "Account", Value: "self" },
      Filters: { SearchQuery: ["name:web"] },
      SortBy: "createdTime",
      SortOrder: "DESCENDING",
      PageSize: 5,
    });
  });

  it("posts Scan with its own target and an empty object for an empty input", async () => {
    const handler = new CannedHandler(jsonAnswer({ ProvisionedProducts: [] }));
    await clientWith(handler).send(new ScanProvisionedProductsCommand({}));
    expect(handler.lastRequest.headers["x-amz-target"]).toBe("AWS242ServiceCatalogService.ScanProvisionedProducts");
    expect(handler.lastRequest.body).toBe("{}");
  });

  it("drops members the spec does not model and members that are null", async () => {
    const handler = new CannedHandler(jsonAnswer({}));
    const input = { PageSize: 3, AcceptLanguage: null, Surprise: "x" } as unknown as Record<string, unknown>;
    await clientWith(handler).send(new ScanProvisionedProductsCommand(input));
    expect(JSON.parse(handler.lastRequest.body)).toEqual({ PageSize: 3 });
  });

  it("counts content-length in bytes, not characters", async () => {
    const handler = new CannedHandler(jsonAnswer({}));
    await clientWith(handler).send(new SearchProvisionedProductsCommand({ Filters: { SearchQuery: ["name:café☕"] } }));
    expect(handler.lastRequest.headers["content-length"]).toBe(String(Buffer.byteLength(handler.lastRequest.body)));
    expect(Number(handler.lastRequest.headers["content-length"])).toBeGreaterThan(handler.lastRequest.body.length);
  });

  it("sends to an endpoint override, keeping its port, path and the host header", async () => {
    const handler = new CannedHandler(jsonAnswer({}));
    await clientWith(handler, { endpoint: "http://127.0.0.1:4566/base" }).send(new ScanProvisionedProductsCommand({}));
    const request = handler.lastRequest;
    expect(request.protocol).toBe("http:");
    expect(request.hostname).toBe("127.0.0.1");
    expect(request.port).toBe(4566);
    // As in the AWS SDK: the request path is the endpoint's path with the protocol's "/" appended.
    expect(request.path).toBe("/base/");
    expect(request.headers.host).toBe("127.0.0.1:4566");
  });

  it("sends a user agent that names the package", async () => {
    const handler = new CannedHandler(jsonAnswer({}));
    await clientWith(handler, { customUserAgent: "my-app/1.0" }).send(new ScanProvisionedProductsCommand({}));
    expect(handler.lastRequest.headers["user-agent"]).toMatch(/^svccat-client .* my-app\/1\.0$/);
  });
});
