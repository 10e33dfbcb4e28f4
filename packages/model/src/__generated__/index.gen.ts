/**
 * Generated from spec/servicecatalog.json by `pnpm generate`. Do not edit.
 */

/** The package's entry point: the spec's shapes as types, its runtime tables, then the runtime. */
export { serviceEndpoints } from "./endpoints.gen.js";
export { serviceTables } from "./shapes.gen.js";
export type {
  components,
  operations,
  AcceptLanguage,
  AccessLevelFilter,
  AccessLevelFilterKey,
  AccessLevelFilterValue,
  CreatedTime,
  ErrorMessage,
  Id,
  IdempotencyToken,
  InvalidParametersException,
  LastRequestId,
  PageSize,
  PageToken,
  PhysicalId,
  ProductViewName,
  ProvisionedProductAttribute,
  ProvisionedProductAttributes,
  ProvisionedProductDetail,
  ProvisionedProductDetails,
  ProvisionedProductFilters,
  ProvisionedProductId,
  ProvisionedProductNameOrArn,
  ProvisionedProductStatus,
  ProvisionedProductStatusMessage,
  ProvisionedProductType,
  ProvisionedProductViewFilterBy,
  ProvisionedProductViewFilterValue,
  ProvisionedProductViewFilterValues,
  ProvisioningArtifactName,
  RoleArn,
  ScanProvisionedProductsInput,
  ScanProvisionedProductsOutput,
  SearchProvisionedProductsInput,
  SearchProvisionedProductsOutput,
  SearchProvisionedProductsPageSize,
  SortField,
  SortOrder,
  Tag,
  TagKey,
  Tags,
  TagValue,
  TotalResultsCount,
  UserArn,
  UserArnSession,
} from "./types.gen.js";
// The hand-written runtime; runtime.ts lists each of its names.
export * from "../runtime.js";
