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
    }
  }
} as const satisfies WireTables;
