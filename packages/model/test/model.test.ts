import { describe, expect, expectTypeOf, test } from "vitest";
import {
  type AccessLevelFilterKey,
  listingPaging,
  memberConstraints,
  type OperationName,
  operationTable,
  type ProvisionedProductAttribute,
  pageSizeRange,
  pageTokenMaxLength,
  queryOf,
  type SearchProvisionedProductsInput,
  type SearchProvisionedProductsOutput,
  serviceTables,
} from "../src/__generated__/index.gen.js";

describe("@svccat/model", () => {
  test("pageSizeRange reads each operation's page-size range from the tables", () => {
    expect(pageSizeRange(serviceTables, "ScanProvisionedProducts")).toEqual({ min: 0, max: 20 });
    expect(pageSizeRange(serviceTables, "SearchProvisionedProducts")).toEqual({ min: 0, max: 100 });
    expect(() => pageSizeRange(serviceTables, "DescribeEverything")).toThrow(
      /the tables have no operation DescribeEverything/,
    );
  });

  test("the tables name every operation with its X-Amz-Target value, and the token each mutation carries", () => {
    expect(Object.keys(serviceTables.operations)).toHaveLength(11);
    const tokens = Object.entries(serviceTables.operations).flatMap(([name, table]) =>
      "idempotencyToken" in table ? [`${name}.${table.idempotencyToken}`] : [],
    );
    expect(tokens.sort()).toEqual([
      "ProvisionProduct.ProvisionToken",
      "TerminateProvisionedProduct.TerminateToken",
      "UpdateProvisionedProduct.UpdateToken",
    ]);
    for (const operation of Object.values(serviceTables.operations)) {
      expect(operation.target).toBe(`${serviceTables.service.name}.${operation.name}`);
      expect(serviceTables.shapes[operation.input].type).toBe("structure");
    }
  });

  test("every member target resolves to a shape of the tables", () => {
    for (const shape of Object.values(serviceTables.shapes)) {
      if (shape.type === "structure") {
        for (const member of Object.values(shape.members)) {
          expect(serviceTables.shapes).toHaveProperty([member.target]);
        }
      }
    }
  });

  test("types: timestamps are Date, enums are unions, every member is optional as in the AWS SDK", () => {
    expectTypeOf<ProvisionedProductAttribute["CreatedTime"]>().toEqualTypeOf<Date | undefined>();
    expectTypeOf<AccessLevelFilterKey>().toEqualTypeOf<"Account" | "Role" | "User">();
    expectTypeOf<OperationName>().toEqualTypeOf<
      | "ScanProvisionedProducts"
      | "SearchProvisionedProducts"
      | "DescribeProduct"
      | "DescribeProvisionedProduct"
      | "DescribeRecord"
      | "GetProvisionedProductOutputs"
      | "ListLaunchPaths"
      | "ListRecordHistory"
      | "ProvisionProduct"
      | "TerminateProvisionedProduct"
      | "UpdateProvisionedProduct"
    >();
    expectTypeOf<SearchProvisionedProductsInput>().toExtend<{
      PageSize?: number;
      SortOrder?: "ASCENDING" | "DESCENDING";
    }>();
    expectTypeOf<Record<string, never>>().toExtend<SearchProvisionedProductsInput>();
    expectTypeOf<SearchProvisionedProductsOutput["TotalResultsCount"]>().toEqualTypeOf<number | undefined>();
  });
});

describe("operation lookups", () => {
  test("read paging, the query language and constraints from the tables, member first, then its target", () => {
    expect(listingPaging(serviceTables, "SearchProvisionedProducts")).toMatchObject({
      inputToken: "PageToken",
      outputToken: "NextPageToken",
      pageSize: "PageSize",
      items: "ProvisionedProducts",
      order: "CreatedTime",
    });
    expect(queryOf(serviceTables, "SearchProvisionedProducts")?.filterKey).toBe("SearchQuery");
    expect(queryOf(serviceTables, "ScanProvisionedProducts")).toBeUndefined();
    expect(pageTokenMaxLength(serviceTables, "SearchProvisionedProducts")).toBe(2024);
    expect(memberConstraints(serviceTables, "ScanProvisionedProductsInput", "PageSize").range).toEqual({
      min: 0,
      max: 20,
    });
    expect(() => memberConstraints(serviceTables, "ScanProvisionedProductsInput", "constructor")).toThrow(
      /no member ScanProvisionedProductsInput.constructor/,
    );
    expect(() => operationTable(serviceTables, "toString")).toThrow(/no operation toString/);
  });
});
