import { describe, expect, test } from "vitest";
import { generate, SPEC_FILE } from "../src/index.js";

const { tables } = await generate(SPEC_FILE);

describe("the runtime tables", () => {
  test("describe the service's protocol, signing and endpoint facts", () => {
    expect(tables.service).toMatchObject({
      shapeId: "com.amazonaws.servicecatalog#AWS242ServiceCatalogService",
      name: "AWS242ServiceCatalogService",
      version: "2015-12-10",
      protocol: "awsJson1_1",
      contentType: "application/x-amz-json-1.1",
      signingName: "servicecatalog",
      endpointPrefix: "servicecatalog",
      sdkId: "Service Catalog",
    });
    expect(tables.service.endpointRuleSet).toMatchObject({ version: "1.0" });
  });

  test("give each operation its target, shapes, errors and paging", () => {
    expect(tables.operations.ScanProvisionedProducts).toMatchObject({
      target: "AWS242ServiceCatalogService.ScanProvisionedProducts",
      input: "ScanProvisionedProductsInput",
      output: "ScanProvisionedProductsOutput",
      errors: ["InvalidParametersException"],
      paginated: {
        inputToken: "PageToken",
        outputToken: "NextPageToken",
        pageSize: "PageSize",
        items: "ProvisionedProducts",
        order: "CreatedTime",
      },
    });
    expect(tables.operations.SearchProvisionedProducts?.paginated).toEqual({
      inputToken: "PageToken",
      outputToken: "NextPageToken",
      pageSize: "PageSize",
      items: "ProvisionedProducts",
      order: "CreatedTime",
    });
    expect(tables.operations.SearchProvisionedProducts?.query?.totalCount).toBe("TotalResultsCount");
    expect(tables.errors.InvalidParametersException).toEqual({
      shape: "InvalidParametersException",
      fault: "client",
      httpStatus: 400,
    });
  });

  test("resolve each member's constraints from its target", () => {
    const scan = tables.shapes.ScanProvisionedProductsInput;
    const search = tables.shapes.SearchProvisionedProductsInput;
    if (scan?.type !== "structure" || search?.type !== "structure") {
      throw new Error("inputs must be structures");
    }
    expect(scan.members.PageSize).toMatchObject({
      target: "PageSize",
      required: false,
      default: 0,
      range: { min: 0, max: 20 },
    });
    expect(search.members.PageSize).toMatchObject({ default: 0, range: { min: 0, max: 100 } });
    expect(search.members.SortOrder).toMatchObject({ enum: ["ASCENDING", "DESCENDING"] });
    expect(scan.members.PageToken).toMatchObject({
      length: { min: 0, max: 2024 },
      pattern: "^[\\u0009\\u000a\\u000d\\u0020-\\uD7FF\\uE000-\\uFFFD]*$",
    });
    const tag = tables.shapes.Tag;
    expect(tag?.type === "structure" && tag.members.Key).toMatchObject({
      required: true,
      length: { min: 1, max: 128 },
    });
    const attribute = tables.shapes.ProvisionedProductAttribute;
    expect(attribute?.type === "structure" && attribute.members.CreatedTime).toMatchObject({
      target: "CreatedTime",
      timestampFormat: "epoch-seconds",
    });
  });

  test("keep the enum member names beside their wire values", () => {
    expect(tables.shapes.AccessLevelFilterKey).toMatchObject({
      type: "enum",
      values: [
        { name: "ACCOUNT", value: "Account" },
        { name: "ROLE", value: "Role" },
        { name: "USER", value: "User" },
      ],
    });
  });

  test("leave out svccat's own trait shape, which the service does not reach", () => {
    expect(Object.keys(tables.shapes)).not.toContain("paginated");
    expect(Object.keys(tables.shapes)).toHaveLength(138);
  });
});
