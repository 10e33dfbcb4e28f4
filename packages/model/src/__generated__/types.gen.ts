/**
 * Generated from spec/servicecatalog.json by `pnpm generate`. Do not edit.
 */

export interface paths {
    "/#AWS242ServiceCatalogService.ScanProvisionedProducts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lists the caller's provisioned products that are not terminated, a page at a time, at the access level asked for.
         * @description Lists the caller's provisioned products that are not terminated, a page at a time, at the access level asked for. For filters and sorting, use SearchProvisionedProducts.
         */
        post: operations["ScanProvisionedProducts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#AWS242ServiceCatalogService.SearchProvisionedProducts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Finds provisioned products by a search query, sorted and paged, and counts every match.
         * @description Finds provisioned products by a search query, sorted and paged, and counts every match.
         */
        post: operations["SearchProvisionedProducts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description What to list in ScanProvisionedProducts. */
        ScanProvisionedProductsInput: {
            /** @description Language of the answer's text: jp, zh, or English when left out. */
            AcceptLanguage?: components["schemas"]["AcceptLanguage"] | undefined;
            /** @description Whose provisioned products to list: the caller's own, its role's, or the account's. AWS documents User as the default. */
            AccessLevelFilter?: components["schemas"]["AccessLevelFilter"] | undefined;
            /**
             * @description Most items to return in one page, from 0 to 20.
             * @default 0
             */
            PageSize?: components["schemas"]["PageSize"] | undefined;
            /** @description The NextPageToken of the previous page; left out for the first page. */
            PageToken?: components["schemas"]["PageToken"] | undefined;
        };
        /** @description One page of ScanProvisionedProducts. */
        ScanProvisionedProductsOutput: {
            /** @description This page's provisioned products. */
            ProvisionedProducts?: components["schemas"]["ProvisionedProductDetails"] | undefined;
            /** @description Token for the next page; null when this page is the last one. */
            NextPageToken?: components["schemas"]["PageToken"] | undefined;
        };
        /** @description What to look for in SearchProvisionedProducts. */
        SearchProvisionedProductsInput: {
            /** @description Language of the answer's text: jp, zh, or English when left out. */
            AcceptLanguage?: components["schemas"]["AcceptLanguage"] | undefined;
            /** @description Whose provisioned products to search: the caller's own, its role's, or the account's. AWS's newest documentation gives Account as the default; older pages say User. */
            AccessLevelFilter?: components["schemas"]["AccessLevelFilter"] | undefined;
            /** @description Search terms under the SearchQuery key: free text, or field:value for a searchable field such as status:AVAILABLE. */
            Filters?: components["schemas"]["ProvisionedProductFilters"] | undefined;
            /** @description Field to sort by: arn, id, name, lastRecordId or createdTime. Without it the order is not defined and paging may repeat or skip items. */
            SortBy?: components["schemas"]["SortField"] | undefined;
            /** @description Direction of the sort: ASCENDING or DESCENDING. */
            SortOrder?: components["schemas"]["SortOrder"] | undefined;
            /**
             * @description Most items to return in one page, from 0 to 100.
             * @default 0
             */
            PageSize?: components["schemas"]["SearchProvisionedProductsPageSize"] | undefined;
            /** @description The NextPageToken of the previous page; left out for the first page. */
            PageToken?: components["schemas"]["PageToken"] | undefined;
        };
        /** @description One page of SearchProvisionedProducts. */
        SearchProvisionedProductsOutput: {
            /** @description This page's matching provisioned products. */
            ProvisionedProducts?: components["schemas"]["ProvisionedProductAttributes"] | undefined;
            /**
             * @description How many provisioned products match the search across all pages.
             * @default 0
             */
            TotalResultsCount?: components["schemas"]["TotalResultsCount"] | undefined;
            /** @description Token for the next page; null when this page is the last one. */
            NextPageToken?: components["schemas"]["PageToken"] | undefined;
        };
        /** @description The request was well formed but asked for something the service cannot do, such as a page token it did not issue. */
        InvalidParametersException: {
            /** @description What was wrong with the request. */
            Message?: components["schemas"]["ErrorMessage"] | undefined;
        };
        /** @description Which provisioned products the caller sees, by who launched them. */
        AccessLevelFilter: {
            /** @description The level: Account, Role or User. */
            Key?: components["schemas"]["AccessLevelFilterKey"] | undefined;
            /** @description Whose level: the service accepts only self, the caller. */
            Value?: components["schemas"]["AccessLevelFilterValue"] | undefined;
        };
        /**
         * @description The access levels a caller can list at.
         * @enum {string}
         */
        AccessLevelFilterKey: "Account" | "Role" | "User";
        /** @description The principal an access level applies to; only self is supported. */
        AccessLevelFilterValue: string;
        /** @description A language code for the text of an answer. */
        AcceptLanguage: string;
        /**
         * Format: int32
         * @description Page size of ScanProvisionedProducts.
         * @default 0
         */
        PageSize: number;
        /**
         * Format: int32
         * @description Page size of SearchProvisionedProducts.
         * @default 0
         */
        SearchProvisionedProductsPageSize: number;
        /** @description An opaque token that resumes a listing where the previous page stopped. */
        PageToken: string;
        /**
         * Format: int32
         * @description A count of search matches.
         * @default 0
         */
        TotalResultsCount: number;
        /** @description Search filters, by kind. */
        ProvisionedProductFilters: {
            [key in components["schemas"]["ProvisionedProductViewFilterBy"]]?: components["schemas"]["ProvisionedProductViewFilterValues"];
        };
        /**
         * @description The kinds of search filter.
         * @enum {string}
         */
        ProvisionedProductViewFilterBy: "SearchQuery";
        /** @description The terms of one filter. */
        ProvisionedProductViewFilterValues: components["schemas"]["ProvisionedProductViewFilterValue"][];
        /** @description One search term. */
        ProvisionedProductViewFilterValue: string;
        /** @description The name of a field to sort search results by. */
        SortField: string;
        /**
         * @description A sort direction.
         * @enum {string}
         */
        SortOrder: "ASCENDING" | "DESCENDING";
        /** @description Provisioned products as ScanProvisionedProducts returns them. */
        ProvisionedProductDetails: components["schemas"]["ProvisionedProductDetail"][];
        /** @description A provisioned product as ScanProvisionedProducts describes it. */
        ProvisionedProductDetail: {
            /** @description The name the provisioned product was launched with. */
            Name?: components["schemas"]["ProvisionedProductNameOrArn"] | undefined;
            /** @description The provisioned product's ARN. */
            Arn?: components["schemas"]["ProvisionedProductNameOrArn"] | undefined;
            /** @description How it was provisioned, such as CFN_STACK or TERRAFORM_OPEN_SOURCE. */
            Type?: components["schemas"]["ProvisionedProductType"] | undefined;
            /** @description The provisioned product's identifier. */
            Id?: components["schemas"]["ProvisionedProductId"] | undefined;
            /** @description Where the provisioned product stands. */
            Status?: components["schemas"]["ProvisionedProductStatus"] | undefined;
            /** @description Why it stands there, for example the error of a failed change. */
            StatusMessage?: components["schemas"]["ProvisionedProductStatusMessage"] | undefined;
            /** @description When it was launched. */
            CreatedTime?: components["schemas"]["CreatedTime"] | undefined;
            /** @description The token the launch request carried to make retries safe. */
            IdempotencyToken?: components["schemas"]["IdempotencyToken"] | undefined;
            /** @description The record of the latest request made on it, of any kind. */
            LastRecordId?: components["schemas"]["LastRequestId"] | undefined;
            /** @description The record of the latest launch, update or terminate request, whatever its outcome. */
            LastProvisioningRecordId?: components["schemas"]["Id"] | undefined;
            /** @description The record of the latest launch, update or terminate request that succeeded. */
            LastSuccessfulProvisioningRecordId?: components["schemas"]["Id"] | undefined;
            /** @description The product it was launched from. */
            ProductId?: components["schemas"]["Id"] | undefined;
            /** @description The product version it was launched from. */
            ProvisioningArtifactId?: components["schemas"]["Id"] | undefined;
            /** @description The IAM role the launch constraint used, if any. */
            LaunchRoleArn?: components["schemas"]["RoleArn"] | undefined;
        };
        /** @description Provisioned products as SearchProvisionedProducts returns them. */
        ProvisionedProductAttributes: components["schemas"]["ProvisionedProductAttribute"][];
        /** @description A provisioned product as SearchProvisionedProducts describes it. */
        ProvisionedProductAttribute: {
            /** @description The name the provisioned product was launched with. */
            Name?: components["schemas"]["ProvisionedProductNameOrArn"] | undefined;
            /** @description The provisioned product's ARN. */
            Arn?: components["schemas"]["ProvisionedProductNameOrArn"] | undefined;
            /** @description How it was provisioned, such as CFN_STACK or TERRAFORM_OPEN_SOURCE. */
            Type?: components["schemas"]["ProvisionedProductType"] | undefined;
            /** @description The provisioned product's identifier. */
            Id?: components["schemas"]["Id"] | undefined;
            /** @description Where the provisioned product stands. */
            Status?: components["schemas"]["ProvisionedProductStatus"] | undefined;
            /** @description Why it stands there, for example the error of a failed change. */
            StatusMessage?: components["schemas"]["ProvisionedProductStatusMessage"] | undefined;
            /** @description When it was launched. */
            CreatedTime?: components["schemas"]["CreatedTime"] | undefined;
            /** @description The token the launch request carried to make retries safe. */
            IdempotencyToken?: components["schemas"]["IdempotencyToken"] | undefined;
            /** @description The record of the latest request made on it, of any kind. */
            LastRecordId?: components["schemas"]["Id"] | undefined;
            /** @description The record of the latest launch, update or terminate request, whatever its outcome. */
            LastProvisioningRecordId?: components["schemas"]["Id"] | undefined;
            /** @description The record of the latest launch, update or terminate request that succeeded. */
            LastSuccessfulProvisioningRecordId?: components["schemas"]["Id"] | undefined;
            /** @description The provisioned product's tags. */
            Tags?: components["schemas"]["Tags"] | undefined;
            /** @description What it is in the provisioning engine, for example a CloudFormation stack ARN or an account id. */
            PhysicalId?: components["schemas"]["PhysicalId"] | undefined;
            /** @description The product it was launched from. */
            ProductId?: components["schemas"]["Id"] | undefined;
            /** @description The name of that product. */
            ProductName?: components["schemas"]["ProductViewName"] | undefined;
            /** @description The product version it was launched from. */
            ProvisioningArtifactId?: components["schemas"]["Id"] | undefined;
            /** @description The name of that product version. */
            ProvisioningArtifactName?: components["schemas"]["ProvisioningArtifactName"] | undefined;
            /** @description The IAM principal that launched it. */
            UserArn?: components["schemas"]["UserArn"] | undefined;
            /** @description The session of that principal, when it was an assumed role. */
            UserArnSession?: components["schemas"]["UserArnSession"] | undefined;
        };
        /** @description A provisioned product's name or ARN. The alternation binds ^ to the name and $ to the ARN, as AWS models it. */
        ProvisionedProductNameOrArn: string;
        /** @description A provisioning engine: CFN_STACK, CFN_STACKSET, TERRAFORM_OPEN_SOURCE, TERRAFORM_CLOUD or EXTERNAL. */
        ProvisionedProductType: string;
        /** @description A provisioned product identifier, unconstrained where Scan returns it. */
        ProvisionedProductId: string;
        /**
         * @description The states a provisioned product can be in.
         * @enum {string}
         */
        ProvisionedProductStatus: "AVAILABLE" | "UNDER_CHANGE" | "TAINTED" | "ERROR" | "PLAN_IN_PROGRESS";
        /** @description Free text that explains a status. */
        ProvisionedProductStatusMessage: string;
        /**
         * Format: epoch-seconds
         * @description A moment, as epoch seconds on the wire (awsJson1_1's default).
         */
        CreatedTime: Date;
        /** @description A caller-chosen token that makes a request safe to retry. */
        IdempotencyToken: string;
        /** @description A record identifier, unconstrained where Scan returns it. */
        LastRequestId: string;
        /** @description A Service Catalog identifier: letters, digits, underscores and hyphens. */
        Id: string;
        /** @description The ARN of an IAM role. */
        RoleArn: string;
        /** @description Up to 50 tags. */
        Tags: components["schemas"]["Tag"][];
        /** @description A key and value attached to a resource. */
        Tag: {
            /** @description The tag's key. */
            Key: components["schemas"]["TagKey"] | undefined;
            /** @description The tag's value. */
            Value: components["schemas"]["TagValue"] | undefined;
        };
        /** @description A tag key: letters, separators, digits and _.:/=+-@. */
        TagKey: string;
        /** @description A tag value: letters, separators, digits and _.:/=+-@. */
        TagValue: string;
        /** @description An identifier in the provisioning engine. */
        PhysicalId: string;
        /** @description A product's display name. */
        ProductViewName: string;
        /** @description A product version's name. */
        ProvisioningArtifactName: string;
        /** @description The ARN of an IAM principal. */
        UserArn: string;
        /** @description The ARN of an assumed-role session. */
        UserArnSession: string;
        /** @description An error's message. */
        ErrorMessage: string;
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type ScanProvisionedProductsInput = components['schemas']['ScanProvisionedProductsInput'];
export type ScanProvisionedProductsOutput = components['schemas']['ScanProvisionedProductsOutput'];
export type SearchProvisionedProductsInput = components['schemas']['SearchProvisionedProductsInput'];
export type SearchProvisionedProductsOutput = components['schemas']['SearchProvisionedProductsOutput'];
export type InvalidParametersException = components['schemas']['InvalidParametersException'];
export type AccessLevelFilter = components['schemas']['AccessLevelFilter'];
export type AccessLevelFilterKey = components['schemas']['AccessLevelFilterKey'];
export type AccessLevelFilterValue = components['schemas']['AccessLevelFilterValue'];
export type AcceptLanguage = components['schemas']['AcceptLanguage'];
export type PageSize = components['schemas']['PageSize'];
export type SearchProvisionedProductsPageSize = components['schemas']['SearchProvisionedProductsPageSize'];
export type PageToken = components['schemas']['PageToken'];
export type TotalResultsCount = components['schemas']['TotalResultsCount'];
export type ProvisionedProductFilters = components['schemas']['ProvisionedProductFilters'];
export type ProvisionedProductViewFilterBy = components['schemas']['ProvisionedProductViewFilterBy'];
export type ProvisionedProductViewFilterValues = components['schemas']['ProvisionedProductViewFilterValues'];
export type ProvisionedProductViewFilterValue = components['schemas']['ProvisionedProductViewFilterValue'];
export type SortField = components['schemas']['SortField'];
export type SortOrder = components['schemas']['SortOrder'];
export type ProvisionedProductDetails = components['schemas']['ProvisionedProductDetails'];
export type ProvisionedProductDetail = components['schemas']['ProvisionedProductDetail'];
export type ProvisionedProductAttributes = components['schemas']['ProvisionedProductAttributes'];
export type ProvisionedProductAttribute = components['schemas']['ProvisionedProductAttribute'];
export type ProvisionedProductNameOrArn = components['schemas']['ProvisionedProductNameOrArn'];
export type ProvisionedProductType = components['schemas']['ProvisionedProductType'];
export type ProvisionedProductId = components['schemas']['ProvisionedProductId'];
export type ProvisionedProductStatus = components['schemas']['ProvisionedProductStatus'];
export type ProvisionedProductStatusMessage = components['schemas']['ProvisionedProductStatusMessage'];
export type CreatedTime = components['schemas']['CreatedTime'];
export type IdempotencyToken = components['schemas']['IdempotencyToken'];
export type LastRequestId = components['schemas']['LastRequestId'];
export type Id = components['schemas']['Id'];
export type RoleArn = components['schemas']['RoleArn'];
export type Tags = components['schemas']['Tags'];
export type Tag = components['schemas']['Tag'];
export type TagKey = components['schemas']['TagKey'];
export type TagValue = components['schemas']['TagValue'];
export type PhysicalId = components['schemas']['PhysicalId'];
export type ProductViewName = components['schemas']['ProductViewName'];
export type ProvisioningArtifactName = components['schemas']['ProvisioningArtifactName'];
export type UserArn = components['schemas']['UserArn'];
export type UserArnSession = components['schemas']['UserArnSession'];
export type ErrorMessage = components['schemas']['ErrorMessage'];
export type $defs = Record<string, never>;
export interface operations {
    ScanProvisionedProducts: {
        parameters: {
            query?: never;
            header: {
                /** @description Selects the operation; every operation is sent to `POST /`. */
                "X-Amz-Target": "AWS242ServiceCatalogService.ScanProvisionedProducts";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["ScanProvisionedProductsInput"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    /** @description The request id AWS assigns; quote it to AWS support. */
                    "x-amzn-RequestId"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ScanProvisionedProductsOutput"];
                };
            };
            /** @description A modelled error, or a framework error such as ValidationException or ThrottlingException. */
            400: {
                headers: {
                    /** @description The request id AWS assigns; quote it to AWS support. */
                    "x-amzn-RequestId"?: string;
                    /** @description The error's name, when the service sends it. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": (components["schemas"]["InvalidParametersException"] & {
                        /** @constant */
                        __type?: "InvalidParametersException";
                    }) | {
                        __type?: string;
                        message?: string;
                        Message?: string;
                    };
                };
            };
            /** @description A server-side failure (InternalFailure, ServiceUnavailable) or an error outside the model. */
            default: {
                headers: {
                    /** @description The request id AWS assigns; quote it to AWS support. */
                    "x-amzn-RequestId"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": {
                        __type?: string;
                        message?: string;
                        Message?: string;
                    };
                };
            };
        };
    };
    SearchProvisionedProducts: {
        parameters: {
            query?: never;
            header: {
                /** @description Selects the operation; every operation is sent to `POST /`. */
                "X-Amz-Target": "AWS242ServiceCatalogService.SearchProvisionedProducts";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["SearchProvisionedProductsInput"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    /** @description The request id AWS assigns; quote it to AWS support. */
                    "x-amzn-RequestId"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["SearchProvisionedProductsOutput"];
                };
            };
            /** @description A modelled error, or a framework error such as ValidationException or ThrottlingException. */
            400: {
                headers: {
                    /** @description The request id AWS assigns; quote it to AWS support. */
                    "x-amzn-RequestId"?: string;
                    /** @description The error's name, when the service sends it. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": (components["schemas"]["InvalidParametersException"] & {
                        /** @constant */
                        __type?: "InvalidParametersException";
                    }) | {
                        __type?: string;
                        message?: string;
                        Message?: string;
                    };
                };
            };
            /** @description A server-side failure (InternalFailure, ServiceUnavailable) or an error outside the model. */
            default: {
                headers: {
                    /** @description The request id AWS assigns; quote it to AWS support. */
                    "x-amzn-RequestId"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": {
                        __type?: string;
                        message?: string;
                        Message?: string;
                    };
                };
            };
        };
    };
}
