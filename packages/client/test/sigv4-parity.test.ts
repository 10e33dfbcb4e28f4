import {
  ServiceCatalogClient as SdkClient,
  ScanProvisionedProductsCommand as SdkScanCommand,
  SearchProvisionedProductsCommand as SdkSearchCommand,
} from "@aws-sdk/client-service-catalog";
import type { FinalizeHandler, FinalizeHandlerArguments, MiddlewareStack } from "@smithy/types";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  ScanProvisionedProductsCommand,
  SearchProvisionedProductsCommand,
  type SearchProvisionedProductsCommandInput,
  ServiceCatalogClient,
} from "../src/__generated__/index.gen.js";
import { CannedHandler, jsonAnswer } from "./support/canned-handler.js";

const credentials = {
  accessKeyId: "AKIDEXAMPLE",
  secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
  sessionToken: "session-token-example",
};

/**
 * What legitimately differs between the two clients, pinned in both just before signing: the invocation id (a
 * random UUID) and the user agents (the SDK also sends and signs `x-amz-user-agent` in Node).
 */
function pinVaryingHeaders(stack: MiddlewareStack<object, object>): void {
  stack.addRelativeTo(
    (next: FinalizeHandler<object, object>) => (args: FinalizeHandlerArguments<object>) => {
      const headers = (args.request as { headers: Record<string, string> }).headers;
      headers["amz-sdk-invocation-id"] = "00000000-0000-4000-8000-000000000000";
      headers["user-agent"] = "pinned";
      headers["x-amz-user-agent"] = "pinned";
      return next(args);
    },
    { relation: "before", toMiddleware: "httpSigningMiddleware", name: "pinVaryingHeaders" },
  );
}

async function signedBy(which: "ours" | "sdk", operation: "Scan" | "Search", input: object) {
  const handler = new CannedHandler(jsonAnswer({}));
  const config = { region: "eu-central-1", credentials, requestHandler: handler };
  if (which === "ours") {
    const client = new ServiceCatalogClient(config);
    pinVaryingHeaders(client.middlewareStack as unknown as MiddlewareStack<object, object>);
    await client.send(
      operation === "Scan" ? new ScanProvisionedProductsCommand(input) : new SearchProvisionedProductsCommand(input),
    );
  } else {
    const client = new SdkClient(config);
    pinVaryingHeaders(client.middlewareStack as unknown as MiddlewareStack<object, object>);
    await client.send(operation === "Scan" ? new SdkScanCommand(input) : new SdkSearchCommand(input));
  }
  return handler.lastRequest;
}

describe("SigV4, against @aws-sdk/client-service-catalog", () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date("2026-11-23T12:34:56Z"), toFake: ["Date"] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const search: SearchProvisionedProductsCommandInput = {
    AcceptLanguage: "en",
    AccessLevelFilter: { Key: "Account", Value: "self" },
    Filters: { SearchQuery: ["name:web", "status:AVAILABLE"] },
    SortBy: "name",
    SortOrder: "ASCENDING",
    PageSize: 50,
    PageToken: "abc",
  };

  it.each([
    ["Scan", {}],
    ["Scan", { PageSize: 20, AccessLevelFilter: { Key: "User", Value: "self" } }],
    ["Search", search],
    ["Search", { Filters: { SearchQuery: ["café ☕"] } }],
  ] as const)("%s %j: the same body and the same Authorization header", async (operation, input) => {
    const ours = await signedBy("ours", operation, input);
    const sdk = await signedBy("sdk", operation, input);
    expect(ours.body).toBe(sdk.body);
    expect(ours.path).toBe(sdk.path);
    expect(ours.headers).toEqual(sdk.headers);
    expect(ours.headers["x-amz-date"]).toBe("20261123T123456Z");
    expect(ours.headers["x-amz-security-token"]).toBe(sdk.headers["x-amz-security-token"]);
    expect(ours.headers.authorization).toBe(sdk.headers.authorization);
  });
});
