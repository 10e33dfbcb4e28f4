import type {
  ScanProvisionedProductsCommandInput,
  ScanProvisionedProductsCommandOutput,
  SearchProvisionedProductsCommandInput,
  SearchProvisionedProductsCommandOutput,
} from "@svccat/client";
import { CLIENT_PACKAGES, type JsClientName, makeClient } from "@svccat/test-kit/both-clients";
import type { FakeHttpHandler } from "../../src/index.js";

/** The calls a test makes, the same through either client. */
export interface Caller {
  name: string;
  scan(input: ScanProvisionedProductsCommandInput): Promise<ScanProvisionedProductsCommandOutput>;
  search(input: SearchProvisionedProductsCommandInput): Promise<SearchProvisionedProductsCommandOutput>;
  destroy(): void;
}

export interface ClientConfig {
  region?: string;
  endpoint?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string };
  maxAttempts?: number;
  /** A smithy request handler in place of the network (`FakeHttpHandler`). */
  requestHandler?: FakeHttpHandler;
}

/** Both clients, configured with only static credentials, a region and maybe an endpoint, as users would. */
export function bothClients(config: ClientConfig = {}): Caller[] {
  return (Object.keys(CLIENT_PACKAGES) as JsClientName[]).map((name) => callerOf(name, config));
}

export const CLIENT_NAMES = ["@svccat/client", "@aws-sdk/client-service-catalog"] as const;

/** One of the two clients by name. */
export function clientNamed(name: (typeof CLIENT_NAMES)[number], config: ClientConfig = {}): Caller {
  const found = bothClients(config).find((client) => client.name === name);
  if (found === undefined) {
    throw new Error(`no client named ${name}`);
  }
  return found;
}

function callerOf(name: JsClientName, config: ClientConfig): Caller {
  const { client, send } = makeClient(name, {
    region: config.region ?? "us-east-1",
    credentials: config.credentials ?? { accessKeyId: "test", secretAccessKey: "test" },
    maxAttempts: config.maxAttempts ?? 1,
    ...(config.endpoint === undefined ? {} : { endpoint: config.endpoint }),
    ...(config.requestHandler === undefined ? {} : { requestHandler: config.requestHandler }),
  });
  return {
    name: CLIENT_PACKAGES[name],
    // Both clients answer the operation's output shape, which their own type tests hold to the model's types.
    scan: (input) => send("ScanProvisionedProducts", input) as Promise<ScanProvisionedProductsCommandOutput>,
    search: (input) => send("SearchProvisionedProducts", input) as Promise<SearchProvisionedProductsCommandOutput>,
    destroy: () => client.destroy(),
  };
}
