import {
  ServiceCatalogClient as SdkClient,
  ScanProvisionedProductsCommand as SdkScan,
  SearchProvisionedProductsCommand as SdkSearch,
} from "@aws-sdk/client-service-catalog";
import { HttpResponse } from "@smithy/core/protocols";
import type { HttpRequest } from "@smithy/types";
import { describe, expect, it } from "vitest";
import {
  ScanProvisionedProductsCommand,
  type ScanProvisionedProductsCommandInput,
  SearchProvisionedProductsCommand,
  type SearchProvisionedProductsCommandInput,
  ServiceCatalogClient,
} from "../src/__generated__/index.gen.js";

/**
 * The exact request each command sends for a few inputs, committed under `test/wire-snapshots/` as smithy's
 * protocol tests pin a protocol's requests: method, URL, headers and body. What changes from call to call
 * (the signature and its date, the invocation id, the user agent with its versions) is left out. The official SDK
 * must send the same request for the same input.
 */
const VOLATILE = new Set([
  "authorization",
  "x-amz-date",
  "amz-sdk-invocation-id",
  "amz-sdk-request",
  "user-agent",
  "x-amz-user-agent",
  "x-amz-content-sha256",
]);

const CASES: {
  ScanProvisionedProducts: Record<string, ScanProvisionedProductsCommandInput>;
  SearchProvisionedProducts: Record<string, SearchProvisionedProductsCommandInput>;
} = {
  ScanProvisionedProducts: {
    empty: {},
    "account level, page of 20, with a token": {
      AccessLevelFilter: { Key: "Account", Value: "self" },
      PageSize: 20,
      PageToken: "page-2",
    },
    "non-ASCII language": { AcceptLanguage: "jp", AccessLevelFilter: { Key: "User", Value: "self" } },
  },
  SearchProvisionedProducts: {
    empty: {},
    "terms, sort and page": {
      AccessLevelFilter: { Key: "Role", Value: "self" },
      Filters: { SearchQuery: ["name:web", "status:AVAILABLE", "café ☕"] },
      SortBy: "createdTime",
      SortOrder: "DESCENDING",
      PageSize: 100,
    },
    "undefined members are left out": { SortBy: undefined, PageSize: 5 },
  },
};

interface WireRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** A request handler that records what it is given and answers an empty page. */
function recorder() {
  const sent: WireRequest[] = [];
  return {
    sent,
    handler: {
      async handle(request: HttpRequest) {
        const headers = Object.fromEntries(
          Object.entries(request.headers)
            .map(([name, value]) => [name.toLowerCase(), value] as const)
            .filter(([name]) => !VOLATILE.has(name))
            .sort(([a], [b]) => (a < b ? -1 : 1)),
        );
        const query = new URLSearchParams(request.query as Record<string, string>).toString();
        sent.push({
          method: request.method,
          url: `${request.protocol}//${request.hostname}${request.port ? `:${request.port}` : ""}${request.path}${query ? `?${query}` : ""}`,
          headers,
          body: typeof request.body === "string" ? request.body : new TextDecoder().decode(request.body as Uint8Array),
        });
        return {
          response: new HttpResponse({
            statusCode: 200,
            headers: { "content-type": "application/x-amz-json-1.1" },
            body: new TextEncoder().encode('{"ProvisionedProducts":[]}'),
          }),
        };
      },
      updateHttpClientConfig() {},
      httpHandlerConfigs: () => ({}),
      destroy() {},
    },
  };
}

const config = {
  region: "eu-west-1",
  credentials: { accessKeyId: "AKIDSNAPSHOT", secretAccessKey: "secret" },
  maxAttempts: 1,
};

describe.each(Object.keys(CASES) as Array<keyof typeof CASES>)("%s: the request on the wire", (operation) => {
  it("matches the committed snapshot, and the official SDK sends the same", async () => {
    const ours = recorder();
    const sdk = recorder();
    const client = new ServiceCatalogClient({ ...config, requestHandler: ours.handler });
    const official = new SdkClient({ ...config, requestHandler: sdk.handler });
    const snapshot: Record<string, WireRequest> = {};
    const send =
      operation === "ScanProvisionedProducts"
        ? async (input: ScanProvisionedProductsCommandInput) => {
            await client.send(new ScanProvisionedProductsCommand(input));
            await official.send(new SdkScan(input));
          }
        : async (input: SearchProvisionedProductsCommandInput) => {
            await client.send(new SearchProvisionedProductsCommand(input));
            await official.send(new SdkSearch(input));
          };
    for (const [name, input] of Object.entries(CASES[operation])) {
      await send(input);
      snapshot[name] = ours.sent.at(-1) as WireRequest;
    }
    await expect(`${JSON.stringify(snapshot, null, 2)}\n`).toMatchFileSnapshot(`./wire-snapshots/${operation}.json`);
    expect(ours.sent).toEqual(sdk.sent);
  });
});
