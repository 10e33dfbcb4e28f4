import { spawn } from "node:child_process";
import { median } from "./stats.js";
import { CONTENT_TYPE, targetOf } from "./wire-facts.js";

type ColdStartClient = "svccat" | "aws-sdk" | "smithy-runtime" | "node-http";
const COLD_START_CLIENTS: ColdStartClient[] = ["svccat", "aws-sdk", "smithy-runtime", "node-http"];

const CALL = `const client = new ServiceCatalogClient({ region: "us-east-1", endpoint: process.env.ENDPOINT, credentials: { accessKeyId: "a", secretAccessKey: "b" } });
await client.send(new SearchProvisionedProductsCommand({ PageSize: 100 })); client.destroy();`;

const SCRIPTS: Record<ColdStartClient, string> = {
  svccat: `const { ServiceCatalogClient, SearchProvisionedProductsCommand } = await import("@svccat/client");\n${CALL}`,
  "aws-sdk": `const { ServiceCatalogClient, SearchProvisionedProductsCommand } = await import("@aws-sdk/client-service-catalog");\n${CALL}`,
  // The floor of any client on the smithy runtime: the pieces svccat loads, required as its Node entry requires
  // them, and one request signed with SignatureV4 and sent with NodeHttpHandler.
  "smithy-runtime": `import { createRequire } from "node:module";
const require = createRequire(process.cwd() + "/");
require("@smithy/smithy-client"); require("@smithy/core/retry");
const { SignatureV4 } = require("@smithy/signature-v4"); const { NodeHttpHandler } = require("@smithy/node-http-handler");
const { Sha256 } = require("@smithy/core/checksum"); const { HttpRequest } = require("@smithy/core/protocols");
const url = new URL(process.env.ENDPOINT); const body = JSON.stringify({ PageSize: 100 });
const signer = new SignatureV4({ service: "servicecatalog", region: "us-east-1", credentials: { accessKeyId: "a", secretAccessKey: "b" }, sha256: Sha256 });
const request = await signer.sign(new HttpRequest({ method: "POST", protocol: url.protocol, hostname: url.hostname, port: Number(url.port), path: "/", body,
  headers: { host: url.host, "content-type": "${CONTENT_TYPE}", "x-amz-target": "${targetOf("SearchProvisionedProducts")}" } }));
const handler = new NodeHttpHandler(); const { response } = await handler.handle(request);
const chunks = []; for await (const chunk of response.body) chunks.push(chunk); JSON.parse(Buffer.concat(chunks).toString()); handler.destroy();`,
  // The floor of any client in Node: node:http alone, unsigned.
  "node-http": `const { request } = await import("node:http");
await new Promise((resolve, reject) => {
  const req = request(process.env.ENDPOINT, { method: "POST", headers: { "content-type": "${CONTENT_TYPE}", "x-amz-target": "${targetOf("SearchProvisionedProducts")}" } }, (res) => {
    const chunks = []; res.on("data", (c) => chunks.push(c)); res.on("end", () => resolve(JSON.parse(Buffer.concat(chunks).toString())));
  });
  req.on("error", reject); req.end(JSON.stringify({ PageSize: 100 }));
});`,
};

export interface ColdStart {
  client: ColdStartClient;
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

/**
 * A new Node process that imports the client and makes its first call, end to end, beside two floors (the smithy
 * runtime alone, and node:http alone); in turns, median of runs.
 */
export async function coldStarts(cwd: string, endpoint: string, runs: number): Promise<ColdStart[]> {
  const times = Object.fromEntries(COLD_START_CLIENTS.map((client) => [client, [] as number[]])) as Record<
    ColdStartClient,
    number[]
  >;
  for (let i = 0; i < runs; i++) {
    for (const client of COLD_START_CLIENTS) {
      times[client].push(await once(SCRIPTS[client], cwd, endpoint));
    }
  }
  return COLD_START_CLIENTS.map((client) => ({ client, medianMs: median(times[client]), runs }));
}
