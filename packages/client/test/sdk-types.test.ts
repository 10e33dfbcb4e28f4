import type * as sdk from "@aws-sdk/client-service-catalog";
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  AccessLevelFilterKey,
  type ProvisionedProductAttribute,
  ScanProvisionedProductsCommand,
  type ScanProvisionedProductsCommandInput,
  type ScanProvisionedProductsCommandOutput,
  SearchProvisionedProductsCommand,
  type SearchProvisionedProductsCommandInput,
  type SearchProvisionedProductsCommandOutput,
  SortOrder,
} from "../src/__generated__/index.gen.js";

// These checks run in `pnpm typecheck` (tsc reads test/); vitest runs the value-level ones.
describe("types, against @aws-sdk/client-service-catalog", () => {
  it("accepts an input typed for the official SDK's commands", () => {
    expectTypeOf<sdk.SearchProvisionedProductsCommandInput>().toExtend<SearchProvisionedProductsCommandInput>();
    expectTypeOf<sdk.ScanProvisionedProductsCommandInput>().toExtend<ScanProvisionedProductsCommandInput>();

    const input: sdk.SearchProvisionedProductsCommandInput = {
      AccessLevelFilter: { Key: "Account", Value: "self" },
      Filters: { SearchQuery: ["name:web"] },
      SortOrder: "DESCENDING",
      PageSize: 100,
    };
    expect(new SearchProvisionedProductsCommand(input).input).toBe(input);
    const scan: sdk.ScanProvisionedProductsCommandInput = { PageSize: 20 };
    expect(new ScanProvisionedProductsCommand(scan).input).toBe(scan);
  });

  it("gives outputs assignable to the official SDK's output types", () => {
    expectTypeOf<SearchProvisionedProductsCommandOutput>().toExtend<sdk.SearchProvisionedProductsCommandOutput>();
    expectTypeOf<ScanProvisionedProductsCommandOutput>().toExtend<sdk.ScanProvisionedProductsCommandOutput>();
    expectTypeOf<ProvisionedProductAttribute>().toExtend<sdk.ProvisionedProductAttribute>();
  });

  it("has the SDK's enum objects, with the same values", async () => {
    const official = await import("@aws-sdk/client-service-catalog");
    expect(AccessLevelFilterKey).toEqual(official.AccessLevelFilterKey);
    expect(SortOrder).toEqual(official.SortOrder);
    expectTypeOf<typeof AccessLevelFilterKey.ACCOUNT>().toEqualTypeOf<typeof official.AccessLevelFilterKey.ACCOUNT>();
  });
});
