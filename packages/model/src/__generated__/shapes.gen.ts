/**
 * Generated from spec/servicecatalog.json by `pnpm generate`. Do not edit.
 */

import type { ServiceTables } from "../tables.js";

/** Every fact about the service that the client, the fake and the conformance suite read at run time. */
export const serviceTables = {
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
      },
      "query": {
        "filterKey": "SearchQuery",
        "fields": {
          "arn": "Arn",
          "createdTime": "CreatedTime",
          "id": "Id",
          "lastRecordId": "LastRecordId",
          "idempotencyToken": "IdempotencyToken",
          "name": "Name",
          "physicalId": "PhysicalId",
          "productId": "ProductId",
          "provisioningArtifactId": "ProvisioningArtifactId",
          "provisioningArtifact": "ProvisioningArtifactId",
          "type": "Type",
          "status": "Status",
          "tags": "Tags",
          "userArn": "UserArn",
          "userArnSession": "UserArnSession",
          "lastProvisioningRecordId": "LastProvisioningRecordId",
          "lastSuccessfulProvisioningRecordId": "LastSuccessfulProvisioningRecordId",
          "productName": "ProductName",
          "provisioningArtifactName": "ProvisioningArtifactName"
        },
        "sortFields": {
          "arn": "Arn",
          "id": "Id",
          "name": "Name",
          "lastRecordId": "LastRecordId",
          "createdTime": "CreatedTime"
        },
        "totalCount": "TotalResultsCount"
      }
    },
    "DescribeProduct": {
      "name": "DescribeProduct",
      "target": "AWS242ServiceCatalogService.DescribeProduct",
      "input": "DescribeProductInput",
      "output": "DescribeProductOutput",
      "errors": [
        "InvalidParametersException",
        "ResourceNotFoundException"
      ],
      "paginated": null
    },
    "DescribeProvisionedProduct": {
      "name": "DescribeProvisionedProduct",
      "target": "AWS242ServiceCatalogService.DescribeProvisionedProduct",
      "input": "DescribeProvisionedProductInput",
      "output": "DescribeProvisionedProductOutput",
      "errors": [
        "InvalidParametersException",
        "ResourceNotFoundException"
      ],
      "paginated": null
    },
    "DescribeRecord": {
      "name": "DescribeRecord",
      "target": "AWS242ServiceCatalogService.DescribeRecord",
      "input": "DescribeRecordInput",
      "output": "DescribeRecordOutput",
      "errors": [
        "ResourceNotFoundException"
      ],
      "paginated": {
        "inputToken": "PageToken",
        "outputToken": "NextPageToken",
        "pageSize": "PageSize",
        "items": "RecordOutputs"
      }
    },
    "GetProvisionedProductOutputs": {
      "name": "GetProvisionedProductOutputs",
      "target": "AWS242ServiceCatalogService.GetProvisionedProductOutputs",
      "input": "GetProvisionedProductOutputsInput",
      "output": "GetProvisionedProductOutputsOutput",
      "errors": [
        "InvalidParametersException",
        "ResourceNotFoundException"
      ],
      "paginated": {
        "inputToken": "PageToken",
        "outputToken": "NextPageToken",
        "pageSize": "PageSize",
        "items": "Outputs"
      }
    },
    "ListLaunchPaths": {
      "name": "ListLaunchPaths",
      "target": "AWS242ServiceCatalogService.ListLaunchPaths",
      "input": "ListLaunchPathsInput",
      "output": "ListLaunchPathsOutput",
      "errors": [
        "InvalidParametersException",
        "ResourceNotFoundException"
      ],
      "paginated": {
        "inputToken": "PageToken",
        "outputToken": "NextPageToken",
        "pageSize": "PageSize",
        "items": "LaunchPathSummaries"
      }
    },
    "ListRecordHistory": {
      "name": "ListRecordHistory",
      "target": "AWS242ServiceCatalogService.ListRecordHistory",
      "input": "ListRecordHistoryInput",
      "output": "ListRecordHistoryOutput",
      "errors": [
        "InvalidParametersException"
      ],
      "paginated": {
        "inputToken": "PageToken",
        "outputToken": "NextPageToken",
        "pageSize": "PageSize",
        "items": "RecordDetails"
      }
    },
    "ProvisionProduct": {
      "name": "ProvisionProduct",
      "target": "AWS242ServiceCatalogService.ProvisionProduct",
      "input": "ProvisionProductInput",
      "output": "ProvisionProductOutput",
      "errors": [
        "DuplicateResourceException",
        "InvalidParametersException",
        "ResourceNotFoundException"
      ],
      "paginated": null,
      "idempotencyToken": "ProvisionToken"
    },
    "TerminateProvisionedProduct": {
      "name": "TerminateProvisionedProduct",
      "target": "AWS242ServiceCatalogService.TerminateProvisionedProduct",
      "input": "TerminateProvisionedProductInput",
      "output": "TerminateProvisionedProductOutput",
      "errors": [
        "ResourceNotFoundException"
      ],
      "paginated": null,
      "idempotencyToken": "TerminateToken"
    },
    "UpdateProvisionedProduct": {
      "name": "UpdateProvisionedProduct",
      "target": "AWS242ServiceCatalogService.UpdateProvisionedProduct",
      "input": "UpdateProvisionedProductInput",
      "output": "UpdateProvisionedProductOutput",
      "errors": [
        "InvalidParametersException",
        "ResourceNotFoundException"
      ],
      "paginated": null,
      "idempotencyToken": "UpdateToken"
    }
  },
  "errors": {
    "InvalidParametersException": {
      "shape": "InvalidParametersException",
      "fault": "client",
      "httpStatus": 400
    },
    "DuplicateResourceException": {
      "shape": "DuplicateResourceException",
      "fault": "client",
      "httpStatus": 400
    },
    "ResourceNotFoundException": {
      "shape": "ResourceNotFoundException",
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
          "required": false,
          "length": {
            "min": 0,
            "max": 100
          }
        },
        "AccessLevelFilter": {
          "target": "AccessLevelFilter",
          "required": false
        },
        "PageSize": {
          "target": "PageSize",
          "required": false,
          "default": 0,
          "range": {
            "min": 0,
            "max": 20
          }
        },
        "PageToken": {
          "target": "PageToken",
          "required": false,
          "length": {
            "min": 0,
            "max": 2024
          },
          "pattern": "^[\\u0009\\u000a\\u000d\\u0020-\\uD7FF\\uE000-\\uFFFD]*$"
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
          "required": false,
          "length": {
            "min": 0,
            "max": 2024
          },
          "pattern": "^[\\u0009\\u000a\\u000d\\u0020-\\uD7FF\\uE000-\\uFFFD]*$"
        }
      }
    },
    "SearchProvisionedProductsInput": {
      "type": "structure",
      "members": {
        "AcceptLanguage": {
          "target": "AcceptLanguage",
          "required": false,
          "length": {
            "min": 0,
            "max": 100
          }
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
          "required": false,
          "enum": [
            "ASCENDING",
            "DESCENDING"
          ]
        },
        "PageSize": {
          "target": "SearchProvisionedProductsPageSize",
          "required": false,
          "default": 0,
          "range": {
            "min": 0,
            "max": 100
          }
        },
        "PageToken": {
          "target": "PageToken",
          "required": false,
          "length": {
            "min": 0,
            "max": 2024
          },
          "pattern": "^[\\u0009\\u000a\\u000d\\u0020-\\uD7FF\\uE000-\\uFFFD]*$"
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
          "required": false,
          "default": 0
        },
        "NextPageToken": {
          "target": "PageToken",
          "required": false,
          "length": {
            "min": 0,
            "max": 2024
          },
          "pattern": "^[\\u0009\\u000a\\u000d\\u0020-\\uD7FF\\uE000-\\uFFFD]*$"
        }
      }
    },
    "InvalidParametersException": {
      "type": "structure",
      "members": {
        "Message": {
          "target": "ErrorMessage",
          "required": false,
          "length": {
            "min": 1,
            "max": 1024
          }
        }
      },
      "error": "client"
    },
    "AccessLevelFilter": {
      "type": "structure",
      "members": {
        "Key": {
          "target": "AccessLevelFilterKey",
          "required": false,
          "enum": [
            "Account",
            "Role",
            "User"
          ]
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
      "type": "string",
      "length": {
        "min": 0,
        "max": 100
      }
    },
    "PageSize": {
      "type": "integer",
      "range": {
        "min": 0,
        "max": 20
      },
      "default": 0
    },
    "SearchProvisionedProductsPageSize": {
      "type": "integer",
      "range": {
        "min": 0,
        "max": 100
      },
      "default": 0
    },
    "PageToken": {
      "type": "string",
      "length": {
        "min": 0,
        "max": 2024
      },
      "pattern": "^[\\u0009\\u000a\\u000d\\u0020-\\uD7FF\\uE000-\\uFFFD]*$"
    },
    "TotalResultsCount": {
      "type": "integer",
      "default": 0
    },
    "ProvisionedProductFilters": {
      "type": "map",
      "key": {
        "target": "ProvisionedProductViewFilterBy",
        "enum": [
          "SearchQuery"
        ]
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
          "required": false,
          "length": {
            "min": 1,
            "max": 1224
          },
          "pattern": "^[a-zA-Z0-9][a-zA-Z0-9._-]{0,127}|arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}$"
        },
        "Arn": {
          "target": "ProvisionedProductNameOrArn",
          "required": false,
          "length": {
            "min": 1,
            "max": 1224
          },
          "pattern": "^[a-zA-Z0-9][a-zA-Z0-9._-]{0,127}|arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}$",
          "arn": {
            "services": [
              "servicecatalog"
            ],
            "regional": true,
            "resource": "stack/{Name}/{Id}"
          }
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
          "required": false,
          "enum": [
            "AVAILABLE",
            "UNDER_CHANGE",
            "TAINTED",
            "ERROR",
            "PLAN_IN_PROGRESS"
          ]
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
          "required": false,
          "length": {
            "min": 1,
            "max": 128
          },
          "pattern": "^[a-zA-Z0-9][a-zA-Z0-9_-]*$"
        },
        "LastRecordId": {
          "target": "LastRequestId",
          "required": false
        },
        "LastProvisioningRecordId": {
          "target": "Id",
          "required": false,
          "length": {
            "min": 1,
            "max": 100
          },
          "pattern": "^[a-zA-Z0-9_\\-]*$"
        },
        "LastSuccessfulProvisioningRecordId": {
          "target": "Id",
          "required": false,
          "length": {
            "min": 1,
            "max": 100
          },
          "pattern": "^[a-zA-Z0-9_\\-]*$"
        },
        "ProductId": {
          "target": "Id",
          "required": false,
          "length": {
            "min": 1,
            "max": 100
          },
          "pattern": "^[a-zA-Z0-9_\\-]*$"
        },
        "ProvisioningArtifactId": {
          "target": "Id",
          "required": false,
          "length": {
            "min": 1,
            "max": 100
          },
          "pattern": "^[a-zA-Z0-9_\\-]*$"
        },
        "LaunchRoleArn": {
          "target": "RoleArn",
          "required": false,
          "length": {
            "min": 1,
            "max": 1224
          },
          "pattern": "^arn:[a-z0-9-\\.]{1,63}:iam::[a-z0-9-\\.]{0,63}:role\\/.{0,1023}$",
          "arn": {
            "services": [
              "iam"
            ],
            "regional": false,
            "resource": "role/*"
          }
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
          "required": false,
          "length": {
            "min": 1,
            "max": 1224
          },
          "pattern": "^[a-zA-Z0-9][a-zA-Z0-9._-]{0,127}|arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}$"
        },
        "Arn": {
          "target": "ProvisionedProductNameOrArn",
          "required": false,
          "length": {
            "min": 1,
            "max": 1224
          },
          "pattern": "^[a-zA-Z0-9][a-zA-Z0-9._-]{0,127}|arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}$",
          "arn": {
            "services": [
              "servicecatalog"
            ],
            "regional": true,
            "resource": "stack/{Name}/{Id}"
          }
        },
        "Type": {
          "target": "ProvisionedProductType",
          "required": false
        },
        "Id": {
          "target": "Id",
          "required": false,
          "length": {
            "min": 1,
            "max": 100
          },
          "pattern": "^[a-zA-Z0-9_\\-]*$"
        },
        "Status": {
          "target": "ProvisionedProductStatus",
          "required": false,
          "enum": [
            "AVAILABLE",
            "UNDER_CHANGE",
            "TAINTED",
            "ERROR",
            "PLAN_IN_PROGRESS"
          ]
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
          "required": false,
          "length": {
            "min": 1,
            "max": 128
          },
          "pattern": "^[a-zA-Z0-9][a-zA-Z0-9_-]*$"
        },
        "LastRecordId": {
          "target": "Id",
          "required": false,
          "length": {
            "min": 1,
            "max": 100
          },
          "pattern": "^[a-zA-Z0-9_\\-]*$"
        },
        "LastProvisioningRecordId": {
          "target": "Id",
          "required": false,
          "length": {
            "min": 1,
            "max": 100
          },
          "pattern": "^[a-zA-Z0-9_\\-]*$"
        },
        "LastSuccessfulProvisioningRecordId": {
          "target": "Id",
          "required": false,
          "length": {
            "min": 1,
            "max": 100
          },
          "pattern": "^[a-zA-Z0-9_\\-]*$"
        },
        "Tags": {
          "target": "Tags",
          "required": false,
          "length": {
            "min": 0,
            "max": 50
          }
        },
        "PhysicalId": {
          "target": "PhysicalId",
          "required": false
        },
        "ProductId": {
          "target": "Id",
          "required": false,
          "length": {
            "min": 1,
            "max": 100
          },
          "pattern": "^[a-zA-Z0-9_\\-]*$"
        },
        "ProductName": {
          "target": "ProductViewName",
          "required": false,
          "length": {
            "min": 0,
            "max": 8191
          }
        },
        "ProvisioningArtifactId": {
          "target": "Id",
          "required": false,
          "length": {
            "min": 1,
            "max": 100
          },
          "pattern": "^[a-zA-Z0-9_\\-]*$"
        },
        "ProvisioningArtifactName": {
          "target": "ProvisioningArtifactName",
          "required": false,
          "length": {
            "min": 0,
            "max": 8192
          }
        },
        "UserArn": {
          "target": "UserArn",
          "required": false,
          "arn": {
            "services": [
              "iam",
              "sts"
            ],
            "regional": false,
            "resource": "*"
          }
        },
        "UserArnSession": {
          "target": "UserArnSession",
          "required": false,
          "arn": {
            "services": [
              "iam",
              "sts"
            ],
            "regional": false,
            "resource": "*"
          }
        }
      }
    },
    "ProvisionedProductNameOrArn": {
      "type": "string",
      "length": {
        "min": 1,
        "max": 1224
      },
      "pattern": "^[a-zA-Z0-9][a-zA-Z0-9._-]{0,127}|arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}$"
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
      "type": "string",
      "length": {
        "min": 1,
        "max": 128
      },
      "pattern": "^[a-zA-Z0-9][a-zA-Z0-9_-]*$"
    },
    "LastRequestId": {
      "type": "string"
    },
    "Id": {
      "type": "string",
      "length": {
        "min": 1,
        "max": 100
      },
      "pattern": "^[a-zA-Z0-9_\\-]*$"
    },
    "RoleArn": {
      "type": "string",
      "length": {
        "min": 1,
        "max": 1224
      },
      "pattern": "^arn:[a-z0-9-\\.]{1,63}:iam::[a-z0-9-\\.]{0,63}:role\\/.{0,1023}$"
    },
    "Tags": {
      "type": "list",
      "member": {
        "target": "Tag"
      },
      "length": {
        "min": 0,
        "max": 50
      }
    },
    "Tag": {
      "type": "structure",
      "members": {
        "Key": {
          "target": "TagKey",
          "required": true,
          "length": {
            "min": 1,
            "max": 128
          },
          "pattern": "^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"
        },
        "Value": {
          "target": "TagValue",
          "required": true,
          "length": {
            "min": 1,
            "max": 256
          },
          "pattern": "^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"
        }
      }
    },
    "TagKey": {
      "type": "string",
      "length": {
        "min": 1,
        "max": 128
      },
      "pattern": "^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"
    },
    "TagValue": {
      "type": "string",
      "length": {
        "min": 1,
        "max": 256
      },
      "pattern": "^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"
    },
    "PhysicalId": {
      "type": "string"
    },
    "ProductViewName": {
      "type": "string",
      "length": {
        "min": 0,
        "max": 8191
      }
    },
    "ProvisioningArtifactName": {
      "type": "string",
      "length": {
        "min": 0,
        "max": 8192
      }
    },
    "UserArn": {
      "type": "string"
    },
    "UserArnSession": {
      "type": "string"
    },
    "ErrorMessage": {
      "type": "string",
      "length": {
        "min": 1,
        "max": 1024
      }
    },
    "AccountId": {
      "type": "string",
      "pattern": "^[0-9]{12}$"
    },
    "BudgetDetail": {
      "type": "structure",
      "members": {
        "BudgetName": {
          "target": "BudgetName",
          "required": false,
          "length": {
            "min": 1,
            "max": 100
          }
        }
      }
    },
    "BudgetName": {
      "type": "string",
      "length": {
        "min": 1,
        "max": 100
      }
    },
    "Budgets": {
      "type": "list",
      "member": {
        "target": "BudgetDetail"
      }
    },
    "CloudWatchDashboard": {
      "type": "structure",
      "members": {
        "Name": {
          "target": "CloudWatchDashboardName",
          "required": false
        }
      }
    },
    "CloudWatchDashboardName": {
      "type": "string"
    },
    "CloudWatchDashboards": {
      "type": "list",
      "member": {
        "target": "CloudWatchDashboard"
      }
    },
    "ConstraintDescription": {
      "type": "string",
      "length": {
        "min": 0,
        "max": 2000
      }
    },
    "ConstraintSummaries": {
      "type": "list",
      "member": {
        "target": "ConstraintSummary"
      }
    },
    "ConstraintSummary": {
      "type": "structure",
      "members": {
        "Type": {
          "target": "ConstraintType",
          "required": false,
          "length": {
            "min": 1,
            "max": 1024
          }
        },
        "Description": {
          "target": "ConstraintDescription",
          "required": false,
          "length": {
            "min": 0,
            "max": 2000
          }
        }
      }
    },
    "ConstraintType": {
      "type": "string",
      "length": {
        "min": 1,
        "max": 1024
      }
    },
    "DescribeProductInput": {
      "type": "structure",
      "members": {
        "AcceptLanguage": {
          "target": "AcceptLanguage",
          "required": false,
          "length": {
            "min": 0,
            "max": 100
          }
        },
        "Id": {
          "target": "Id",
          "required": false,
          "length": {
            "min": 1,
            "max": 100
          },
          "pattern": "^[a-zA-Z0-9_\\-]*$"
        },
        "Name": {
          "target": "ProductViewName",
          "required": false,
          "length": {
            "min": 0,
            "max": 8191
          }
        }
      }
    },
    "DescribeProductOutput": {
      "type": "structure",
      "members": {
        "ProductViewSummary": {
          "target": "ProductViewSummary",
          "required": false
        },
        "ProvisioningArtifacts": {
          "target": "ProvisioningArtifacts",
          "required": false
        },
        "Budgets": {
          "target": "Budgets",
          "required": false
        },
        "LaunchPaths": {
          "target": "LaunchPaths",
          "required": false
        }
      }
    },
    "DescribeProvisionedProductInput": {
      "type": "structure",
      "members": {
        "AcceptLanguage": {
          "target": "AcceptLanguage",
          "required": false,
          "length": {
            "min": 0,
            "max": 100
          }
        },
        "Id": {
          "target": "Id",
          "required": false,
          "length": {
            "min": 1,
            "max": 100
          },
          "pattern": "^[a-zA-Z0-9_\\-]*$"
        },
        "Name": {
          "target": "ProvisionedProductName",
          "required": false,
          "length": {
            "min": 1,
            "max": 128
          },
          "pattern": "^[a-zA-Z0-9][a-zA-Z0-9._-]*$"
        }
      }
    },
    "DescribeProvisionedProductOutput": {
      "type": "structure",
      "members": {
        "ProvisionedProductDetail": {
          "target": "ProvisionedProductDetail",
          "required": false
        },
        "CloudWatchDashboards": {
          "target": "CloudWatchDashboards",
          "required": false
        }
      }
    },
    "DescribeRecordInput": {
      "type": "structure",
      "members": {
        "AcceptLanguage": {
          "target": "AcceptLanguage",
          "required": false,
          "length": {
            "min": 0,
            "max": 100
          }
        },
        "Id": {
          "target": "Id",
          "required": true,
          "length": {
            "min": 1,
            "max": 100
          },
          "pattern": "^[a-zA-Z0-9_\\-]*$"
        },
        "PageToken": {
          "target": "PageToken",
          "required": false,
          "length": {
            "min": 0,
            "max": 2024
          },
          "pattern": "^[\\u0009\\u000a\\u000d\\u0020-\\uD7FF\\uE000-\\uFFFD]*$"
        },
        "PageSize": {
          "target": "PageSize",
          "required": false,
          "default": 0,
          "range": {
            "min": 0,
            "max": 20
          }
        }
      }
    },
    "DescribeRecordOutput": {
      "type": "structure",
      "members": {
        "RecordDetail": {
          "target": "RecordDetail",
          "required": false
        },
        "RecordOutputs": {
          "target": "RecordOutputs",
          "required": false
        },
        "NextPageToken": {
          "target": "PageToken",
          "required": false,
          "length": {
            "min": 0,
            "max": 2024
          },
          "pattern": "^[\\u0009\\u000a\\u000d\\u0020-\\uD7FF\\uE000-\\uFFFD]*$"
        }
      }
    },
    "Description": {
      "type": "string"
    },
    "DuplicateResourceException": {
      "type": "structure",
      "members": {
        "Message": {
          "target": "ErrorMessage",
          "required": false,
          "length": {
            "min": 1,
            "max": 1024
          }
        }
      },
      "error": "client"
    },
    "ErrorCode": {
      "type": "string"
    },
    "ErrorDescription": {
      "type": "string"
    },
    "GetProvisionedProductOutputsInput": {
      "type": "structure",
      "members": {
        "AcceptLanguage": {
          "target": "AcceptLanguage",
          "required": false,
          "length": {
            "min": 0,
            "max": 100
          }
        },
        "ProvisionedProductId": {
          "target": "Id",
          "required": false,
          "length": {
            "min": 1,
            "max": 100
          },
          "pattern": "^[a-zA-Z0-9_\\-]*$"
        },
        "ProvisionedProductName": {
          "target": "ProvisionedProductName",
          "required": false,
          "length": {
            "min": 1,
            "max": 128
          },
          "pattern": "^[a-zA-Z0-9][a-zA-Z0-9._-]*$"
        },
        "OutputKeys": {
          "target": "OutputKeys",
          "required": false,
          "length": {
            "min": 0,
            "max": 60
          }
        },
        "PageSize": {
          "target": "PageSize",
          "required": false,
          "default": 0,
          "range": {
            "min": 0,
            "max": 20
          }
        },
        "PageToken": {
          "target": "PageToken",
          "required": false,
          "length": {
            "min": 0,
            "max": 2024
          },
          "pattern": "^[\\u0009\\u000a\\u000d\\u0020-\\uD7FF\\uE000-\\uFFFD]*$"
        }
      }
    },
    "GetProvisionedProductOutputsOutput": {
      "type": "structure",
      "members": {
        "Outputs": {
          "target": "RecordOutputs",
          "required": false
        },
        "NextPageToken": {
          "target": "PageToken",
          "required": false,
          "length": {
            "min": 0,
            "max": 2024
          },
          "pattern": "^[\\u0009\\u000a\\u000d\\u0020-\\uD7FF\\uE000-\\uFFFD]*$"
        }
      }
    },
    "HasDefaultPath": {
      "type": "boolean",
      "default": false
    },
    "IgnoreErrors": {
      "type": "boolean",
      "default": false
    },
    "LaunchPath": {
      "type": "structure",
      "members": {
        "Id": {
          "target": "Id",
          "required": false,
          "length": {
            "min": 1,
            "max": 100
          },
          "pattern": "^[a-zA-Z0-9_\\-]*$"
        },
        "Name": {
          "target": "PortfolioName",
          "required": false
        }
      }
    },
    "LaunchPathSummaries": {
      "type": "list",
      "member": {
        "target": "LaunchPathSummary"
      }
    },
    "LaunchPathSummary": {
      "type": "structure",
      "members": {
        "Id": {
          "target": "Id",
          "required": false,
          "length": {
            "min": 1,
            "max": 100
          },
          "pattern": "^[a-zA-Z0-9_\\-]*$"
        },
        "ConstraintSummaries": {
          "target": "ConstraintSummaries",
          "required": false
        },
        "Tags": {
          "target": "Tags",
          "required": false,
          "length": {
            "min": 0,
            "max": 50
          }
        },
        "Name": {
          "target": "PortfolioName",
          "required": false
        }
      }
    },
    "LaunchPaths": {
      "type": "list",
      "member": {
        "target": "LaunchPath"
      }
    },
    "ListLaunchPathsInput": {
      "type": "structure",
      "members": {
        "AcceptLanguage": {
          "target": "AcceptLanguage",
          "required": false,
          "length": {
            "min": 0,
            "max": 100
          }
        },
        "ProductId": {
          "target": "Id",
          "required": true,
          "length": {
            "min": 1,
            "max": 100
          },
          "pattern": "^[a-zA-Z0-9_\\-]*$"
        },
        "PageSize": {
          "target": "PageSize",
          "required": false,
          "default": 0,
          "range": {
            "min": 0,
            "max": 20
          }
        },
        "PageToken": {
          "target": "PageToken",
          "required": false,
          "length": {
            "min": 0,
            "max": 2024
          },
          "pattern": "^[\\u0009\\u000a\\u000d\\u0020-\\uD7FF\\uE000-\\uFFFD]*$"
        }
      }
    },
    "ListLaunchPathsOutput": {
      "type": "structure",
      "members": {
        "LaunchPathSummaries": {
          "target": "LaunchPathSummaries",
          "required": false
        },
        "NextPageToken": {
          "target": "PageToken",
          "required": false,
          "length": {
            "min": 0,
            "max": 2024
          },
          "pattern": "^[\\u0009\\u000a\\u000d\\u0020-\\uD7FF\\uE000-\\uFFFD]*$"
        }
      }
    },
    "ListRecordHistoryInput": {
      "type": "structure",
      "members": {
        "AcceptLanguage": {
          "target": "AcceptLanguage",
          "required": false,
          "length": {
            "min": 0,
            "max": 100
          }
        },
        "AccessLevelFilter": {
          "target": "AccessLevelFilter",
          "required": false
        },
        "SearchFilter": {
          "target": "ListRecordHistorySearchFilter",
          "required": false
        },
        "PageSize": {
          "target": "PageSize",
          "required": false,
          "default": 0,
          "range": {
            "min": 0,
            "max": 20
          }
        },
        "PageToken": {
          "target": "PageToken",
          "required": false,
          "length": {
            "min": 0,
            "max": 2024
          },
          "pattern": "^[\\u0009\\u000a\\u000d\\u0020-\\uD7FF\\uE000-\\uFFFD]*$"
        }
      }
    },
    "ListRecordHistoryOutput": {
      "type": "structure",
      "members": {
        "RecordDetails": {
          "target": "RecordDetails",
          "required": false
        },
        "NextPageToken": {
          "target": "PageToken",
          "required": false,
          "length": {
            "min": 0,
            "max": 2024
          },
          "pattern": "^[\\u0009\\u000a\\u000d\\u0020-\\uD7FF\\uE000-\\uFFFD]*$"
        }
      }
    },
    "ListRecordHistorySearchFilter": {
      "type": "structure",
      "members": {
        "Key": {
          "target": "SearchFilterKey",
          "required": false
        },
        "Value": {
          "target": "SearchFilterValue",
          "required": false
        }
      }
    },
    "NotificationArn": {
      "type": "string",
      "length": {
        "min": 1,
        "max": 1224
      },
      "pattern": "^arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}$"
    },
    "NotificationArns": {
      "type": "list",
      "member": {
        "target": "NotificationArn",
        "length": {
          "min": 1,
          "max": 1224
        },
        "pattern": "^arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}$"
      },
      "length": {
        "min": 0,
        "max": 5
      }
    },
    "OutputKey": {
      "type": "string"
    },
    "OutputKeys": {
      "type": "list",
      "member": {
        "target": "OutputKey"
      },
      "length": {
        "min": 0,
        "max": 60
      }
    },
    "OutputValue": {
      "type": "string"
    },
    "ParameterKey": {
      "type": "string",
      "length": {
        "min": 1,
        "max": 1000
      }
    },
    "ParameterValue": {
      "type": "string",
      "length": {
        "min": 0,
        "max": 4096
      }
    },
    "PortfolioDisplayName": {
      "type": "string",
      "length": {
        "min": 1,
        "max": 100
      }
    },
    "PortfolioName": {
      "type": "string"
    },
    "ProductType": {
      "type": "enum",
      "values": [
        {
          "name": "CLOUD_FORMATION_TEMPLATE",
          "value": "CLOUD_FORMATION_TEMPLATE"
        },
        {
          "name": "MARKETPLACE",
          "value": "MARKETPLACE"
        },
        {
          "name": "TERRAFORM_OPEN_SOURCE",
          "value": "TERRAFORM_OPEN_SOURCE"
        },
        {
          "name": "TERRAFORM_CLOUD",
          "value": "TERRAFORM_CLOUD"
        },
        {
          "name": "EXTERNAL",
          "value": "EXTERNAL"
        }
      ]
    },
    "ProductViewDistributor": {
      "type": "string"
    },
    "ProductViewOwner": {
      "type": "string",
      "length": {
        "min": 0,
        "max": 8191
      }
    },
    "ProductViewShortDescription": {
      "type": "string",
      "length": {
        "min": 0,
        "max": 8191
      }
    },
    "ProductViewSummary": {
      "type": "structure",
      "members": {
        "Id": {
          "target": "Id",
          "required": false,
          "length": {
            "min": 1,
            "max": 100
          },
          "pattern": "^[a-zA-Z0-9_\\-]*$"
        },
        "ProductId": {
          "target": "Id",
          "required": false,
          "length": {
            "min": 1,
            "max": 100
          },
          "pattern": "^[a-zA-Z0-9_\\-]*$"
        },
        "Name": {
          "target": "ProductViewName",
          "required": false,
          "length": {
            "min": 0,
            "max": 8191
          }
        },
        "Owner": {
          "target": "ProductViewOwner",
          "required": false,
          "length": {
            "min": 0,
            "max": 8191
          }
        },
        "ShortDescription": {
          "target": "ProductViewShortDescription",
          "required": false,
          "length": {
            "min": 0,
            "max": 8191
          }
        },
        "Type": {
          "target": "ProductType",
          "required": false,
          "length": {
            "min": 0,
            "max": 8191
          },
          "enum": [
            "CLOUD_FORMATION_TEMPLATE",
            "MARKETPLACE",
            "TERRAFORM_OPEN_SOURCE",
            "TERRAFORM_CLOUD",
            "EXTERNAL"
          ]
        },
        "Distributor": {
          "target": "ProductViewDistributor",
          "required": false
        },
        "HasDefaultPath": {
          "target": "HasDefaultPath",
          "required": false,
          "default": false
        },
        "SupportEmail": {
          "target": "SupportEmail",
          "required": false,
          "length": {
            "min": 0,
            "max": 254
          }
        },
        "SupportDescription": {
          "target": "SupportDescription",
          "required": false,
          "length": {
            "min": 0,
            "max": 8191
          }
        },
        "SupportUrl": {
          "target": "SupportUrl",
          "required": false,
          "length": {
            "min": 0,
            "max": 2083
          }
        }
      }
    },
    "ProvisionProductInput": {
      "type": "structure",
      "members": {
        "AcceptLanguage": {
          "target": "AcceptLanguage",
          "required": false,
          "length": {
            "min": 0,
            "max": 100
          }
        },
        "ProductId": {
          "target": "Id",
          "required": false,
          "length": {
            "min": 1,
            "max": 100
          },
          "pattern": "^[a-zA-Z0-9_\\-]*$"
        },
        "ProductName": {
          "target": "ProductViewName",
          "required": false,
          "length": {
            "min": 0,
            "max": 8191
          }
        },
        "ProvisioningArtifactId": {
          "target": "Id",
          "required": false,
          "length": {
            "min": 1,
            "max": 100
          },
          "pattern": "^[a-zA-Z0-9_\\-]*$"
        },
        "ProvisioningArtifactName": {
          "target": "ProvisioningArtifactName",
          "required": false,
          "length": {
            "min": 0,
            "max": 8192
          }
        },
        "PathId": {
          "target": "Id",
          "required": false,
          "length": {
            "min": 1,
            "max": 100
          },
          "pattern": "^[a-zA-Z0-9_\\-]*$"
        },
        "PathName": {
          "target": "PortfolioDisplayName",
          "required": false,
          "length": {
            "min": 1,
            "max": 100
          }
        },
        "ProvisionedProductName": {
          "target": "ProvisionedProductName",
          "required": true,
          "length": {
            "min": 1,
            "max": 128
          },
          "pattern": "^[a-zA-Z0-9][a-zA-Z0-9._-]*$"
        },
        "ProvisioningParameters": {
          "target": "ProvisioningParameters",
          "required": false
        },
        "ProvisioningPreferences": {
          "target": "ProvisioningPreferences",
          "required": false
        },
        "Tags": {
          "target": "Tags",
          "required": false,
          "length": {
            "min": 0,
            "max": 50
          }
        },
        "NotificationArns": {
          "target": "NotificationArns",
          "required": false,
          "length": {
            "min": 0,
            "max": 5
          }
        },
        "ProvisionToken": {
          "target": "IdempotencyToken",
          "required": true,
          "length": {
            "min": 1,
            "max": 128
          },
          "pattern": "^[a-zA-Z0-9][a-zA-Z0-9_-]*$"
        }
      }
    },
    "ProvisionProductOutput": {
      "type": "structure",
      "members": {
        "RecordDetail": {
          "target": "RecordDetail",
          "required": false
        }
      }
    },
    "ProvisionedProductName": {
      "type": "string",
      "length": {
        "min": 1,
        "max": 128
      },
      "pattern": "^[a-zA-Z0-9][a-zA-Z0-9._-]*$"
    },
    "ProvisioningArtifact": {
      "type": "structure",
      "members": {
        "Id": {
          "target": "Id",
          "required": false,
          "length": {
            "min": 1,
            "max": 100
          },
          "pattern": "^[a-zA-Z0-9_\\-]*$"
        },
        "Name": {
          "target": "ProvisioningArtifactName",
          "required": false,
          "length": {
            "min": 0,
            "max": 8192
          }
        },
        "Description": {
          "target": "ProvisioningArtifactDescription",
          "required": false,
          "length": {
            "min": 0,
            "max": 8192
          }
        },
        "CreatedTime": {
          "target": "ProvisioningArtifactCreatedTime",
          "required": false,
          "timestampFormat": "epoch-seconds"
        },
        "Guidance": {
          "target": "ProvisioningArtifactGuidance",
          "required": false,
          "enum": [
            "DEFAULT",
            "DEPRECATED"
          ]
        }
      }
    },
    "ProvisioningArtifactCreatedTime": {
      "type": "timestamp",
      "timestampFormat": "epoch-seconds"
    },
    "ProvisioningArtifactDescription": {
      "type": "string",
      "length": {
        "min": 0,
        "max": 8192
      }
    },
    "ProvisioningArtifactGuidance": {
      "type": "enum",
      "values": [
        {
          "name": "DEFAULT",
          "value": "DEFAULT"
        },
        {
          "name": "DEPRECATED",
          "value": "DEPRECATED"
        }
      ]
    },
    "ProvisioningArtifacts": {
      "type": "list",
      "member": {
        "target": "ProvisioningArtifact"
      }
    },
    "ProvisioningParameter": {
      "type": "structure",
      "members": {
        "Key": {
          "target": "ParameterKey",
          "required": false,
          "length": {
            "min": 1,
            "max": 1000
          }
        },
        "Value": {
          "target": "ParameterValue",
          "required": false,
          "length": {
            "min": 0,
            "max": 4096
          }
        }
      }
    },
    "ProvisioningParameters": {
      "type": "list",
      "member": {
        "target": "ProvisioningParameter"
      }
    },
    "ProvisioningPreferences": {
      "type": "structure",
      "members": {
        "StackSetAccounts": {
          "target": "StackSetAccounts",
          "required": false
        },
        "StackSetRegions": {
          "target": "StackSetRegions",
          "required": false
        },
        "StackSetFailureToleranceCount": {
          "target": "StackSetFailureToleranceCount",
          "required": false,
          "range": {
            "min": 0
          }
        },
        "StackSetFailureTolerancePercentage": {
          "target": "StackSetFailureTolerancePercentage",
          "required": false,
          "range": {
            "min": 0,
            "max": 100
          }
        },
        "StackSetMaxConcurrencyCount": {
          "target": "StackSetMaxConcurrencyCount",
          "required": false,
          "range": {
            "min": 1
          }
        },
        "StackSetMaxConcurrencyPercentage": {
          "target": "StackSetMaxConcurrencyPercentage",
          "required": false,
          "range": {
            "min": 1,
            "max": 100
          }
        }
      }
    },
    "RecordDetail": {
      "type": "structure",
      "members": {
        "RecordId": {
          "target": "Id",
          "required": false,
          "length": {
            "min": 1,
            "max": 100
          },
          "pattern": "^[a-zA-Z0-9_\\-]*$"
        },
        "ProvisionedProductName": {
          "target": "ProvisionedProductName",
          "required": false,
          "length": {
            "min": 1,
            "max": 128
          },
          "pattern": "^[a-zA-Z0-9][a-zA-Z0-9._-]*$"
        },
        "Status": {
          "target": "RecordStatus",
          "required": false,
          "enum": [
            "CREATED",
            "IN_PROGRESS",
            "IN_PROGRESS_IN_ERROR",
            "SUCCEEDED",
            "FAILED"
          ]
        },
        "CreatedTime": {
          "target": "CreatedTime",
          "required": false,
          "timestampFormat": "epoch-seconds"
        },
        "UpdatedTime": {
          "target": "UpdatedTime",
          "required": false,
          "timestampFormat": "epoch-seconds"
        },
        "ProvisionedProductType": {
          "target": "ProvisionedProductType",
          "required": false
        },
        "RecordType": {
          "target": "RecordType",
          "required": false
        },
        "ProvisionedProductId": {
          "target": "Id",
          "required": false,
          "length": {
            "min": 1,
            "max": 100
          },
          "pattern": "^[a-zA-Z0-9_\\-]*$"
        },
        "ProductId": {
          "target": "Id",
          "required": false,
          "length": {
            "min": 1,
            "max": 100
          },
          "pattern": "^[a-zA-Z0-9_\\-]*$"
        },
        "ProvisioningArtifactId": {
          "target": "Id",
          "required": false,
          "length": {
            "min": 1,
            "max": 100
          },
          "pattern": "^[a-zA-Z0-9_\\-]*$"
        },
        "PathId": {
          "target": "Id",
          "required": false,
          "length": {
            "min": 1,
            "max": 100
          },
          "pattern": "^[a-zA-Z0-9_\\-]*$"
        },
        "RecordErrors": {
          "target": "RecordErrors",
          "required": false
        },
        "RecordTags": {
          "target": "RecordTags",
          "required": false,
          "length": {
            "min": 0,
            "max": 50
          }
        },
        "LaunchRoleArn": {
          "target": "RoleArn",
          "required": false,
          "length": {
            "min": 1,
            "max": 1224
          },
          "pattern": "^arn:[a-z0-9-\\.]{1,63}:iam::[a-z0-9-\\.]{0,63}:role\\/.{0,1023}$"
        }
      }
    },
    "RecordDetails": {
      "type": "list",
      "member": {
        "target": "RecordDetail"
      }
    },
    "RecordError": {
      "type": "structure",
      "members": {
        "Code": {
          "target": "ErrorCode",
          "required": false
        },
        "Description": {
          "target": "ErrorDescription",
          "required": false
        }
      }
    },
    "RecordErrors": {
      "type": "list",
      "member": {
        "target": "RecordError"
      }
    },
    "RecordOutput": {
      "type": "structure",
      "members": {
        "OutputKey": {
          "target": "OutputKey",
          "required": false
        },
        "OutputValue": {
          "target": "OutputValue",
          "required": false
        },
        "Description": {
          "target": "Description",
          "required": false
        }
      }
    },
    "RecordOutputs": {
      "type": "list",
      "member": {
        "target": "RecordOutput"
      }
    },
    "RecordStatus": {
      "type": "enum",
      "values": [
        {
          "name": "CREATED",
          "value": "CREATED"
        },
        {
          "name": "IN_PROGRESS",
          "value": "IN_PROGRESS"
        },
        {
          "name": "IN_PROGRESS_IN_ERROR",
          "value": "IN_PROGRESS_IN_ERROR"
        },
        {
          "name": "SUCCEEDED",
          "value": "SUCCEEDED"
        },
        {
          "name": "FAILED",
          "value": "FAILED"
        }
      ]
    },
    "RecordTag": {
      "type": "structure",
      "members": {
        "Key": {
          "target": "RecordTagKey",
          "required": false,
          "length": {
            "min": 1,
            "max": 128
          },
          "pattern": "^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-%@]*)$"
        },
        "Value": {
          "target": "RecordTagValue",
          "required": false,
          "length": {
            "min": 1,
            "max": 256
          },
          "pattern": "^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-%@]*)$"
        }
      }
    },
    "RecordTagKey": {
      "type": "string",
      "length": {
        "min": 1,
        "max": 128
      },
      "pattern": "^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-%@]*)$"
    },
    "RecordTagValue": {
      "type": "string",
      "length": {
        "min": 1,
        "max": 256
      },
      "pattern": "^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-%@]*)$"
    },
    "RecordTags": {
      "type": "list",
      "member": {
        "target": "RecordTag"
      },
      "length": {
        "min": 0,
        "max": 50
      }
    },
    "RecordType": {
      "type": "string"
    },
    "Region": {
      "type": "string"
    },
    "ResourceNotFoundException": {
      "type": "structure",
      "members": {
        "Message": {
          "target": "ErrorMessage",
          "required": false,
          "length": {
            "min": 1,
            "max": 1024
          }
        }
      },
      "error": "client"
    },
    "RetainPhysicalResources": {
      "type": "boolean",
      "default": false
    },
    "SearchFilterKey": {
      "type": "string"
    },
    "SearchFilterValue": {
      "type": "string"
    },
    "StackSetAccounts": {
      "type": "list",
      "member": {
        "target": "AccountId",
        "pattern": "^[0-9]{12}$"
      }
    },
    "StackSetFailureToleranceCount": {
      "type": "integer",
      "range": {
        "min": 0
      }
    },
    "StackSetFailureTolerancePercentage": {
      "type": "integer",
      "range": {
        "min": 0,
        "max": 100
      }
    },
    "StackSetMaxConcurrencyCount": {
      "type": "integer",
      "range": {
        "min": 1
      }
    },
    "StackSetMaxConcurrencyPercentage": {
      "type": "integer",
      "range": {
        "min": 1,
        "max": 100
      }
    },
    "StackSetOperationType": {
      "type": "enum",
      "values": [
        {
          "name": "CREATE",
          "value": "CREATE"
        },
        {
          "name": "UPDATE",
          "value": "UPDATE"
        },
        {
          "name": "DELETE",
          "value": "DELETE"
        }
      ]
    },
    "StackSetRegions": {
      "type": "list",
      "member": {
        "target": "Region"
      }
    },
    "SupportDescription": {
      "type": "string",
      "length": {
        "min": 0,
        "max": 8191
      }
    },
    "SupportEmail": {
      "type": "string",
      "length": {
        "min": 0,
        "max": 254
      }
    },
    "SupportUrl": {
      "type": "string",
      "length": {
        "min": 0,
        "max": 2083
      }
    },
    "TerminateProvisionedProductInput": {
      "type": "structure",
      "members": {
        "ProvisionedProductName": {
          "target": "ProvisionedProductNameOrArn",
          "required": false,
          "length": {
            "min": 1,
            "max": 1224
          },
          "pattern": "^[a-zA-Z0-9][a-zA-Z0-9._-]{0,127}|arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}$"
        },
        "ProvisionedProductId": {
          "target": "Id",
          "required": false,
          "length": {
            "min": 1,
            "max": 100
          },
          "pattern": "^[a-zA-Z0-9_\\-]*$"
        },
        "TerminateToken": {
          "target": "IdempotencyToken",
          "required": true,
          "length": {
            "min": 1,
            "max": 128
          },
          "pattern": "^[a-zA-Z0-9][a-zA-Z0-9_-]*$"
        },
        "IgnoreErrors": {
          "target": "IgnoreErrors",
          "required": false,
          "default": false
        },
        "AcceptLanguage": {
          "target": "AcceptLanguage",
          "required": false,
          "length": {
            "min": 0,
            "max": 100
          }
        },
        "RetainPhysicalResources": {
          "target": "RetainPhysicalResources",
          "required": false,
          "default": false
        }
      }
    },
    "TerminateProvisionedProductOutput": {
      "type": "structure",
      "members": {
        "RecordDetail": {
          "target": "RecordDetail",
          "required": false
        }
      }
    },
    "UpdateProvisionedProductInput": {
      "type": "structure",
      "members": {
        "AcceptLanguage": {
          "target": "AcceptLanguage",
          "required": false,
          "length": {
            "min": 0,
            "max": 100
          }
        },
        "ProvisionedProductName": {
          "target": "ProvisionedProductNameOrArn",
          "required": false,
          "length": {
            "min": 1,
            "max": 1224
          },
          "pattern": "^[a-zA-Z0-9][a-zA-Z0-9._-]{0,127}|arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}$"
        },
        "ProvisionedProductId": {
          "target": "Id",
          "required": false,
          "length": {
            "min": 1,
            "max": 100
          },
          "pattern": "^[a-zA-Z0-9_\\-]*$"
        },
        "ProductId": {
          "target": "Id",
          "required": false,
          "length": {
            "min": 1,
            "max": 100
          },
          "pattern": "^[a-zA-Z0-9_\\-]*$"
        },
        "ProductName": {
          "target": "ProductViewName",
          "required": false,
          "length": {
            "min": 0,
            "max": 8191
          }
        },
        "ProvisioningArtifactId": {
          "target": "Id",
          "required": false,
          "length": {
            "min": 1,
            "max": 100
          },
          "pattern": "^[a-zA-Z0-9_\\-]*$"
        },
        "ProvisioningArtifactName": {
          "target": "ProvisioningArtifactName",
          "required": false,
          "length": {
            "min": 0,
            "max": 8192
          }
        },
        "PathId": {
          "target": "Id",
          "required": false,
          "length": {
            "min": 1,
            "max": 100
          },
          "pattern": "^[a-zA-Z0-9_\\-]*$"
        },
        "PathName": {
          "target": "PortfolioDisplayName",
          "required": false,
          "length": {
            "min": 1,
            "max": 100
          }
        },
        "ProvisioningParameters": {
          "target": "UpdateProvisioningParameters",
          "required": false
        },
        "ProvisioningPreferences": {
          "target": "UpdateProvisioningPreferences",
          "required": false
        },
        "Tags": {
          "target": "Tags",
          "required": false,
          "length": {
            "min": 0,
            "max": 50
          }
        },
        "UpdateToken": {
          "target": "IdempotencyToken",
          "required": true,
          "length": {
            "min": 1,
            "max": 128
          },
          "pattern": "^[a-zA-Z0-9][a-zA-Z0-9_-]*$"
        }
      }
    },
    "UpdateProvisionedProductOutput": {
      "type": "structure",
      "members": {
        "RecordDetail": {
          "target": "RecordDetail",
          "required": false
        }
      }
    },
    "UpdateProvisioningParameter": {
      "type": "structure",
      "members": {
        "Key": {
          "target": "ParameterKey",
          "required": false,
          "length": {
            "min": 1,
            "max": 1000
          }
        },
        "Value": {
          "target": "ParameterValue",
          "required": false,
          "length": {
            "min": 0,
            "max": 4096
          }
        },
        "UsePreviousValue": {
          "target": "UsePreviousValue",
          "required": false,
          "default": false
        }
      }
    },
    "UpdateProvisioningParameters": {
      "type": "list",
      "member": {
        "target": "UpdateProvisioningParameter"
      }
    },
    "UpdateProvisioningPreferences": {
      "type": "structure",
      "members": {
        "StackSetAccounts": {
          "target": "StackSetAccounts",
          "required": false
        },
        "StackSetRegions": {
          "target": "StackSetRegions",
          "required": false
        },
        "StackSetFailureToleranceCount": {
          "target": "StackSetFailureToleranceCount",
          "required": false,
          "range": {
            "min": 0
          }
        },
        "StackSetFailureTolerancePercentage": {
          "target": "StackSetFailureTolerancePercentage",
          "required": false,
          "range": {
            "min": 0,
            "max": 100
          }
        },
        "StackSetMaxConcurrencyCount": {
          "target": "StackSetMaxConcurrencyCount",
          "required": false,
          "range": {
            "min": 1
          }
        },
        "StackSetMaxConcurrencyPercentage": {
          "target": "StackSetMaxConcurrencyPercentage",
          "required": false,
          "range": {
            "min": 1,
            "max": 100
          }
        },
        "StackSetOperationType": {
          "target": "StackSetOperationType",
          "required": false,
          "enum": [
            "CREATE",
            "UPDATE",
            "DELETE"
          ]
        }
      }
    },
    "UpdatedTime": {
      "type": "timestamp",
      "timestampFormat": "epoch-seconds"
    },
    "UsePreviousValue": {
      "type": "boolean",
      "default": false
    }
  }
} as const satisfies ServiceTables;
