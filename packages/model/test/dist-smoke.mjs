// Loads the built package as a user's Node would (dist/, no source condition). Run by `test:exports`.
import assert from "node:assert/strict";
import { serviceTables, validateDocument } from "../dist/__generated__/index.gen.js";

assert.equal(serviceTables.service.signingName, "servicecatalog");
const result = validateDocument(serviceTables, "ScanProvisionedProductsInput", { PageSize: 21 });
assert.equal(result.ok, false);
process.stdout.write("dist smoke: ok\n");
