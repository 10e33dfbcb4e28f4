import {
  ServiceCatalogClient as SdkClient,
  ScanProvisionedProductsCommand as SdkScan,
  SearchProvisionedProductsCommand as SdkSearch,
} from "@aws-sdk/client-service-catalog";
import {
  ScanProvisionedProductsCommand,
  type ScanProvisionedProductsCommandInput,
  type ScanProvisionedProductsCommandOutput,
  SearchProvisionedProductsCommand,
  type SearchProvisionedProductsCommandInput,
  type SearchProvisionedProductsCommandOutput,
  ServiceCatalogClient,
} from "@svccat/client";
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
  const full = {
    region: config.region ?? "us-east-1",
    credentials: config.credentials ?? { accessKeyId: "test", secretAccessKey: "test" },
    maxAttempts: config.maxAttempts ?? 1,
    ...(config.endpoint === undefined ? {} : { endpoint: config.endpoint }),
    ...(config.requestHandler === undefined ? {} : { requestHandler: config.requestHandler }),
  };
  const ours = new ServiceCatalogClient(full);
  const sdk = new SdkClient(full);
  return [
    {
      name: "@svccat/client",
      scan: (input) => ours.send(new ScanProvisionedProductsCommand(input)),
      search: (input) => ours.send(new SearchProvisionedProductsCommand(input)),
      destroy: () => ours.destroy(),
    },
    {
      name: "@aws-sdk/client-service-catalog",
      scan: (input) => sdk.send(new SdkScan(input)) as Promise<ScanProvisionedProductsCommandOutput>,
      search: (input) => sdk.send(new SdkSearch(input)) as Promise<SearchProvisionedProductsCommandOutput>,
      destroy: () => sdk.destroy(),
    },
  ];
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
