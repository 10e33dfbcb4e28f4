import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { GENERATED_NOTICE, generate, REPO_ROOT, SPEC_FILE, staleFiles } from "../src/index.js";
import { tempDir } from "./helpers.js";

const generation = await generate(SPEC_FILE);

describe("committed generated files", () => {
  test("match a fresh generation from spec/servicecatalog.json", async () => {
    const stale = await staleFiles(generation, REPO_ROOT);
    if (stale.length > 0) {
      throw new Error(
        `These generated files differ from a fresh generation:\n${stale.map((p) => `  ${p}`).join("\n")}\nRun \`pnpm generate\` and commit the result.`,
      );
    }
    expect(stale).toEqual([]);
  });

  test("each starts with the generated-code notice", async () => {
    for (const file of generation.files) {
      const head = (await readFile(join(REPO_ROOT, file.path), "utf8")).slice(0, 300);
      expect(head, file.path).toContain(GENERATED_NOTICE);
    }
  });

  test("a second generation is byte-identical to the first", async () => {
    const again = await generate(SPEC_FILE);
    expect(again.files).toEqual(generation.files);
  });

  test("staleness is detected for a changed, a missing and a stray file", async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const { writeGeneration } = await import("../src/index.js");
      await writeGeneration(generation, dir);
      expect(await staleFiles(generation, dir)).toEqual([]);

      const [first, second] = generation.files;
      const { writeFile, rm } = await import("node:fs/promises");
      await writeFile(join(dir, first?.path ?? ""), "edited by hand");
      await rm(join(dir, second?.path ?? ""));
      await writeFile(join(dir, "packages/model/src/__generated__/leftover.gen.ts"), "export {};");
      expect(await staleFiles(generation, dir)).toEqual([
        first?.path,
        second?.path,
        "packages/model/src/__generated__/leftover.gen.ts",
      ]);

      const result = await writeGeneration(generation, dir);
      expect(result.removed).toEqual(["packages/model/src/__generated__/leftover.gen.ts"]);
      expect(await staleFiles(generation, dir)).toEqual([]);
    } finally {
      await cleanup();
    }
  });
});
