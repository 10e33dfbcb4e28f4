/**
 * Generated from spec/servicecatalog.json by `pnpm generate`. Do not edit.
 */

/**
 * The access levels a caller can list at.
 * @public
 */
export const AccessLevelFilterKey = {
  ACCOUNT: "Account",
  ROLE: "Role",
  USER: "User",
} as const;
/** @public */
export type AccessLevelFilterKey = (typeof AccessLevelFilterKey)[keyof typeof AccessLevelFilterKey];

/**
 * The kinds of search filter.
 * @public
 */
export const ProvisionedProductViewFilterBy = {
  SearchQuery: "SearchQuery",
} as const;
/** @public */
export type ProvisionedProductViewFilterBy = (typeof ProvisionedProductViewFilterBy)[keyof typeof ProvisionedProductViewFilterBy];

/**
 * A sort direction.
 * @public
 */
export const SortOrder = {
  ASCENDING: "ASCENDING",
  DESCENDING: "DESCENDING",
} as const;
/** @public */
export type SortOrder = (typeof SortOrder)[keyof typeof SortOrder];

/**
 * The states a provisioned product can be in.
 * @public
 */
export const ProvisionedProductStatus = {
  AVAILABLE: "AVAILABLE",
  UNDER_CHANGE: "UNDER_CHANGE",
  TAINTED: "TAINTED",
  ERROR: "ERROR",
  PLAN_IN_PROGRESS: "PLAN_IN_PROGRESS",
} as const;
/** @public */
export type ProvisionedProductStatus = (typeof ProvisionedProductStatus)[keyof typeof ProvisionedProductStatus];

/**
 * What kind of product: a CloudFormation template, Marketplace, Terraform or external.
 * @public
 */
export const ProductType = {
  CLOUD_FORMATION_TEMPLATE: "CLOUD_FORMATION_TEMPLATE",
  MARKETPLACE: "MARKETPLACE",
  TERRAFORM_OPEN_SOURCE: "TERRAFORM_OPEN_SOURCE",
  TERRAFORM_CLOUD: "TERRAFORM_CLOUD",
  EXTERNAL: "EXTERNAL",
} as const;
/** @public */
export type ProductType = (typeof ProductType)[keyof typeof ProductType];

/**
 * What administrators advise of a version: launch it (DEFAULT) or not any more (DEPRECATED).
 * @public
 */
export const ProvisioningArtifactGuidance = {
  DEFAULT: "DEFAULT",
  DEPRECATED: "DEPRECATED",
} as const;
/** @public */
export type ProvisioningArtifactGuidance = (typeof ProvisioningArtifactGuidance)[keyof typeof ProvisioningArtifactGuidance];

/**
 * How far a request has come.
 * @public
 */
export const RecordStatus = {
  CREATED: "CREATED",
  IN_PROGRESS: "IN_PROGRESS",
  IN_PROGRESS_IN_ERROR: "IN_PROGRESS_IN_ERROR",
  SUCCEEDED: "SUCCEEDED",
  FAILED: "FAILED",
} as const;
/** @public */
export type RecordStatus = (typeof RecordStatus)[keyof typeof RecordStatus];

/**
 * What an update does to a stack set's instances: create, update or delete them.
 * @public
 */
export const StackSetOperationType = {
  CREATE: "CREATE",
  UPDATE: "UPDATE",
  DELETE: "DELETE",
} as const;
/** @public */
export type StackSetOperationType = (typeof StackSetOperationType)[keyof typeof StackSetOperationType];
