// Loads the built package as a user's Node would (dist/, no source condition) and sends one signed call through
// a handler that answers in memory: the ES build, then the package by name, which Node resolves to the CommonJS
// entry (decisions/0008) both from import and from require. Run by `test:exports` after the build.
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import * as esBuild from "../dist/__generated__/index.gen.js";

async function smoke(label, { ServiceCatalogClient, ScanProvisionedProductsCommand }) {
  const seen = [];
  const client = new ServiceCatalogClient({
    region: "us-east-1",
    credentials: { accessKeyId: "AKID", secretAccessKey: "secret" },
    requestHandler: {
      async handle(request) {
        seen.push(request);
        const { HttpResponse } = await import("@smithy/core/protocols");
        return {
          response: new HttpResponse({
            statusCode: 200,
            headers: { "x-amzn-requestid": "smoke" },
            body: new TextEncoder().encode('{"ProvisionedProducts":[{"Id":"pp-1","CreatedTime":1.5}]}'),
          }),
        };
      },
    },
  });
  const output = await client.send(new ScanProvisionedProductsCommand({ PageSize: 1 }));
  assert.equal(output.$metadata.requestId, "smoke", label);
  assert.deepEqual(output.ProvisionedProducts?.[0]?.CreatedTime, new Date(1500), label);
  assert.match(seen[0].headers.authorization, /^AWS4-HMAC-SHA256 /, label);
}

const nodeEntry = fileURLToPath(new URL("../dist/index.node.cjs", import.meta.url));
assert.equal(fileURLToPath(import.meta.resolve("@svccat/client")), nodeEntry, "import resolves to the CommonJS entry");
const required = createRequire(import.meta.url)("@svccat/client");
const imported = await import("@svccat/client");
// Same names in every build: what the ES build exports, Node's import of the CommonJS entry exports too.
assert.deepEqual(
  Object.keys(imported)
    .filter((name) => name !== "default" && name !== "module.exports")
    .sort(),
  Object.keys(esBuild).sort(),
);
await smoke("ES build", esBuild);
await smoke("import", imported);
await smoke("require", required);
process.stdout.write("dist smoke: ok\n");
