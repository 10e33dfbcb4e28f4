/**
 * Generated from spec/servicecatalog.json by `pnpm generate`. Do not edit.
 */

/** The package's entry point: everything generated from the spec, then the runtime. */
export { ScanProvisionedProductsCommand, type ScanProvisionedProductsCommandInput, type ScanProvisionedProductsCommandOutput } from "./commands/ScanProvisionedProductsCommand.gen.js";
export { SearchProvisionedProductsCommand, type SearchProvisionedProductsCommandInput, type SearchProvisionedProductsCommandOutput } from "./commands/SearchProvisionedProductsCommand.gen.js";
export { paginateScanProvisionedProducts, paginateScanProvisionedProductsItems } from "./pagination/ScanProvisionedProductsPaginator.gen.js";
export { paginateSearchProvisionedProducts, paginateSearchProvisionedProductsItems } from "./pagination/SearchProvisionedProductsPaginator.gen.js";
export { InvalidParametersException } from "./errors/index.gen.js";
export { AccessLevelFilterKey, ProvisionedProductViewFilterBy, SortOrder, ProvisionedProductStatus } from "./enums.gen.js";
export type { ServiceInputTypes, ServiceOutputTypes } from "./service-types.gen.js";
export { ServiceCatalog } from "./ServiceCatalog.gen.js";
export type {
  ScanProvisionedProductsInput,
  ScanProvisionedProductsOutput,
  SearchProvisionedProductsInput,
  SearchProvisionedProductsOutput,
  AccessLevelFilter,
  AccessLevelFilterValue,
  AcceptLanguage,
  PageSize,
  SearchProvisionedProductsPageSize,
  PageToken,
  TotalResultsCount,
  ProvisionedProductFilters,
  ProvisionedProductViewFilterValues,
  ProvisionedProductViewFilterValue,
  SortField,
  ProvisionedProductDetails,
  ProvisionedProductDetail,
  ProvisionedProductAttributes,
  ProvisionedProductAttribute,
  ProvisionedProductNameOrArn,
  ProvisionedProductType,
  ProvisionedProductId,
  ProvisionedProductStatusMessage,
  CreatedTime,
  IdempotencyToken,
  LastRequestId,
  Id,
  RoleArn,
  Tags,
  Tag,
  TagKey,
  TagValue,
  PhysicalId,
  ProductViewName,
  ProvisioningArtifactName,
  UserArn,
  UserArnSession,
  ErrorMessage,
} from "@svccat/model";
// The hand-written runtime; runtime.ts lists each of its names.
export * from "../runtime.js";
