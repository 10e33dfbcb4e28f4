import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { generate, MODEL_OPENAPI, MODEL_SHAPES, MODEL_TYPES, writeGeneration } from "../src/index.js";
import { NS, specCopy, tempDir, writeSpec } from "./helpers.js";

/**
 * "Regenerate on spec change", end to end: edit a copy of the spec, generate into a temporary folder with the same
 * function `pnpm generate` runs, and read the change back from every generated file.
 */
describe("a spec change reaches every generated file", () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  const read = (path: string) => readFile(join(dir, path), "utf8");

  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir());
    const spec = await specCopy();
    const pageSize = spec.shapes[`${NS}#PageSize`];
    const attribute = spec.shapes[`${NS}#ProvisionedProductAttribute`];
    if (pageSize?.traits === undefined || attribute?.members === undefined) {
      throw new Error("the spec no longer has PageSize or ProvisionedProductAttribute");
    }
    pageSize.traits["smithy.api#range"] = { min: 0, max: 50 };
    attribute.members.LaunchedBy = {
      target: `${NS}#UserArn`,
      traits: { "smithy.api#documentation": "Who launched it, added by the spec-change test." },
    };
    const specFile = await writeSpec(dir, spec);
    await writeGeneration(await generate(specFile), dir);
  });
  afterAll(() => cleanup());

  test("the runtime tables", async () => {
    const shapes = await read(MODEL_SHAPES);
    const tables = JSON.parse(shapes.slice(shapes.indexOf("= {") + 2, shapes.lastIndexOf("} as const") + 1));
    expect(tables.shapes.PageSize.range).toEqual({ min: 0, max: 50 });
    expect(tables.shapes.ScanProvisionedProductsInput.members.PageSize.range).toEqual({ min: 0, max: 50 });
    // Documentation stays out of the runtime tables; the OpenAPI document and the types carry it.
    expect(tables.shapes.ProvisionedProductAttribute.members.LaunchedBy).toEqual({
      target: "UserArn",
      required: false,
    });
  });

  test("the OpenAPI document", async () => {
    const openapi = JSON.parse(await read(MODEL_OPENAPI));
    expect(openapi.components.schemas.PageSize.maximum).toBe(50);
    expect(openapi.components.schemas.ProvisionedProductAttribute.properties.LaunchedBy).toEqual({
      $ref: "#/components/schemas/UserArn",
      description: "Who launched it, added by the spec-change test.",
    });
  });

  test("the TypeScript types", async () => {
    const types = await read(MODEL_TYPES);
    const attribute = types.slice(types.indexOf("ProvisionedProductAttribute: {"));
    expect(attribute.slice(0, attribute.indexOf("\n        };"))).toMatch(
      /LaunchedBy\?: components\["schemas"\]\["UserArn"\] \| undefined;/,
    );
  });
});
