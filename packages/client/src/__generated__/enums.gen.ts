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
