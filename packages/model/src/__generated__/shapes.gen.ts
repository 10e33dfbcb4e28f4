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
    }
  }
} as const satisfies ServiceTables;
