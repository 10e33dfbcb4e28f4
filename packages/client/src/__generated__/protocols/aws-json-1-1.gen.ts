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

/** `DescribeProduct`'s input as the awsJson1_1 request. @internal */
export const se_DescribeProductCommand = awsJson11Serializer("DescribeProduct");

/** The awsJson1_1 response as `DescribeProduct`'s output, or its error thrown. @internal */
export const de_DescribeProductCommand = awsJson11Deserializer("DescribeProduct");

/** `DescribeProvisionedProduct`'s input as the awsJson1_1 request. @internal */
export const se_DescribeProvisionedProductCommand = awsJson11Serializer("DescribeProvisionedProduct");

/** The awsJson1_1 response as `DescribeProvisionedProduct`'s output, or its error thrown. @internal */
export const de_DescribeProvisionedProductCommand = awsJson11Deserializer("DescribeProvisionedProduct");

/** `DescribeRecord`'s input as the awsJson1_1 request. @internal */
export const se_DescribeRecordCommand = awsJson11Serializer("DescribeRecord");

/** The awsJson1_1 response as `DescribeRecord`'s output, or its error thrown. @internal */
export const de_DescribeRecordCommand = awsJson11Deserializer("DescribeRecord");

/** `GetProvisionedProductOutputs`'s input as the awsJson1_1 request. @internal */
export const se_GetProvisionedProductOutputsCommand = awsJson11Serializer("GetProvisionedProductOutputs");

/** The awsJson1_1 response as `GetProvisionedProductOutputs`'s output, or its error thrown. @internal */
export const de_GetProvisionedProductOutputsCommand = awsJson11Deserializer("GetProvisionedProductOutputs");

/** `ListLaunchPaths`'s input as the awsJson1_1 request. @internal */
export const se_ListLaunchPathsCommand = awsJson11Serializer("ListLaunchPaths");

/** The awsJson1_1 response as `ListLaunchPaths`'s output, or its error thrown. @internal */
export const de_ListLaunchPathsCommand = awsJson11Deserializer("ListLaunchPaths");

/** `ListRecordHistory`'s input as the awsJson1_1 request. @internal */
export const se_ListRecordHistoryCommand = awsJson11Serializer("ListRecordHistory");

/** The awsJson1_1 response as `ListRecordHistory`'s output, or its error thrown. @internal */
export const de_ListRecordHistoryCommand = awsJson11Deserializer("ListRecordHistory");

/** `ProvisionProduct`'s input as the awsJson1_1 request. @internal */
export const se_ProvisionProductCommand = awsJson11Serializer("ProvisionProduct");

/** The awsJson1_1 response as `ProvisionProduct`'s output, or its error thrown. @internal */
export const de_ProvisionProductCommand = awsJson11Deserializer("ProvisionProduct");

/** `TerminateProvisionedProduct`'s input as the awsJson1_1 request. @internal */
export const se_TerminateProvisionedProductCommand = awsJson11Serializer("TerminateProvisionedProduct");

/** The awsJson1_1 response as `TerminateProvisionedProduct`'s output, or its error thrown. @internal */
export const de_TerminateProvisionedProductCommand = awsJson11Deserializer("TerminateProvisionedProduct");

/** `UpdateProvisionedProduct`'s input as the awsJson1_1 request. @internal */
export const se_UpdateProvisionedProductCommand = awsJson11Serializer("UpdateProvisionedProduct");

/** The awsJson1_1 response as `UpdateProvisionedProduct`'s output, or its error thrown. @internal */
export const de_UpdateProvisionedProductCommand = awsJson11Deserializer("UpdateProvisionedProduct");
