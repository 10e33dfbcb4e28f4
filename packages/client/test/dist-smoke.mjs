// Loads the built package as a user's Node would (dist/, no source condition) and sends one signed call through
// a handler that answers in memory. Run by `test:exports` after the build.
import assert from "node:assert/strict";
import { ScanProvisionedProductsCommand, ServiceCatalogClient } from "../dist/__generated__/index.gen.js";

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
assert.equal(output.$metadata.requestId, "smoke");
assert.deepEqual(output.ProvisionedProducts?.[0]?.CreatedTime, new Date(1500));
assert.match(seen[0].headers.authorization, /^AWS4-HMAC-SHA256 /);
process.stdout.write("dist smoke: ok\n");
