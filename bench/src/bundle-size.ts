import { gzipSync } from "node:zlib";
import { build } from "esbuild";

export type BundleClient = "svccat" | "aws-sdk" | "smithy-runtime";

export interface BundleSize {
  client: BundleClient;
  platform: "browser" | "node";
  minified: number;
  gzip: number;
}

const SCRIPTS: Record<BundleClient, string> = {
  svccat: `import { ServiceCatalogClient, ScanProvisionedProductsCommand, SearchProvisionedProductsCommand } from "@svccat/client";
const client = new ServiceCatalogClient({ region: "us-east-1" });
export const run = () => Promise.all([client.send(new ScanProvisionedProductsCommand({})), client.send(new SearchProvisionedProductsCommand({}))]);`,
  "aws-sdk": `import { ServiceCatalogClient, ScanProvisionedProductsCommand, SearchProvisionedProductsCommand } from "@aws-sdk/client-service-catalog";
const client = new ServiceCatalogClient({ region: "us-east-1" });
export const run = () => Promise.all([client.send(new ScanProvisionedProductsCommand({})), client.send(new SearchProvisionedProductsCommand({}))]);`,
  // The floor of a client on the smithy runtime: the pieces svccat builds on, and nothing of its own.
  "smithy-runtime": `import { Client, Command } from "@smithy/smithy-client";
import { getRetryPlugin, resolveRetryConfig } from "@smithy/core/retry";
import { SignatureV4 } from "@smithy/signature-v4";
import { Sha256 } from "@smithy/core/checksum";
import { HttpRequest } from "@smithy/core/protocols";
import { $handler as Handler, streamCollector } from "$handlerPackage";
export const runtime = { Client, Command, getRetryPlugin, resolveRetryConfig, SignatureV4, Sha256, HttpRequest, Handler, streamCollector };`,
};

/** Each platform's request handler, as each client's runtime config picks it. */
const forPlatform = (script: string, platform: "browser" | "node") =>
  platform === "browser"
    ? script.replace("$handlerPackage", "@smithy/fetch-http-handler").replace("$handler", "FetchHttpHandler")
    : script.replace("$handlerPackage", "@smithy/node-http-handler").replace("$handler", "NodeHttpHandler");

/** esbuild, minified, of a script that sends both commands; raw and gzip bytes. */
export async function bundleSizes(cwd: string): Promise<BundleSize[]> {
  const sizes: BundleSize[] = [];
  for (const platform of ["browser", "node"] as const) {
    for (const client of ["svccat", "aws-sdk", "smithy-runtime"] as const) {
      const result = await build({
        stdin: { contents: forPlatform(SCRIPTS[client], platform), resolveDir: cwd, loader: "js" },
        bundle: true,
        minify: true,
        format: "esm",
        platform,
        write: false,
        logLevel: "silent",
        ...(platform === "node" ? { external: ["node:*"] } : {}),
      });
      const code = result.outputFiles[0]?.contents ?? new Uint8Array();
      sizes.push({ client, platform, minified: code.byteLength, gzip: gzipSync(code).byteLength });
    }
  }
  return sizes;
}
