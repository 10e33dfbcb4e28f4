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
    "arnNamespace": "servicecatalog",
    "endpointRuleSet": {
      "version": "1.0",
      "parameters": {
        "Region": {
          "builtIn": "AWS::Region",
          "required": false,
          "documentation": "The region the request is sent to.",
          "type": "string"
        },
        "UseDualStack": {
          "builtIn": "AWS::UseDualStack",
          "required": true,
          "default": false,
          "documentation": "Send the request to the dual-stack (IPv4 and IPv6) endpoint.",
          "type": "boolean"
        },
        "UseFIPS": {
          "builtIn": "AWS::UseFIPS",
          "required": true,
          "default": false,
          "documentation": "Send the request to the FIPS-compliant endpoint.",
          "type": "boolean"
        },
        "Endpoint": {
          "builtIn": "SDK::Endpoint",
          "required": false,
          "documentation": "An endpoint that replaces the one the rules would pick.",
          "type": "string"
        }
      },
      "rules": [
        {
          "conditions": [
            {
              "fn": "isSet",
              "argv": [
                {
                  "ref": "Endpoint"
                }
              ]
            }
          ],
          "rules": [
            {
              "conditions": [
                {
                  "fn": "booleanEquals",
                  "argv": [
                    {
                      "ref": "UseFIPS"
                    },
                    true
                  ]
                }
              ],
              "error": "Invalid Configuration: FIPS and custom endpoint are not supported",
              "type": "error"
            },
            {
              "conditions": [
                {
                  "fn": "booleanEquals",
                  "argv": [
                    {
                      "ref": "UseDualStack"
                    },
                    true
                  ]
                }
              ],
              "error": "Invalid Configuration: Dualstack and custom endpoint are not supported",
              "type": "error"
            },
            {
              "conditions": [],
              "endpoint": {
                "url": {
                  "ref": "Endpoint"
                },
                "properties": {},
                "headers": {}
              },
              "type": "endpoint"
            }
          ],
          "type": "tree"
        },
        {
          "conditions": [
            {
              "fn": "isSet",
              "argv": [
                {
                  "ref": "Region"
                }
              ]
            }
          ],
          "rules": [
            {
              "conditions": [
                {
                  "fn": "aws.partition",
                  "argv": [
                    {
                      "ref": "Region"
                    }
                  ],
                  "assign": "PartitionResult"
                }
              ],
              "rules": [
                {
                  "conditions": [
                    {
                      "fn": "booleanEquals",
                      "argv": [
                        {
                          "ref": "UseFIPS"
                        },
                        true
                      ]
                    },
                    {
                      "fn": "booleanEquals",
                      "argv": [
                        {
                          "ref": "UseDualStack"
                        },
                        true
                      ]
                    }
                  ],
                  "rules": [
                    {
                      "conditions": [
                        {
                          "fn": "booleanEquals",
                          "argv": [
                            true,
                            {
                              "fn": "getAttr",
                              "argv": [
                                {
                                  "ref": "PartitionResult"
                                },
                                "supportsFIPS"
                              ]
                            }
                          ]
                        },
                        {
                          "fn": "booleanEquals",
                          "argv": [
                            true,
                            {
                              "fn": "getAttr",
                              "argv": [
                                {
                                  "ref": "PartitionResult"
                                },
                                "supportsDualStack"
                              ]
                            }
                          ]
                        }
                      ],
                      "rules": [
                        {
                          "conditions": [],
                          "endpoint": {
                            "url": "https://servicecatalog-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",
                            "properties": {},
                            "headers": {}
                          },
                          "type": "endpoint"
                        }
                      ],
                      "type": "tree"
                    },
                    {
                      "conditions": [],
                      "error": "FIPS and DualStack are enabled, but this partition does not support one or both",
                      "type": "error"
                    }
                  ],
                  "type": "tree"
                },
                {
                  "conditions": [
                    {
                      "fn": "booleanEquals",
                      "argv": [
                        {
                          "ref": "UseFIPS"
                        },
                        true
                      ]
                    }
                  ],
                  "rules": [
                    {
                      "conditions": [
                        {
                          "fn": "booleanEquals",
                          "argv": [
                            {
                              "fn": "getAttr",
                              "argv": [
                                {
                                  "ref": "PartitionResult"
                                },
                                "supportsFIPS"
                              ]
                            },
                            true
                          ]
                        }
                      ],
                      "rules": [
                        {
                          "conditions": [],
                          "endpoint": {
                            "url": "https://servicecatalog-fips.{Region}.{PartitionResult#dnsSuffix}",
                            "properties": {},
                            "headers": {}
                          },
                          "type": "endpoint"
                        }
                      ],
                      "type": "tree"
                    },
                    {
                      "conditions": [],
                      "error": "FIPS is enabled but this partition does not support FIPS",
                      "type": "error"
                    }
                  ],
                  "type": "tree"
                },
                {
                  "conditions": [
                    {
                      "fn": "booleanEquals",
                      "argv": [
                        {
                          "ref": "UseDualStack"
                        },
                        true
                      ]
                    }
                  ],
                  "rules": [
                    {
                      "conditions": [
                        {
                          "fn": "booleanEquals",
                          "argv": [
                            true,
                            {
                              "fn": "getAttr",
                              "argv": [
                                {
                                  "ref": "PartitionResult"
                                },
                                "supportsDualStack"
                              ]
                            }
                          ]
                        }
                      ],
                      "rules": [
                        {
                          "conditions": [],
                          "endpoint": {
                            "url": "https://servicecatalog.{Region}.{PartitionResult#dualStackDnsSuffix}",
                            "properties": {},
                            "headers": {}
                          },
                          "type": "endpoint"
                        }
                      ],
                      "type": "tree"
                    },
                    {
                      "conditions": [],
                      "error": "DualStack is enabled but this partition does not support DualStack",
                      "type": "error"
                    }
                  ],
                  "type": "tree"
                },
                {
                  "conditions": [],
                  "endpoint": {
                    "url": "https://servicecatalog.{Region}.{PartitionResult#dnsSuffix}",
                    "properties": {},
                    "headers": {}
                  },
                  "type": "endpoint"
                }
              ],
              "type": "tree"
            }
          ],
          "type": "tree"
        },
        {
          "conditions": [],
          "error": "Invalid Configuration: Missing Region",
          "type": "error"
        }
      ]
    },
    "documentation": "AWS Service Catalog keeps catalogs of approved products that teams launch as provisioned products. This contract covers the two read operations that list provisioned products."
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
        "items": "ProvisionedProducts"
      },
      "documentation": "Lists the caller's provisioned products that are not terminated, a page at a time, at the access level asked for. For filters and sorting, use SearchProvisionedProducts."
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
        "items": "ProvisionedProducts"
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
        }
      },
      "documentation": "Finds provisioned products by a search query, sorted and paged, and counts every match."
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
          },
          "documentation": "Language of the answer's text: jp, zh, or English when left out."
        },
        "AccessLevelFilter": {
          "target": "AccessLevelFilter",
          "required": false,
          "documentation": "Whose provisioned products to list: the caller's own, its role's, or the account's. AWS documents User as the default."
        },
        "PageSize": {
          "target": "PageSize",
          "required": false,
          "default": 0,
          "range": {
            "min": 0,
            "max": 20
          },
          "documentation": "Most items to return in one page, from 0 to 20."
        },
        "PageToken": {
          "target": "PageToken",
          "required": false,
          "length": {
            "min": 0,
            "max": 2024
          },
          "pattern": "^[\\u0009\\u000a\\u000d\\u0020-\\uD7FF\\uE000-\\uFFFD]*$",
          "documentation": "The NextPageToken of the previous page; left out for the first page."
        }
      },
      "documentation": "What to list in ScanProvisionedProducts."
    },
    "ScanProvisionedProductsOutput": {
      "type": "structure",
      "members": {
        "ProvisionedProducts": {
          "target": "ProvisionedProductDetails",
          "required": false,
          "documentation": "This page's provisioned products."
        },
        "NextPageToken": {
          "target": "PageToken",
          "required": false,
          "length": {
            "min": 0,
            "max": 2024
          },
          "pattern": "^[\\u0009\\u000a\\u000d\\u0020-\\uD7FF\\uE000-\\uFFFD]*$",
          "documentation": "Token for the next page; null when this page is the last one."
        }
      },
      "documentation": "One page of ScanProvisionedProducts."
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
          },
          "documentation": "Language of the answer's text: jp, zh, or English when left out."
        },
        "AccessLevelFilter": {
          "target": "AccessLevelFilter",
          "required": false,
          "documentation": "Whose provisioned products to search: the caller's own, its role's, or the account's. AWS's newest documentation gives Account as the default; older pages say User."
        },
        "Filters": {
          "target": "ProvisionedProductFilters",
          "required": false,
          "documentation": "Search terms under the SearchQuery key: free text, or field:value for a searchable field such as status:AVAILABLE."
        },
        "SortBy": {
          "target": "SortField",
          "required": false,
          "documentation": "Field to sort by: arn, id, name, lastRecordId or createdTime. Without it the order is not defined and paging may repeat or skip items."
        },
        "SortOrder": {
          "target": "SortOrder",
          "required": false,
          "enum": [
            "ASCENDING",
            "DESCENDING"
          ],
          "documentation": "Direction of the sort: ASCENDING or DESCENDING."
        },
        "PageSize": {
          "target": "SearchProvisionedProductsPageSize",
          "required": false,
          "default": 0,
          "range": {
            "min": 0,
            "max": 100
          },
          "documentation": "Most items to return in one page, from 0 to 100."
        },
        "PageToken": {
          "target": "PageToken",
          "required": false,
          "length": {
            "min": 0,
            "max": 2024
          },
          "pattern": "^[\\u0009\\u000a\\u000d\\u0020-\\uD7FF\\uE000-\\uFFFD]*$",
          "documentation": "The NextPageToken of the previous page; left out for the first page."
        }
      },
      "documentation": "What to look for in SearchProvisionedProducts."
    },
    "SearchProvisionedProductsOutput": {
      "type": "structure",
      "members": {
        "ProvisionedProducts": {
          "target": "ProvisionedProductAttributes",
          "required": false,
          "documentation": "This page's matching provisioned products."
        },
        "TotalResultsCount": {
          "target": "TotalResultsCount",
          "required": false,
          "default": 0,
          "documentation": "How many provisioned products match the search across all pages."
        },
        "NextPageToken": {
          "target": "PageToken",
          "required": false,
          "length": {
            "min": 0,
            "max": 2024
          },
          "pattern": "^[\\u0009\\u000a\\u000d\\u0020-\\uD7FF\\uE000-\\uFFFD]*$",
          "documentation": "Token for the next page; null when this page is the last one."
        }
      },
      "documentation": "One page of SearchProvisionedProducts."
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
          },
          "documentation": "What was wrong with the request."
        }
      },
      "error": "client",
      "documentation": "The request was well formed but asked for something the service cannot do, such as a page token it did not issue."
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
          ],
          "documentation": "The level: Account, Role or User."
        },
        "Value": {
          "target": "AccessLevelFilterValue",
          "required": false,
          "documentation": "Whose level: the service accepts only self, the caller."
        }
      },
      "documentation": "Which provisioned products the caller sees, by who launched them."
    },
    "AccessLevelFilterKey": {
      "type": "enum",
      "values": [
        {
          "name": "ACCOUNT",
          "value": "Account",
          "documentation": "Everything in the caller's account."
        },
        {
          "name": "ROLE",
          "value": "Role",
          "documentation": "What was launched under the caller's role."
        },
        {
          "name": "USER",
          "value": "User",
          "documentation": "What the calling user launched."
        }
      ],
      "documentation": "The access levels a caller can list at."
    },
    "AccessLevelFilterValue": {
      "type": "string",
      "documentation": "The principal an access level applies to; only self is supported."
    },
    "AcceptLanguage": {
      "type": "string",
      "length": {
        "min": 0,
        "max": 100
      },
      "documentation": "A language code for the text of an answer."
    },
    "PageSize": {
      "type": "integer",
      "range": {
        "min": 0,
        "max": 20
      },
      "default": 0,
      "documentation": "Page size of ScanProvisionedProducts."
    },
    "SearchProvisionedProductsPageSize": {
      "type": "integer",
      "range": {
        "min": 0,
        "max": 100
      },
      "default": 0,
      "documentation": "Page size of SearchProvisionedProducts."
    },
    "PageToken": {
      "type": "string",
      "length": {
        "min": 0,
        "max": 2024
      },
      "pattern": "^[\\u0009\\u000a\\u000d\\u0020-\\uD7FF\\uE000-\\uFFFD]*$",
      "documentation": "An opaque token that resumes a listing where the previous page stopped."
    },
    "TotalResultsCount": {
      "type": "integer",
      "default": 0,
      "documentation": "A count of search matches."
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
      },
      "documentation": "Search filters, by kind."
    },
    "ProvisionedProductViewFilterBy": {
      "type": "enum",
      "values": [
        {
          "name": "SearchQuery",
          "value": "SearchQuery",
          "documentation": "Terms matched against the searchable fields."
        }
      ],
      "documentation": "The kinds of search filter."
    },
    "ProvisionedProductViewFilterValues": {
      "type": "list",
      "member": {
        "target": "ProvisionedProductViewFilterValue"
      },
      "documentation": "The terms of one filter."
    },
    "ProvisionedProductViewFilterValue": {
      "type": "string",
      "documentation": "One search term."
    },
    "SortField": {
      "type": "string",
      "documentation": "The name of a field to sort search results by."
    },
    "SortOrder": {
      "type": "enum",
      "values": [
        {
          "name": "ASCENDING",
          "value": "ASCENDING",
          "documentation": "Smallest first."
        },
        {
          "name": "DESCENDING",
          "value": "DESCENDING",
          "documentation": "Largest first."
        }
      ],
      "documentation": "A sort direction."
    },
    "ProvisionedProductDetails": {
      "type": "list",
      "member": {
        "target": "ProvisionedProductDetail"
      },
      "documentation": "Provisioned products as ScanProvisionedProducts returns them."
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
          "pattern": "^[a-zA-Z0-9][a-zA-Z0-9._-]{0,127}|arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}$",
          "documentation": "The name the provisioned product was launched with."
        },
        "Arn": {
          "target": "ProvisionedProductNameOrArn",
          "required": false,
          "length": {
            "min": 1,
            "max": 1224
          },
          "pattern": "^[a-zA-Z0-9][a-zA-Z0-9._-]{0,127}|arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}$",
          "documentation": "The provisioned product's ARN."
        },
        "Type": {
          "target": "ProvisionedProductType",
          "required": false,
          "documentation": "How it was provisioned, such as CFN_STACK or TERRAFORM_OPEN_SOURCE."
        },
        "Id": {
          "target": "ProvisionedProductId",
          "required": false,
          "documentation": "The provisioned product's identifier."
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
          ],
          "documentation": "Where the provisioned product stands."
        },
        "StatusMessage": {
          "target": "ProvisionedProductStatusMessage",
          "required": false,
          "documentation": "Why it stands there, for example the error of a failed change."
        },
        "CreatedTime": {
          "target": "CreatedTime",
          "required": false,
          "timestampFormat": "epoch-seconds",
          "documentation": "When it was launched."
        },
        "IdempotencyToken": {
          "target": "IdempotencyToken",
          "required": false,
          "length": {
            "min": 1,
            "max": 128
          },
          "pattern": "^[a-zA-Z0-9][a-zA-Z0-9_-]*$",
          "documentation": "The token the launch request carried to make retries safe."
        },
        "LastRecordId": {
          "target": "LastRequestId",
          "required": false,
          "documentation": "The record of the latest request made on it, of any kind."
        },
        "LastProvisioningRecordId": {
          "target": "Id",
          "required": false,
          "length": {
            "min": 1,
            "max": 100
          },
          "pattern": "^[a-zA-Z0-9_\\-]*$",
          "documentation": "The record of the latest launch, update or terminate request, whatever its outcome."
        },
        "LastSuccessfulProvisioningRecordId": {
          "target": "Id",
          "required": false,
          "length": {
            "min": 1,
            "max": 100
          },
          "pattern": "^[a-zA-Z0-9_\\-]*$",
          "documentation": "The record of the latest launch, update or terminate request that succeeded."
        },
        "ProductId": {
          "target": "Id",
          "required": false,
          "length": {
            "min": 1,
            "max": 100
          },
          "pattern": "^[a-zA-Z0-9_\\-]*$",
          "documentation": "The product it was launched from."
        },
        "ProvisioningArtifactId": {
          "target": "Id",
          "required": false,
          "length": {
            "min": 1,
            "max": 100
          },
          "pattern": "^[a-zA-Z0-9_\\-]*$",
          "documentation": "The product version it was launched from."
        },
        "LaunchRoleArn": {
          "target": "RoleArn",
          "required": false,
          "length": {
            "min": 1,
            "max": 1224
          },
          "pattern": "^arn:[a-z0-9-\\.]{1,63}:iam::[a-z0-9-\\.]{0,63}:role\\/.{0,1023}$",
          "documentation": "The IAM role the launch constraint used, if any."
        }
      },
      "documentation": "A provisioned product as ScanProvisionedProducts describes it."
    },
    "ProvisionedProductAttributes": {
      "type": "list",
      "member": {
        "target": "ProvisionedProductAttribute"
      },
      "documentation": "Provisioned products as SearchProvisionedProducts returns them."
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
          "pattern": "^[a-zA-Z0-9][a-zA-Z0-9._-]{0,127}|arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}$",
          "documentation": "The name the provisioned product was launched with."
        },
        "Arn": {
          "target": "ProvisionedProductNameOrArn",
          "required": false,
          "length": {
            "min": 1,
            "max": 1224
          },
          "pattern": "^[a-zA-Z0-9][a-zA-Z0-9._-]{0,127}|arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}$",
          "documentation": "The provisioned product's ARN."
        },
        "Type": {
          "target": "ProvisionedProductType",
          "required": false,
          "documentation": "How it was provisioned, such as CFN_STACK or TERRAFORM_OPEN_SOURCE."
        },
        "Id": {
          "target": "Id",
          "required": false,
          "length": {
            "min": 1,
            "max": 100
          },
          "pattern": "^[a-zA-Z0-9_\\-]*$",
          "documentation": "The provisioned product's identifier."
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
          ],
          "documentation": "Where the provisioned product stands."
        },
        "StatusMessage": {
          "target": "ProvisionedProductStatusMessage",
          "required": false,
          "documentation": "Why it stands there, for example the error of a failed change."
        },
        "CreatedTime": {
          "target": "CreatedTime",
          "required": false,
          "timestampFormat": "epoch-seconds",
          "documentation": "When it was launched."
        },
        "IdempotencyToken": {
          "target": "IdempotencyToken",
          "required": false,
          "length": {
            "min": 1,
            "max": 128
          },
          "pattern": "^[a-zA-Z0-9][a-zA-Z0-9_-]*$",
          "documentation": "The token the launch request carried to make retries safe."
        },
        "LastRecordId": {
          "target": "Id",
          "required": false,
          "length": {
            "min": 1,
            "max": 100
          },
          "pattern": "^[a-zA-Z0-9_\\-]*$",
          "documentation": "The record of the latest request made on it, of any kind."
        },
        "LastProvisioningRecordId": {
          "target": "Id",
          "required": false,
          "length": {
            "min": 1,
            "max": 100
          },
          "pattern": "^[a-zA-Z0-9_\\-]*$",
          "documentation": "The record of the latest launch, update or terminate request, whatever its outcome."
        },
        "LastSuccessfulProvisioningRecordId": {
          "target": "Id",
          "required": false,
          "length": {
            "min": 1,
            "max": 100
          },
          "pattern": "^[a-zA-Z0-9_\\-]*$",
          "documentation": "The record of the latest launch, update or terminate request that succeeded."
        },
        "Tags": {
          "target": "Tags",
          "required": false,
          "length": {
            "min": 0,
            "max": 50
          },
          "documentation": "The provisioned product's tags."
        },
        "PhysicalId": {
          "target": "PhysicalId",
          "required": false,
          "documentation": "What it is in the provisioning engine, for example a CloudFormation stack ARN or an account id."
        },
        "ProductId": {
          "target": "Id",
          "required": false,
          "length": {
            "min": 1,
            "max": 100
          },
          "pattern": "^[a-zA-Z0-9_\\-]*$",
          "documentation": "The product it was launched from."
        },
        "ProductName": {
          "target": "ProductViewName",
          "required": false,
          "length": {
            "min": 0,
            "max": 8191
          },
          "documentation": "The name of that product."
        },
        "ProvisioningArtifactId": {
          "target": "Id",
          "required": false,
          "length": {
            "min": 1,
            "max": 100
          },
          "pattern": "^[a-zA-Z0-9_\\-]*$",
          "documentation": "The product version it was launched from."
        },
        "ProvisioningArtifactName": {
          "target": "ProvisioningArtifactName",
          "required": false,
          "length": {
            "min": 0,
            "max": 8192
          },
          "documentation": "The name of that product version."
        },
        "UserArn": {
          "target": "UserArn",
          "required": false,
          "documentation": "The IAM principal that launched it."
        },
        "UserArnSession": {
          "target": "UserArnSession",
          "required": false,
          "documentation": "The session of that principal, when it was an assumed role."
        }
      },
      "documentation": "A provisioned product as SearchProvisionedProducts describes it."
    },
    "ProvisionedProductNameOrArn": {
      "type": "string",
      "length": {
        "min": 1,
        "max": 1224
      },
      "pattern": "^[a-zA-Z0-9][a-zA-Z0-9._-]{0,127}|arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}$",
      "documentation": "A provisioned product's name or ARN. The alternation binds ^ to the name and $ to the ARN, as AWS models it."
    },
    "ProvisionedProductType": {
      "type": "string",
      "documentation": "A provisioning engine: CFN_STACK, CFN_STACKSET, TERRAFORM_OPEN_SOURCE, TERRAFORM_CLOUD or EXTERNAL."
    },
    "ProvisionedProductId": {
      "type": "string",
      "documentation": "A provisioned product identifier, unconstrained where Scan returns it."
    },
    "ProvisionedProductStatus": {
      "type": "enum",
      "values": [
        {
          "name": "AVAILABLE",
          "value": "AVAILABLE",
          "documentation": "Stable: the last change succeeded."
        },
        {
          "name": "UNDER_CHANGE",
          "value": "UNDER_CHANGE",
          "documentation": "A launch, update or terminate request is running."
        },
        {
          "name": "TAINTED",
          "value": "TAINTED",
          "documentation": "Stable, but an update failed and was rolled back to the previous version."
        },
        {
          "name": "ERROR",
          "value": "ERROR",
          "documentation": "The last request failed and was not rolled back."
        },
        {
          "name": "PLAN_IN_PROGRESS",
          "value": "PLAN_IN_PROGRESS",
          "documentation": "A plan of changes is being made or waits to be run."
        }
      ],
      "documentation": "The states a provisioned product can be in."
    },
    "ProvisionedProductStatusMessage": {
      "type": "string",
      "documentation": "Free text that explains a status."
    },
    "CreatedTime": {
      "type": "timestamp",
      "timestampFormat": "epoch-seconds",
      "documentation": "A moment, as epoch seconds on the wire (awsJson1_1's default)."
    },
    "IdempotencyToken": {
      "type": "string",
      "length": {
        "min": 1,
        "max": 128
      },
      "pattern": "^[a-zA-Z0-9][a-zA-Z0-9_-]*$",
      "documentation": "A caller-chosen token that makes a request safe to retry."
    },
    "LastRequestId": {
      "type": "string",
      "documentation": "A record identifier, unconstrained where Scan returns it."
    },
    "Id": {
      "type": "string",
      "length": {
        "min": 1,
        "max": 100
      },
      "pattern": "^[a-zA-Z0-9_\\-]*$",
      "documentation": "A Service Catalog identifier: letters, digits, underscores and hyphens."
    },
    "RoleArn": {
      "type": "string",
      "length": {
        "min": 1,
        "max": 1224
      },
      "pattern": "^arn:[a-z0-9-\\.]{1,63}:iam::[a-z0-9-\\.]{0,63}:role\\/.{0,1023}$",
      "documentation": "The ARN of an IAM role."
    },
    "Tags": {
      "type": "list",
      "member": {
        "target": "Tag"
      },
      "length": {
        "min": 0,
        "max": 50
      },
      "documentation": "Up to 50 tags."
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
          "pattern": "^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$",
          "documentation": "The tag's key."
        },
        "Value": {
          "target": "TagValue",
          "required": true,
          "length": {
            "min": 1,
            "max": 256
          },
          "pattern": "^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$",
          "documentation": "The tag's value."
        }
      },
      "documentation": "A key and value attached to a resource."
    },
    "TagKey": {
      "type": "string",
      "length": {
        "min": 1,
        "max": 128
      },
      "pattern": "^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$",
      "documentation": "A tag key: letters, separators, digits and _.:/=+-@."
    },
    "TagValue": {
      "type": "string",
      "length": {
        "min": 1,
        "max": 256
      },
      "pattern": "^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$",
      "documentation": "A tag value: letters, separators, digits and _.:/=+-@."
    },
    "PhysicalId": {
      "type": "string",
      "documentation": "An identifier in the provisioning engine."
    },
    "ProductViewName": {
      "type": "string",
      "length": {
        "min": 0,
        "max": 8191
      },
      "documentation": "A product's display name."
    },
    "ProvisioningArtifactName": {
      "type": "string",
      "length": {
        "min": 0,
        "max": 8192
      },
      "documentation": "A product version's name."
    },
    "UserArn": {
      "type": "string",
      "documentation": "The ARN of an IAM principal."
    },
    "UserArnSession": {
      "type": "string",
      "documentation": "The ARN of an assumed-role session."
    },
    "ErrorMessage": {
      "type": "string",
      "length": {
        "min": 1,
        "max": 1024
      },
      "documentation": "An error's message."
    }
  }
} as const satisfies ServiceTables;
