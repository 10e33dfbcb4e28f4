import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, test } from "vitest";
import { generate, MODEL_OPENAPI, SPEC_FILE } from "../src/index.js";

const generation = await generate(SPEC_FILE);
const text = generation.files.find((f) => f.path === MODEL_OPENAPI)?.contents ?? "";
const document = JSON.parse(text) as {
  openapi: string;
  paths: Record<string, { post: Record<string, unknown> }>;
  components: { schemas: Record<string, Record<string, unknown>> };
};
const schemas = document.components.schemas;

describe("the generated OpenAPI document", () => {
  test("is valid OpenAPI 3.1 by the official schema", async () => {
    const validator = new Validator();
    const result = await validator.validate(JSON.parse(text));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  test("has a schema for every structure, list, map and enum of the spec", () => {
    for (const [name, shape] of Object.entries(generation.tables.shapes)) {
      if (["structure", "list", "map", "enum"].includes(shape.type)) {
        expect(schemas[name], name).toBeDefined();
      }
    }
    expect(schemas.ProvisionedProductAttribute).toMatchObject({ type: "object" });
    expect(schemas.Tags).toMatchObject({ type: "array", maxItems: 50, minItems: 0 });
    expect(schemas.ProvisionedProductFilters).toMatchObject({
      type: "object",
      propertyNames: { $ref: "#/components/schemas/ProvisionedProductViewFilterBy" },
    });
    expect(schemas.AccessLevelFilterKey).toMatchObject({ type: "string", enum: ["Account", "Role", "User"] });
  });

  test("carries the constraints as JSON Schema keywords", () => {
    expect(schemas.PageSize).toMatchObject({ type: "integer", minimum: 0, maximum: 20, default: 0 });
    expect(schemas.SearchProvisionedProductsPageSize).toMatchObject({ minimum: 0, maximum: 100 });
    expect(schemas.PageToken).toMatchObject({ type: "string", minLength: 0, maxLength: 2024 });
    expect(schemas.TagKey).toMatchObject({ pattern: "^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$", maxLength: 128 });
    expect(schemas.Tag).toMatchObject({ required: ["Key", "Value"] });
    expect(schemas.CreatedTime).toMatchObject({ type: "number", format: "epoch-seconds" });
  });

  test("maps each operation to POST /#<X-Amz-Target> with the header as a required const", () => {
    expect(Object.keys(document.paths)).toEqual(
      Object.values(generation.tables.operations).map((operation) => `/#${operation.target}`),
    );
    expect(Object.keys(document.paths)).toContain("/#AWS242ServiceCatalogService.ProvisionProduct");
    const search = document.paths["/#AWS242ServiceCatalogService.SearchProvisionedProducts"]?.post;
    expect(search).toMatchObject({
      operationId: "SearchProvisionedProducts",
      parameters: [
        {
          name: "X-Amz-Target",
          in: "header",
          required: true,
          schema: { const: "AWS242ServiceCatalogService.SearchProvisionedProducts" },
        },
      ],
      requestBody: {
        content: {
          "application/x-amz-json-1.1": { schema: { $ref: "#/components/schemas/SearchProvisionedProductsInput" } },
        },
      },
      "x-svccat-paginated": { inputToken: "PageToken", outputToken: "NextPageToken", pageSize: "PageSize" },
    });
  });
});
