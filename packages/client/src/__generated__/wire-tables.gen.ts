/**
 * Generated from spec/servicecatalog.json by `pnpm generate`. Do not edit.
 */
import type { WireTables } from "../protocol/wire-tables.js";

/** What the client's protocol, paginators and endpoint read of the spec. */
export const wireTables = {
  "service": {
    "version": "2015-12-10",
    "sdkId": "Service Catalog",
    "contentType": "application/x-amz-json-1.1",
    "signingName": "servicecatalog"
  },
  "operations": {
    "ScanProvisionedProducts": {
      "target": "AWS242ServiceCatalogService.ScanProvisionedProducts",
      "input": "ScanProvisionedProductsInput",
      "output": "ScanProvisionedProductsOutput",
      "paginated": {
        "inputToken": "PageToken",
        "outputToken": "NextPageToken",
        "pageSize": "PageSize",
        "items": "ProvisionedProducts",
        "order": "CreatedTime"
      }
    },
    "SearchProvisionedProducts": {
      "target": "AWS242ServiceCatalogService.SearchProvisionedProducts",
      "input": "SearchProvisionedProductsInput",
      "output": "SearchProvisionedProductsOutput",
      "paginated": {
        "inputToken": "PageToken",
        "outputToken": "NextPageToken",
        "pageSize": "PageSize",
        "items": "ProvisionedProducts",
        "order": "CreatedTime"
      }
    },
    "DescribeProduct": {
      "target": "AWS242ServiceCatalogService.DescribeProduct",
      "input": "DescribeProductInput",
      "output": "DescribeProductOutput",
      "paginated": null
    },
    "DescribeProvisionedProduct": {
      "target": "AWS242ServiceCatalogService.DescribeProvisionedProduct",
      "input": "DescribeProvisionedProductInput",
      "output": "DescribeProvisionedProductOutput",
      "paginated": null
    },
    "DescribeRecord": {
      "target": "AWS242ServiceCatalogService.DescribeRecord",
      "input": "DescribeRecordInput",
      "output": "DescribeRecordOutput",
      "paginated": {
        "inputToken": "PageToken",
        "outputToken": "NextPageToken",
        "pageSize": "PageSize",
        "items": "RecordOutputs"
      }
    },
    "GetProvisionedProductOutputs": {
      "target": "AWS242ServiceCatalogService.GetProvisionedProductOutputs",
      "input": "GetProvisionedProductOutputsInput",
      "output": "GetProvisionedProductOutputsOutput",
      "paginated": {
        "inputToken": "PageToken",
        "outputToken": "NextPageToken",
        "pageSize": "PageSize",
        "items": "Outputs"
      }
    },
    "ListLaunchPaths": {
      "target": "AWS242ServiceCatalogService.ListLaunchPaths",
      "input": "ListLaunchPathsInput",
      "output": "ListLaunchPathsOutput",
      "paginated": {
        "inputToken": "PageToken",
        "outputToken": "NextPageToken",
        "pageSize": "PageSize",
        "items": "LaunchPathSummaries"
      }
    },
    "ListRecordHistory": {
      "target": "AWS242ServiceCatalogService.ListRecordHistory",
      "input": "ListRecordHistoryInput",
      "output": "ListRecordHistoryOutput",
      "paginated": {
        "inputToken": "PageToken",
        "outputToken": "NextPageToken",
        "pageSize": "PageSize",
        "items": "RecordDetails"
      }
    },
    "ProvisionProduct": {
      "target": "AWS242ServiceCatalogService.ProvisionProduct",
      "input": "ProvisionProductInput",
      "output": "ProvisionProductOutput",
      "paginated": null,
      "idempotencyToken": "ProvisionToken"
    },
    "TerminateProvisionedProduct": {
      "target": "AWS242ServiceCatalogService.TerminateProvisionedProduct",
      "input": "TerminateProvisionedProductInput",
      "output": "TerminateProvisionedProductOutput",
      "paginated": null,
      "idempotencyToken": "TerminateToken"
    },
    "UpdateProvisionedProduct": {
      "target": "AWS242ServiceCatalogService.UpdateProvisionedProduct",
      "input": "UpdateProvisionedProductInput",
      "output": "UpdateProvisionedProductOutput",
      "paginated": null,
      "idempotencyToken": "UpdateToken"
    }
  },
  "shapes": {
    "ScanProvisionedProductsInput": {
      "type": "structure",
      "members": {
        "AcceptLanguage": "AcceptLanguage",
        "AccessLevelFilter": "AccessLevelFilter",
        "PageSize": "PageSize",
        "PageToken": "PageToken"
      }
    },
    "ScanProvisionedProductsOutput": {
      "type": "structure",
      "members": {
        "ProvisionedProducts": "ProvisionedProductDetails",
        "NextPageToken": "PageToken"
      }
    },
    "SearchProvisionedProductsInput": {
      "type": "structure",
      "members": {
        "AcceptLanguage": "AcceptLanguage",
        "AccessLevelFilter": "AccessLevelFilter",
        "Filters": "ProvisionedProductFilters",
        "SortBy": "SortField",
        "SortOrder": "SortOrder",
        "PageSize": "SearchProvisionedProductsPageSize",
        "PageToken": "PageToken"
      }
    },
    "SearchProvisionedProductsOutput": {
      "type": "structure",
      "members": {
        "ProvisionedProducts": "ProvisionedProductAttributes",
        "TotalResultsCount": "TotalResultsCount",
        "NextPageToken": "PageToken"
      }
    },
    "InvalidParametersException": {
      "type": "structure",
      "members": {
        "Message": "ErrorMessage"
      }
    },
    "AccessLevelFilter": {
      "type": "structure",
      "members": {
        "Key": "AccessLevelFilterKey",
        "Value": "AccessLevelFilterValue"
      }
    },
    "ProvisionedProductFilters": {
      "type": "map",
      "value": "ProvisionedProductViewFilterValues"
    },
    "ProvisionedProductViewFilterValues": {
      "type": "list",
      "member": "ProvisionedProductViewFilterValue"
    },
    "ProvisionedProductDetails": {
      "type": "list",
      "member": "ProvisionedProductDetail"
    },
    "ProvisionedProductDetail": {
      "type": "structure",
      "members": {
        "Name": "ProvisionedProductNameOrArn",
        "Arn": "ProvisionedProductNameOrArn",
        "Type": "ProvisionedProductType",
        "Id": "ProvisionedProductId",
        "Status": "ProvisionedProductStatus",
        "StatusMessage": "ProvisionedProductStatusMessage",
        "CreatedTime": "CreatedTime",
        "IdempotencyToken": "IdempotencyToken",
        "LastRecordId": "LastRequestId",
        "LastProvisioningRecordId": "Id",
        "LastSuccessfulProvisioningRecordId": "Id",
        "ProductId": "Id",
        "ProvisioningArtifactId": "Id",
        "LaunchRoleArn": "RoleArn"
      }
    },
    "ProvisionedProductAttributes": {
      "type": "list",
      "member": "ProvisionedProductAttribute"
    },
    "ProvisionedProductAttribute": {
      "type": "structure",
      "members": {
        "Name": "ProvisionedProductNameOrArn",
        "Arn": "ProvisionedProductNameOrArn",
        "Type": "ProvisionedProductType",
        "Id": "Id",
        "Status": "ProvisionedProductStatus",
        "StatusMessage": "ProvisionedProductStatusMessage",
        "CreatedTime": "CreatedTime",
        "IdempotencyToken": "IdempotencyToken",
        "LastRecordId": "Id",
        "LastProvisioningRecordId": "Id",
        "LastSuccessfulProvisioningRecordId": "Id",
        "Tags": "Tags",
        "PhysicalId": "PhysicalId",
        "ProductId": "Id",
        "ProductName": "ProductViewName",
        "ProvisioningArtifactId": "Id",
        "ProvisioningArtifactName": "ProvisioningArtifactName",
        "UserArn": "UserArn",
        "UserArnSession": "UserArnSession"
      }
    },
    "CreatedTime": {
      "type": "timestamp",
      "timestampFormat": "epoch-seconds"
    },
    "Tags": {
      "type": "list",
      "member": "Tag"
    },
    "Tag": {
      "type": "structure",
      "members": {
        "Key": "TagKey",
        "Value": "TagValue"
      }
    },
    "BudgetDetail": {
      "type": "structure",
      "members": {
        "BudgetName": "BudgetName"
      }
    },
    "Budgets": {
      "type": "list",
      "member": "BudgetDetail"
    },
    "CloudWatchDashboard": {
      "type": "structure",
      "members": {
        "Name": "CloudWatchDashboardName"
      }
    },
    "CloudWatchDashboards": {
      "type": "list",
      "member": "CloudWatchDashboard"
    },
    "ConstraintSummaries": {
      "type": "list",
      "member": "ConstraintSummary"
    },
    "ConstraintSummary": {
      "type": "structure",
      "members": {
        "Type": "ConstraintType",
        "Description": "ConstraintDescription"
      }
    },
    "DescribeProductInput": {
      "type": "structure",
      "members": {
        "AcceptLanguage": "AcceptLanguage",
        "Id": "Id",
        "Name": "ProductViewName"
      }
    },
    "DescribeProductOutput": {
      "type": "structure",
      "members": {
        "ProductViewSummary": "ProductViewSummary",
        "ProvisioningArtifacts": "ProvisioningArtifacts",
        "Budgets": "Budgets",
        "LaunchPaths": "LaunchPaths"
      }
    },
    "DescribeProvisionedProductInput": {
      "type": "structure",
      "members": {
        "AcceptLanguage": "AcceptLanguage",
        "Id": "Id",
        "Name": "ProvisionedProductName"
      }
    },
    "DescribeProvisionedProductOutput": {
      "type": "structure",
      "members": {
        "ProvisionedProductDetail": "ProvisionedProductDetail",
        "CloudWatchDashboards": "CloudWatchDashboards"
      }
    },
    "DescribeRecordInput": {
      "type": "structure",
      "members": {
        "AcceptLanguage": "AcceptLanguage",
        "Id": "Id",
        "PageToken": "PageToken",
        "PageSize": "PageSize"
      }
    },
    "DescribeRecordOutput": {
      "type": "structure",
      "members": {
        "RecordDetail": "RecordDetail",
        "RecordOutputs": "RecordOutputs",
        "NextPageToken": "PageToken"
      }
    },
    "DuplicateResourceException": {
      "type": "structure",
      "members": {
        "Message": "ErrorMessage"
      }
    },
    "GetProvisionedProductOutputsInput": {
      "type": "structure",
      "members": {
        "AcceptLanguage": "AcceptLanguage",
        "ProvisionedProductId": "Id",
        "ProvisionedProductName": "ProvisionedProductName",
        "OutputKeys": "OutputKeys",
        "PageSize": "PageSize",
        "PageToken": "PageToken"
      }
    },
    "GetProvisionedProductOutputsOutput": {
      "type": "structure",
      "members": {
        "Outputs": "RecordOutputs",
        "NextPageToken": "PageToken"
      }
    },
    "LaunchPath": {
      "type": "structure",
      "members": {
        "Id": "Id",
        "Name": "PortfolioName"
      }
    },
    "LaunchPathSummaries": {
      "type": "list",
      "member": "LaunchPathSummary"
    },
    "LaunchPathSummary": {
      "type": "structure",
      "members": {
        "Id": "Id",
        "ConstraintSummaries": "ConstraintSummaries",
        "Tags": "Tags",
        "Name": "PortfolioName"
      }
    },
    "LaunchPaths": {
      "type": "list",
      "member": "LaunchPath"
    },
    "ListLaunchPathsInput": {
      "type": "structure",
      "members": {
        "AcceptLanguage": "AcceptLanguage",
        "ProductId": "Id",
        "PageSize": "PageSize",
        "PageToken": "PageToken"
      }
    },
    "ListLaunchPathsOutput": {
      "type": "structure",
      "members": {
        "LaunchPathSummaries": "LaunchPathSummaries",
        "NextPageToken": "PageToken"
      }
    },
    "ListRecordHistoryInput": {
      "type": "structure",
      "members": {
        "AcceptLanguage": "AcceptLanguage",
        "AccessLevelFilter": "AccessLevelFilter",
        "SearchFilter": "ListRecordHistorySearchFilter",
        "PageSize": "PageSize",
        "PageToken": "PageToken"
      }
    },
    "ListRecordHistoryOutput": {
      "type": "structure",
      "members": {
        "RecordDetails": "RecordDetails",
        "NextPageToken": "PageToken"
      }
    },
    "ListRecordHistorySearchFilter": {
      "type": "structure",
      "members": {
        "Key": "SearchFilterKey",
        "Value": "SearchFilterValue"
      }
    },
    "NotificationArns": {
      "type": "list",
      "member": "NotificationArn"
    },
    "OutputKeys": {
      "type": "list",
      "member": "OutputKey"
    },
    "ProductViewSummary": {
      "type": "structure",
      "members": {
        "Id": "Id",
        "ProductId": "Id",
        "Name": "ProductViewName",
        "Owner": "ProductViewOwner",
        "ShortDescription": "ProductViewShortDescription",
        "Type": "ProductType",
        "Distributor": "ProductViewDistributor",
        "HasDefaultPath": "HasDefaultPath",
        "SupportEmail": "SupportEmail",
        "SupportDescription": "SupportDescription",
        "SupportUrl": "SupportUrl"
      }
    },
    "ProvisionProductInput": {
      "type": "structure",
      "members": {
        "AcceptLanguage": "AcceptLanguage",
        "ProductId": "Id",
        "ProductName": "ProductViewName",
        "ProvisioningArtifactId": "Id",
        "ProvisioningArtifactName": "ProvisioningArtifactName",
        "PathId": "Id",
        "PathName": "PortfolioDisplayName",
        "ProvisionedProductName": "ProvisionedProductName",
        "ProvisioningParameters": "ProvisioningParameters",
        "ProvisioningPreferences": "ProvisioningPreferences",
        "Tags": "Tags",
        "NotificationArns": "NotificationArns",
        "ProvisionToken": "IdempotencyToken"
      }
    },
    "ProvisionProductOutput": {
      "type": "structure",
      "members": {
        "RecordDetail": "RecordDetail"
      }
    },
    "ProvisioningArtifact": {
      "type": "structure",
      "members": {
        "Id": "Id",
        "Name": "ProvisioningArtifactName",
        "Description": "ProvisioningArtifactDescription",
        "CreatedTime": "ProvisioningArtifactCreatedTime",
        "Guidance": "ProvisioningArtifactGuidance"
      }
    },
    "ProvisioningArtifactCreatedTime": {
      "type": "timestamp",
      "timestampFormat": "epoch-seconds"
    },
    "ProvisioningArtifacts": {
      "type": "list",
      "member": "ProvisioningArtifact"
    },
    "ProvisioningParameter": {
      "type": "structure",
      "members": {
        "Key": "ParameterKey",
        "Value": "ParameterValue"
      }
    },
    "ProvisioningParameters": {
      "type": "list",
      "member": "ProvisioningParameter"
    },
    "ProvisioningPreferences": {
      "type": "structure",
      "members": {
        "StackSetAccounts": "StackSetAccounts",
        "StackSetRegions": "StackSetRegions",
        "StackSetFailureToleranceCount": "StackSetFailureToleranceCount",
        "StackSetFailureTolerancePercentage": "StackSetFailureTolerancePercentage",
        "StackSetMaxConcurrencyCount": "StackSetMaxConcurrencyCount",
        "StackSetMaxConcurrencyPercentage": "StackSetMaxConcurrencyPercentage"
      }
    },
    "RecordDetail": {
      "type": "structure",
      "members": {
        "RecordId": "Id",
        "ProvisionedProductName": "ProvisionedProductName",
        "Status": "RecordStatus",
        "CreatedTime": "CreatedTime",
        "UpdatedTime": "UpdatedTime",
        "ProvisionedProductType": "ProvisionedProductType",
        "RecordType": "RecordType",
        "ProvisionedProductId": "Id",
        "ProductId": "Id",
        "ProvisioningArtifactId": "Id",
        "PathId": "Id",
        "RecordErrors": "RecordErrors",
        "RecordTags": "RecordTags",
        "LaunchRoleArn": "RoleArn"
      }
    },
    "RecordDetails": {
      "type": "list",
      "member": "RecordDetail"
    },
    "RecordError": {
      "type": "structure",
      "members": {
        "Code": "ErrorCode",
        "Description": "ErrorDescription"
      }
    },
    "RecordErrors": {
      "type": "list",
      "member": "RecordError"
    },
    "RecordOutput": {
      "type": "structure",
      "members": {
        "OutputKey": "OutputKey",
        "OutputValue": "OutputValue",
        "Description": "Description"
      }
    },
    "RecordOutputs": {
      "type": "list",
      "member": "RecordOutput"
    },
    "RecordTag": {
      "type": "structure",
      "members": {
        "Key": "RecordTagKey",
        "Value": "RecordTagValue"
      }
    },
    "RecordTags": {
      "type": "list",
      "member": "RecordTag"
    },
    "ResourceNotFoundException": {
      "type": "structure",
      "members": {
        "Message": "ErrorMessage"
      }
    },
    "StackSetAccounts": {
      "type": "list",
      "member": "AccountId"
    },
    "StackSetRegions": {
      "type": "list",
      "member": "Region"
    },
    "TerminateProvisionedProductInput": {
      "type": "structure",
      "members": {
        "ProvisionedProductName": "ProvisionedProductNameOrArn",
        "ProvisionedProductId": "Id",
        "TerminateToken": "IdempotencyToken",
        "IgnoreErrors": "IgnoreErrors",
        "AcceptLanguage": "AcceptLanguage",
        "RetainPhysicalResources": "RetainPhysicalResources"
      }
    },
    "TerminateProvisionedProductOutput": {
      "type": "structure",
      "members": {
        "RecordDetail": "RecordDetail"
      }
    },
    "UpdateProvisionedProductInput": {
      "type": "structure",
      "members": {
        "AcceptLanguage": "AcceptLanguage",
        "ProvisionedProductName": "ProvisionedProductNameOrArn",
        "ProvisionedProductId": "Id",
        "ProductId": "Id",
        "ProductName": "ProductViewName",
        "ProvisioningArtifactId": "Id",
        "ProvisioningArtifactName": "ProvisioningArtifactName",
        "PathId": "Id",
        "PathName": "PortfolioDisplayName",
        "ProvisioningParameters": "UpdateProvisioningParameters",
        "ProvisioningPreferences": "UpdateProvisioningPreferences",
        "Tags": "Tags",
        "UpdateToken": "IdempotencyToken"
      }
    },
    "UpdateProvisionedProductOutput": {
      "type": "structure",
      "members": {
        "RecordDetail": "RecordDetail"
      }
    },
    "UpdateProvisioningParameter": {
      "type": "structure",
      "members": {
        "Key": "ParameterKey",
        "Value": "ParameterValue",
        "UsePreviousValue": "UsePreviousValue"
      }
    },
    "UpdateProvisioningParameters": {
      "type": "list",
      "member": "UpdateProvisioningParameter"
    },
    "UpdateProvisioningPreferences": {
      "type": "structure",
      "members": {
        "StackSetAccounts": "StackSetAccounts",
        "StackSetRegions": "StackSetRegions",
        "StackSetFailureToleranceCount": "StackSetFailureToleranceCount",
        "StackSetFailureTolerancePercentage": "StackSetFailureTolerancePercentage",
        "StackSetMaxConcurrencyCount": "StackSetMaxConcurrencyCount",
        "StackSetMaxConcurrencyPercentage": "StackSetMaxConcurrencyPercentage",
        "StackSetOperationType": "StackSetOperationType"
      }
    },
    "UpdatedTime": {
      "type": "timestamp",
      "timestampFormat": "epoch-seconds"
    }
  }
} as const satisfies WireTables;
