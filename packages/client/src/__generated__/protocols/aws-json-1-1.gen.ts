/**
 * Generated from spec/servicecatalog.json by `pnpm generate`. Do not edit.
 */

import { awsJson11Deserializer, awsJson11Serializer } from "../../protocol/aws-json-1-1.js";

/** `ScanProvisionedProducts`'s input as the awsJson1_1 request. @internal */
export const se_ScanProvisionedProductsCommand = awsJson11Serializer("ScanProvisionedProducts");

/** The awsJson1_1 response as `ScanProvisionedProducts`'s output, or its error thrown. @internal */
export const de_ScanProvisionedProductsCommand = awsJson11Deserializer("ScanProvisionedProducts");

/** `SearchProvisionedProducts`'s input as the awsJson1_1 request. @internal */
export const se_SearchProvisionedProductsCommand = awsJson11Serializer("SearchProvisionedProducts");

/** The awsJson1_1 response as `SearchProvisionedProducts`'s output, or its error thrown. @internal */
export const de_SearchProvisionedProductsCommand = awsJson11Deserializer("SearchProvisionedProducts");
