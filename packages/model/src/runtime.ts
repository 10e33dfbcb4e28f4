export { arnFormViolation } from "./arn-forms.js";
export {
  type ListingPaging,
  listingPaging,
  memberConstraints,
  operationTable,
  pageSizeRange,
  pageTokenMaxLength,
  queryOf,
} from "./operation-lookups.js";
export type { OperationInput, OperationOutput } from "./operation-types.js";
export { serviceEndpointPattern } from "./service-hosts.js";
export type {
  ArnForm,
  BooleanShapeTable,
  DefaultValue,
  ElementTable,
  EnumShapeTable,
  EnumValueTable,
  ErrorTable,
  LengthConstraint,
  ListShapeTable,
  MapShapeTable,
  MemberTable,
  NumberShapeTable,
  OperationTable,
  PagingTable,
  QueryTable,
  RangeConstraint,
  ServiceTable,
  ServiceTables,
  ShapeTable,
  StringShapeTable,
  StructureShapeTable,
  TimestampFormat,
  TimestampShapeTable,
  ValueConstraints,
  WaiterAcceptor,
  WaiterTable,
} from "./tables.js";
export {
  compilePattern,
  coralMemberName,
  type DocumentValidation,
  formatValidationMessage,
  MAX_LISTED_VIOLATIONS,
  type SerializationIssue,
  validateDocument,
} from "./validate.js";

import type { serviceTables } from "./__generated__/shapes.gen.js";

/** The name of an operation of the spec, e.g. `"SearchProvisionedProducts"`. @public */
export type OperationName = keyof typeof serviceTables.operations;

/**
 * The operations that list items a page at a time: the spec gives them a page size, the items they page and the
 * order unsorted pages follow (`listingPaging` is defined for each). @public
 */
export type ListingOperationName = {
  [Op in OperationName]: (typeof serviceTables.operations)[Op]["paginated"] extends {
    readonly pageSize: string;
    readonly items: string;
    readonly order: string;
  }
    ? Op
    : never;
}[OperationName];

/**
 * The operations that page with a page size: the listings, and the shorter lists beside them (a record's outputs,
 * the record history, launch paths, a product's outputs). @public
 */
export type PagingOperationName = {
  [Op in OperationName]: (typeof serviceTables.operations)[Op]["paginated"] extends { readonly pageSize: string }
    ? Op
    : never;
}[OperationName];

/** The name of a shape of the spec, e.g. `"ProvisionedProductAttribute"`. @public */
export type ShapeName = keyof typeof serviceTables.shapes;
