import { relative } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

type BundleClient = "svccat" | "aws-sdk" | "smithy-runtime";

export interface BundleSize {
  client: BundleClient;
  platform: "browser" | "node";
  /** What a page loads first: the entry and the chunks it imports statically. */
  minified: number;
  gzip: number;
  /** Chunks loaded only on demand (dynamic imports). */
  onDemandMinified: number;
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

/**
 * esbuild, minified, with code splitting as bundlers do for dynamic imports, of a script that sends both commands:
 * raw and gzip bytes of what a page loads first (the entry and the chunks it imports statically), and of the chunks
 * it loads only on demand (validation, when `validateInput` is on).
 */
export async function bundleSizes(cwd: string): Promise<BundleSize[]> {
  const sizes: BundleSize[] = [];
  for (const platform of ["browser", "node"] as const) {
    for (const client of ["svccat", "aws-sdk", "smithy-runtime"] as const) {
      const result = await build({
        stdin: { contents: forPlatform(SCRIPTS[client], platform), resolveDir: cwd, loader: "js" },
        bundle: true,
        minify: true,
        format: "esm",
        splitting: true,
        outdir: "bundle-out",
        metafile: true,
        platform,
        write: false,
        logLevel: "silent",
        ...(platform === "node" ? { external: ["node:*"] } : {}),
      });
      const outputs = result.metafile.outputs;
      const entry = Object.keys(outputs).find((path) => outputs[path]?.entryPoint !== undefined);
      const initial = new Set<string>();
      const visit = (path: string) => {
        if (initial.has(path)) {
          return;
        }
        initial.add(path);
        for (const imported of outputs[path]?.imports ?? []) {
          if (imported.kind === "import-statement" && !imported.external) {
            visit(imported.path);
          }
        }
      };
      visit(entry as string);
      const files = new Map(result.outputFiles.map((file) => [relative(cwd, file.path), file.contents]));
      const measure = (paths: string[]) => {
        const chunks = paths.map((path) => files.get(path) ?? new Uint8Array());
        return {
          minified: chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0),
          gzip: chunks.reduce((sum, chunk) => sum + gzipSync(chunk).byteLength, 0),
        };
      };
      const first = measure([...initial]);
      const onDemand = measure(Object.keys(outputs).filter((path) => !initial.has(path) && path.endsWith(".js")));
      sizes.push({ client, platform, ...first, onDemandMinified: onDemand.minified });
    }
  }
  return sizes;
}
