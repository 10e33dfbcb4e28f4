import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, test } from "vitest";
import { generate, REPO_ROOT, SPEC_FILE } from "../src/index.js";

// packages/model/src/index.ts lists its exports by hand (no `export *`); this keeps that list whole.
test("@svccat/model exports a friendly type name for every shape of the spec", async () => {
  const { tables } = await generate(SPEC_FILE);
  const index = await readFile(join(REPO_ROOT, "packages/model/src/index.ts"), "utf8");
  const fromTypes = index.match(/export type \{([^}]*)\} from "\.\/__generated__\/types\.gen\.js"/)?.[1] ?? "";
  const exported = new Set(fromTypes.split(",").map((name) => name.trim()));
  const missing = Object.keys(tables.shapes).filter((name) => !name.includes("#") && !exported.has(name));
  if (missing.length > 0) {
    throw new Error(`packages/model/src/index.ts does not export: ${missing.join(", ")}`);
  }
  expect(missing).toEqual([]);
});
