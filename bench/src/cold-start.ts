import { spawn } from "node:child_process";
import { median } from "./stats.js";

const SCRIPTS = {
  svccat: `const { ServiceCatalogClient, SearchProvisionedProductsCommand } = await import("@svccat/client");
const client = new ServiceCatalogClient({ region: "us-east-1", endpoint: process.env.ENDPOINT, credentials: { accessKeyId: "a", secretAccessKey: "b" } });
await client.send(new SearchProvisionedProductsCommand({ PageSize: 100 })); client.destroy();`,
  "aws-sdk": `const { ServiceCatalogClient, SearchProvisionedProductsCommand } = await import("@aws-sdk/client-service-catalog");
const client = new ServiceCatalogClient({ region: "us-east-1", endpoint: process.env.ENDPOINT, credentials: { accessKeyId: "a", secretAccessKey: "b" } });
await client.send(new SearchProvisionedProductsCommand({ PageSize: 100 })); client.destroy();`,
};

export interface ColdStart {
  client: "svccat" | "aws-sdk";
  medianMs: number;
  runs: number;
}

function once(script: string, cwd: string, endpoint: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ["--input-type=module", "-e", script], {
      cwd,
      env: { ...process.env, ENDPOINT: endpoint, AWS_SDK_JS_SUPPRESS_NODE_VERSION_WARNING: "1" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("exit", (code) =>
      code === 0 ? resolve(performance.now() - started) : reject(new Error(`cold start failed: ${stderr}`)),
    );
  });
}

/** A new Node process that imports the client and makes its first call, end to end; alternating, median of runs. */
export async function coldStarts(cwd: string, endpoint: string, runs: number): Promise<ColdStart[]> {
  const times: Record<"svccat" | "aws-sdk", number[]> = { svccat: [], "aws-sdk": [] };
  for (let i = 0; i < runs; i++) {
    for (const client of ["svccat", "aws-sdk"] as const) {
      times[client].push(await once(SCRIPTS[client], cwd, endpoint));
    }
  }
  return (["svccat", "aws-sdk"] as const).map((client) => ({ client, medianMs: median(times[client]), runs }));
}
