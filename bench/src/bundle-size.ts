import { gzipSync } from "node:zlib";
import { build } from "esbuild";

export interface BundleSize {
  client: "svccat" | "aws-sdk";
  platform: "browser" | "node";
  minified: number;
  gzip: number;
}

const SCRIPTS = {
  svccat: `import { ServiceCatalogClient, ScanProvisionedProductsCommand, SearchProvisionedProductsCommand } from "@svccat/client";
const client = new ServiceCatalogClient({ region: "us-east-1" });
export const run = () => Promise.all([client.send(new ScanProvisionedProductsCommand({})), client.send(new SearchProvisionedProductsCommand({}))]);`,
  "aws-sdk": `import { ServiceCatalogClient, ScanProvisionedProductsCommand, SearchProvisionedProductsCommand } from "@aws-sdk/client-service-catalog";
const client = new ServiceCatalogClient({ region: "us-east-1" });
export const run = () => Promise.all([client.send(new ScanProvisionedProductsCommand({})), client.send(new SearchProvisionedProductsCommand({}))]);`,
};

/** esbuild, minified, of a script that sends both commands; raw and gzip bytes. */
export async function bundleSizes(cwd: string): Promise<BundleSize[]> {
  const sizes: BundleSize[] = [];
  for (const platform of ["browser", "node"] as const) {
    for (const client of ["svccat", "aws-sdk"] as const) {
      const result = await build({
        stdin: { contents: SCRIPTS[client], resolveDir: cwd, loader: "js" },
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
