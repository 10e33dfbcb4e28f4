// Loads the built package as a user's Node would (dist/, no source condition), answers one call in process and
// one over HTTP, and runs the CLI's help. Run by `test:exports` after the build.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { generateProvisionedProducts } from "../dist/index.js";
import { createServiceCatalogFake } from "../dist/msw/index.js";
import { startServiceCatalogFakeServer } from "../dist/server/index.js";

const fake = createServiceCatalogFake({ provisionedProducts: generateProvisionedProducts(5) });
const request = () =>
  new Request("https://servicecatalog.us-east-1.amazonaws.com/", {
    method: "POST",
    headers: {
      "content-type": "application/x-amz-json-1.1",
      "x-amz-target": "AWS242ServiceCatalogService.SearchProvisionedProducts",
    },
    body: JSON.stringify({ AccessLevelFilter: { Key: "Account", Value: "self" } }),
  });
const answer = await (await fake.dispatch(request())).json();
assert.equal(answer.TotalResultsCount, 5);

const server = await startServiceCatalogFakeServer({ fake, verifySignatures: false });
const overHttp = await fetch(server.url, {
  method: "POST",
  headers: Object.fromEntries(request().headers),
  body: await request().text(),
});
assert.equal((await overHttp.json()).TotalResultsCount, 5);
await server.close();

const help = execFileSync(process.execPath, [
  new URL("../dist/cli/index.js", import.meta.url).pathname,
  "--help",
]).toString();
assert.match(help, /svccat-fake serve/);
process.stdout.write("dist smoke: ok\n");
