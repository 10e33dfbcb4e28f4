/**
 * Generated from spec/servicecatalog.json by `pnpm generate`. Do not edit.
 */

/** The package's entry point: everything generated from the spec, then the runtime. */
export { ScanProvisionedProductsCommand, type ScanProvisionedProductsCommandInput, type ScanProvisionedProductsCommandOutput } from "./commands/ScanProvisionedProductsCommand.gen.js";
export { SearchProvisionedProductsCommand, type SearchProvisionedProductsCommandInput, type SearchProvisionedProductsCommandOutput } from "./commands/SearchProvisionedProductsCommand.gen.js";
export { DescribeProductCommand, type DescribeProductCommandInput, type DescribeProductCommandOutput } from "./commands/DescribeProductCommand.gen.js";
export { DescribeProvisionedProductCommand, type DescribeProvisionedProductCommandInput, type DescribeProvisionedProductCommandOutput } from "./commands/DescribeProvisionedProductCommand.gen.js";
export { DescribeRecordCommand, type DescribeRecordCommandInput, type DescribeRecordCommandOutput } from "./commands/DescribeRecordCommand.gen.js";
export { GetProvisionedProductOutputsCommand, type GetProvisionedProductOutputsCommandInput, type GetProvisionedProductOutputsCommandOutput } from "./commands/GetProvisionedProductOutputsCommand.gen.js";
export { ListLaunchPathsCommand, type ListLaunchPathsCommandInput, type ListLaunchPathsCommandOutput } from "./commands/ListLaunchPathsCommand.gen.js";
export { ListRecordHistoryCommand, type ListRecordHistoryCommandInput, type ListRecordHistoryCommandOutput } from "./commands/ListRecordHistoryCommand.gen.js";
export { ProvisionProductCommand, type ProvisionProductCommandInput, type ProvisionProductCommandOutput } from "./commands/ProvisionProductCommand.gen.js";
export { TerminateProvisionedProductCommand, type TerminateProvisionedProductCommandInput, type TerminateProvisionedProductCommandOutput } from "./commands/TerminateProvisionedProductCommand.gen.js";
export { UpdateProvisionedProductCommand, type UpdateProvisionedProductCommandInput, type UpdateProvisionedProductCommandOutput } from "./commands/UpdateProvisionedProductCommand.gen.js";
export { paginateScanProvisionedProducts, paginateScanProvisionedProductsItems } from "./pagination/ScanProvisionedProductsPaginator.gen.js";
export { paginateSearchProvisionedProducts, paginateSearchProvisionedProductsItems } from "./pagination/SearchProvisionedProductsPaginator.gen.js";
export { paginateDescribeRecord, paginateDescribeRecordItems } from "./pagination/DescribeRecordPaginator.gen.js";
export { paginateGetProvisionedProductOutputs, paginateGetProvisionedProductOutputsItems } from "./pagination/GetProvisionedProductOutputsPaginator.gen.js";
export { paginateListLaunchPaths, paginateListLaunchPathsItems } from "./pagination/ListLaunchPathsPaginator.gen.js";
export { paginateListRecordHistory, paginateListRecordHistoryItems } from "./pagination/ListRecordHistoryPaginator.gen.js";
export { waitForProvisionedProductAvailable, waitUntilProvisionedProductAvailable } from "./waiters/waitForProvisionedProductAvailable.gen.js";
export { waitForProvisionedProductTerminated, waitUntilProvisionedProductTerminated } from "./waiters/waitForProvisionedProductTerminated.gen.js";
export { waitForRecordCompleted, waitUntilRecordCompleted } from "./waiters/waitForRecordCompleted.gen.js";
export { InvalidParametersException, DuplicateResourceException, ResourceNotFoundException } from "./errors/index.gen.js";
export { AccessLevelFilterKey, ProvisionedProductViewFilterBy, SortOrder, ProvisionedProductStatus, ProductType, ProvisioningArtifactGuidance, RecordStatus, StackSetOperationType } from "./enums.gen.js";
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
  AccountId,
  BudgetDetail,
  BudgetName,
  Budgets,
  CloudWatchDashboard,
  CloudWatchDashboardName,
  CloudWatchDashboards,
  ConstraintDescription,
  ConstraintSummaries,
  ConstraintSummary,
  ConstraintType,
  DescribeProductInput,
  DescribeProductOutput,
  DescribeProvisionedProductInput,
  DescribeProvisionedProductOutput,
  DescribeRecordInput,
  DescribeRecordOutput,
  Description,
  ErrorCode,
  ErrorDescription,
  GetProvisionedProductOutputsInput,
  GetProvisionedProductOutputsOutput,
  HasDefaultPath,
  IgnoreErrors,
  LaunchPath,
  LaunchPathSummaries,
  LaunchPathSummary,
  LaunchPaths,
  ListLaunchPathsInput,
  ListLaunchPathsOutput,
  ListRecordHistoryInput,
  ListRecordHistoryOutput,
  ListRecordHistorySearchFilter,
  NotificationArn,
  NotificationArns,
  OutputKey,
  OutputKeys,
  OutputValue,
  ParameterKey,
  ParameterValue,
  PortfolioDisplayName,
  PortfolioName,
  ProductViewDistributor,
  ProductViewOwner,
  ProductViewShortDescription,
  ProductViewSummary,
  ProvisionProductInput,
  ProvisionProductOutput,
  ProvisionedProductName,
  ProvisioningArtifact,
  ProvisioningArtifactCreatedTime,
  ProvisioningArtifactDescription,
  ProvisioningArtifacts,
  ProvisioningParameter,
  ProvisioningParameters,
  ProvisioningPreferences,
  RecordDetail,
  RecordDetails,
  RecordError,
  RecordErrors,
  RecordOutput,
  RecordOutputs,
  RecordTag,
  RecordTagKey,
  RecordTagValue,
  RecordTags,
  RecordType,
  Region,
  RetainPhysicalResources,
  SearchFilterKey,
  SearchFilterValue,
  StackSetAccounts,
  StackSetFailureToleranceCount,
  StackSetFailureTolerancePercentage,
  StackSetMaxConcurrencyCount,
  StackSetMaxConcurrencyPercentage,
  StackSetRegions,
  SupportDescription,
  SupportEmail,
  SupportUrl,
  TerminateProvisionedProductInput,
  TerminateProvisionedProductOutput,
  UpdateProvisionedProductInput,
  UpdateProvisionedProductOutput,
  UpdateProvisioningParameter,
  UpdateProvisioningParameters,
  UpdateProvisioningPreferences,
  UpdatedTime,
  UsePreviousValue,
} from "@svccat/model";
// The hand-written runtime; runtime.ts lists each of its names.
export * from "../runtime.js";
