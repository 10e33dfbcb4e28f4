/**
 * Generated from spec/servicecatalog.json by `pnpm generate`. Do not edit.
 */
import type { ServiceTables } from "@svccat/model";

/** What the client's protocol, paginators and endpoint read of the spec: the runtime tables without constraints. */
export const wireTables = {
  "service": {
    "shapeId": "com.amazonaws.servicecatalog#AWS242ServiceCatalogService",
    "namespace": "com.amazonaws.servicecatalog",
    "name": "AWS242ServiceCatalogService",
    "version": "2015-12-10",
    "title": "AWS Service Catalog",
    "sdkId": "Service Catalog",
    "protocol": "awsJson1_1",
    "contentType": "application/x-amz-json-1.1",
    "signingName": "servicecatalog",
    "endpointPrefix": "servicecatalog",
    "arnNamespace": "servicecatalog"
  },
  "operations": {
    "ScanProvisionedProducts": {
      "name": "ScanProvisionedProducts",
      "target": "AWS242ServiceCatalogService.ScanProvisionedProducts",
      "input": "ScanProvisionedProductsInput",
      "output": "ScanProvisionedProductsOutput",
      "errors": [
        "InvalidParametersException"
      ],
      "paginated": {
        "inputToken": "PageToken",
        "outputToken": "NextPageToken",
        "pageSize": "PageSize",
        "items": "ProvisionedProducts",
        "order": "CreatedTime"
      }
    },
    "SearchProvisionedProducts": {
      "name": "SearchProvisionedProducts",
      "target": "AWS242ServiceCatalogService.SearchProvisionedProducts",
      "input": "SearchProvisionedProductsInput",
      "output": "SearchProvisionedProductsOutput",
      "errors": [
        "InvalidParametersException"
      ],
      "paginated": {
        "inputToken": "PageToken",
        "outputToken": "NextPageToken",
        "pageSize": "PageSize",
        "items": "ProvisionedProducts",
        "order": "CreatedTime"
      }
    }
  },
  "errors": {
    "InvalidParametersException": {
      "shape": "InvalidParametersException",
      "fault": "client",
      "httpStatus": 400
    }
  },
  "shapes": {
    "ScanProvisionedProductsInput": {
      "type": "structure",
      "members": {
        "AcceptLanguage": {
          "target": "AcceptLanguage",
          "required": false
        },
        "AccessLevelFilter": {
          "target": "AccessLevelFilter",
          "required": false
        },
        "PageSize": {
          "target": "PageSize",
          "required": false
        },
        "PageToken": {
          "target": "PageToken",
          "required": false
        }
      }
    },
    "ScanProvisionedProductsOutput": {
      "type": "structure",
      "members": {
        "ProvisionedProducts": {
          "target": "ProvisionedProductDetails",
          "required": false
        },
        "NextPageToken": {
          "target": "PageToken",
          "required": false
        }
      }
    },
    "SearchProvisionedProductsInput": {
      "type": "structure",
      "members": {
        "AcceptLanguage": {
          "target": "AcceptLanguage",
          "required": false
        },
        "AccessLevelFilter": {
          "target": "AccessLevelFilter",
          "required": false
        },
        "Filters": {
          "target": "ProvisionedProductFilters",
          "required": false
        },
        "SortBy": {
          "target": "SortField",
          "required": false
        },
        "SortOrder": {
          "target": "SortOrder",
          "required": false
        },
        "PageSize": {
          "target": "SearchProvisionedProductsPageSize",
          "required": false
        },
        "PageToken": {
          "target": "PageToken",
          "required": false
        }
      }
    },
    "SearchProvisionedProductsOutput": {
      "type": "structure",
      "members": {
        "ProvisionedProducts": {
          "target": "ProvisionedProductAttributes",
          "required": false
        },
        "TotalResultsCount": {
          "target": "TotalResultsCount",
          "required": false
        },
        "NextPageToken": {
          "target": "PageToken",
          "required": false
        }
      }
    },
    "InvalidParametersException": {
      "type": "structure",
      "members": {
        "Message": {
          "target": "ErrorMessage",
          "required": false
        }
      },
      "error": "client"
    },
    "AccessLevelFilter": {
      "type": "structure",
      "members": {
        "Key": {
          "target": "AccessLevelFilterKey",
          "required": false
        },
        "Value": {
          "target": "AccessLevelFilterValue",
          "required": false
        }
      }
    },
    "AccessLevelFilterKey": {
      "type": "enum",
      "values": [
        {
          "name": "ACCOUNT",
          "value": "Account"
        },
        {
          "name": "ROLE",
          "value": "Role"
        },
        {
          "name": "USER",
          "value": "User"
        }
      ]
    },
    "AccessLevelFilterValue": {
      "type": "string"
    },
    "AcceptLanguage": {
      "type": "string"
    },
    "PageSize": {
      "type": "integer"
    },
    "SearchProvisionedProductsPageSize": {
      "type": "integer"
    },
    "PageToken": {
      "type": "string"
    },
    "TotalResultsCount": {
      "type": "integer"
    },
    "ProvisionedProductFilters": {
      "type": "map",
      "key": {
        "target": "ProvisionedProductViewFilterBy"
      },
      "value": {
        "target": "ProvisionedProductViewFilterValues"
      }
    },
    "ProvisionedProductViewFilterBy": {
      "type": "enum",
      "values": [
        {
          "name": "SearchQuery",
          "value": "SearchQuery"
        }
      ]
    },
    "ProvisionedProductViewFilterValues": {
      "type": "list",
      "member": {
        "target": "ProvisionedProductViewFilterValue"
      }
    },
    "ProvisionedProductViewFilterValue": {
      "type": "string"
    },
    "SortField": {
      "type": "string"
    },
    "SortOrder": {
      "type": "enum",
      "values": [
        {
          "name": "ASCENDING",
          "value": "ASCENDING"
        },
        {
          "name": "DESCENDING",
          "value": "DESCENDING"
        }
      ]
    },
    "ProvisionedProductDetails": {
      "type": "list",
      "member": {
        "target": "ProvisionedProductDetail"
      }
    },
    "ProvisionedProductDetail": {
      "type": "structure",
      "members": {
        "Name": {
          "target": "ProvisionedProductNameOrArn",
          "required": false
        },
        "Arn": {
          "target": "ProvisionedProductNameOrArn",
          "required": false
        },
        "Type": {
          "target": "ProvisionedProductType",
          "required": false
        },
        "Id": {
          "target": "ProvisionedProductId",
          "required": false
        },
        "Status": {
          "target": "ProvisionedProductStatus",
          "required": false
        },
        "StatusMessage": {
          "target": "ProvisionedProductStatusMessage",
          "required": false
        },
        "CreatedTime": {
          "target": "CreatedTime",
          "required": false,
          "timestampFormat": "epoch-seconds"
        },
        "IdempotencyToken": {
          "target": "IdempotencyToken",
          "required": false
        },
        "LastRecordId": {
          "target": "LastRequestId",
          "required": false
        },
        "LastProvisioningRecordId": {
          "target": "Id",
          "required": false
        },
        "LastSuccessfulProvisioningRecordId": {
          "target": "Id",
          "required": false
        },
        "ProductId": {
          "target": "Id",
          "required": false
        },
        "ProvisioningArtifactId": {
          "target": "Id",
          "required": false
        },
        "LaunchRoleArn": {
          "target": "RoleArn",
          "required": false
        }
      }
    },
    "ProvisionedProductAttributes": {
      "type": "list",
      "member": {
        "target": "ProvisionedProductAttribute"
      }
    },
    "ProvisionedProductAttribute": {
      "type": "structure",
      "members": {
        "Name": {
          "target": "ProvisionedProductNameOrArn",
          "required": false
        },
        "Arn": {
          "target": "ProvisionedProductNameOrArn",
          "required": false
        },
        "Type": {
          "target": "ProvisionedProductType",
          "required": false
        },
        "Id": {
          "target": "Id",
          "required": false
        },
        "Status": {
          "target": "ProvisionedProductStatus",
          "required": false
        },
        "StatusMessage": {
          "target": "ProvisionedProductStatusMessage",
          "required": false
        },
        "CreatedTime": {
          "target": "CreatedTime",
          "required": false,
          "timestampFormat": "epoch-seconds"
        },
        "IdempotencyToken": {
          "target": "IdempotencyToken",
          "required": false
        },
        "LastRecordId": {
          "target": "Id",
          "required": false
        },
        "LastProvisioningRecordId": {
          "target": "Id",
          "required": false
        },
        "LastSuccessfulProvisioningRecordId": {
          "target": "Id",
          "required": false
        },
        "Tags": {
          "target": "Tags",
          "required": false
        },
        "PhysicalId": {
          "target": "PhysicalId",
          "required": false
        },
        "ProductId": {
          "target": "Id",
          "required": false
        },
        "ProductName": {
          "target": "ProductViewName",
          "required": false
        },
        "ProvisioningArtifactId": {
          "target": "Id",
          "required": false
        },
        "ProvisioningArtifactName": {
          "target": "ProvisioningArtifactName",
          "required": false
        },
        "UserArn": {
          "target": "UserArn",
          "required": false
        },
        "UserArnSession": {
          "target": "UserArnSession",
          "required": false
        }
      }
    },
    "ProvisionedProductNameOrArn": {
      "type": "string"
    },
    "ProvisionedProductType": {
      "type": "string"
    },
    "ProvisionedProductId": {
      "type": "string"
    },
    "ProvisionedProductStatus": {
      "type": "enum",
      "values": [
        {
          "name": "AVAILABLE",
          "value": "AVAILABLE"
        },
        {
          "name": "UNDER_CHANGE",
          "value": "UNDER_CHANGE"
        },
        {
          "name": "TAINTED",
          "value": "TAINTED"
        },
        {
          "name": "ERROR",
          "value": "ERROR"
        },
        {
          "name": "PLAN_IN_PROGRESS",
          "value": "PLAN_IN_PROGRESS"
        }
      ]
    },
    "ProvisionedProductStatusMessage": {
      "type": "string"
    },
    "CreatedTime": {
      "type": "timestamp",
      "timestampFormat": "epoch-seconds"
    },
    "IdempotencyToken": {
      "type": "string"
    },
    "LastRequestId": {
      "type": "string"
    },
    "Id": {
      "type": "string"
    },
    "RoleArn": {
      "type": "string"
    },
    "Tags": {
      "type": "list",
      "member": {
        "target": "Tag"
      }
    },
    "Tag": {
      "type": "structure",
      "members": {
        "Key": {
          "target": "TagKey",
          "required": true
        },
        "Value": {
          "target": "TagValue",
          "required": true
        }
      }
    },
    "TagKey": {
      "type": "string"
    },
    "TagValue": {
      "type": "string"
    },
    "PhysicalId": {
      "type": "string"
    },
    "ProductViewName": {
      "type": "string"
    },
    "ProvisioningArtifactName": {
      "type": "string"
    },
    "UserArn": {
      "type": "string"
    },
    "UserArnSession": {
      "type": "string"
    },
    "ErrorMessage": {
      "type": "string"
    }
  }
} as const satisfies ServiceTables;
