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
    "/#AWS242ServiceCatalogService.DescribeProduct": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reads a product of the catalog as an end user sees it: its summary, the provisioning artifacts the caller may launch, budgets and launch paths.
         * @description Reads a product of the catalog as an end user sees it: its summary, the provisioning artifacts the caller may launch, budgets and launch paths.
         */
        post: operations["DescribeProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#AWS242ServiceCatalogService.DescribeProvisionedProduct": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reads one provisioned product by Id or name: its status, its records and where it came from.
         * @description Reads one provisioned product by Id or name: its status, its records and where it came from.
         */
        post: operations["DescribeProvisionedProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#AWS242ServiceCatalogService.DescribeRecord": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reads a record: the request it tracks, its status and errors, and a page of its outputs.
         * @description Reads a record: the request it tracks, its status and errors, and a page of its outputs.
         */
        post: operations["DescribeRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#AWS242ServiceCatalogService.GetProvisionedProductOutputs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reads the outputs a provisioned product's stack or configuration produced, such as an account's e-mail, a page at a time.
         * @description Reads the outputs a provisioned product's stack or configuration produced, such as an account's e-mail, a page at a time.
         */
        post: operations["GetProvisionedProductOutputs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#AWS242ServiceCatalogService.ListLaunchPaths": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lists the launch paths (portfolios) through which the caller may launch a product, a page at a time.
         * @description Lists the launch paths (portfolios) through which the caller may launch a product, a page at a time.
         */
        post: operations["ListLaunchPaths"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#AWS242ServiceCatalogService.ListRecordHistory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lists records (provision, update and terminate requests) the caller may see at an access level, newest first, a page at a time.
         * @description Lists records (provision, update and terminate requests) the caller may see at an access level, newest first, a page at a time.
         */
        post: operations["ListRecordHistory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#AWS242ServiceCatalogService.ProvisionProduct": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Launches a provisioned product from a product's artifact, asynchronously: the answer is a record, and the product is UNDER_CHANGE until the record ends.
         * @description Launches a provisioned product from a product's artifact, asynchronously: the answer is a record, and the product is UNDER_CHANGE until the record ends.
         */
        post: operations["ProvisionProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#AWS242ServiceCatalogService.TerminateProvisionedProduct": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ends a provisioned product and deletes its resources, asynchronously: the answer is a record; when it succeeds the product is gone, and its records stay readable.
         * @description Ends a provisioned product and deletes its resources, asynchronously: the answer is a record; when it succeeds the product is gone, and its records stay readable.
         */
        post: operations["TerminateProvisionedProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#AWS242ServiceCatalogService.UpdateProvisionedProduct": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Changes a provisioned product to another artifact, parameters or tags, asynchronously: the answer is a record; a failed update rolls back and leaves the product TAINTED.
         * @description Changes a provisioned product to another artifact, parameters or tags, asynchronously: the answer is a record; a failed update rolls back and leaves the product TAINTED.
         */
        post: operations["UpdateProvisionedProduct"];
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
        /** @description A twelve-digit AWS account number. */
        AccountId: string;
        /** @description A budget tied to a product or portfolio. */
        BudgetDetail: {
            /** @description The budget's name. */
            BudgetName?: components["schemas"]["BudgetName"] | undefined;
        };
        /** @description The name of a budget. */
        BudgetName: string;
        /** @description The budgets tied to a product. */
        Budgets: components["schemas"]["BudgetDetail"][];
        /** @description A CloudWatch dashboard made for a provisioned product. */
        CloudWatchDashboard: {
            /** @description The dashboard's name. */
            Name?: components["schemas"]["CloudWatchDashboardName"] | undefined;
        };
        /** @description The name of a CloudWatch dashboard. */
        CloudWatchDashboardName: string;
        /** @description The dashboards made for a provisioned product. */
        CloudWatchDashboards: components["schemas"]["CloudWatchDashboard"][];
        /** @description What a constraint on a launch path says, in words. */
        ConstraintDescription: string;
        /** @description The constraints that apply on a launch path. */
        ConstraintSummaries: components["schemas"]["ConstraintSummary"][];
        /** @description One constraint on a launch path, in short. */
        ConstraintSummary: {
            /** @description The kind of constraint: LAUNCH, NOTIFICATION, STACKSET or TEMPLATE. */
            Type?: components["schemas"]["ConstraintType"] | undefined;
            /** @description What the constraint says. */
            Description?: components["schemas"]["ConstraintDescription"] | undefined;
        };
        /** @description The kind of a constraint. */
        ConstraintType: string;
        /** @description Which product to read, by Id or by name. */
        DescribeProductInput: {
            /** @description The language of the answer's texts: en (default), jp or zh. */
            AcceptLanguage?: components["schemas"]["AcceptLanguage"] | undefined;
            /** @description The product's identifier. Give this or Name. */
            Id?: components["schemas"]["Id"] | undefined;
            /** @description The product's name. Give this or Id. */
            Name?: components["schemas"]["ProductViewName"] | undefined;
        };
        /** @description The product, its artifacts, budgets and launch paths. */
        DescribeProductOutput: {
            /** @description The product as end users see it. */
            ProductViewSummary?: components["schemas"]["ProductViewSummary"] | undefined;
            /** @description The versions of the product that can be launched. */
            ProvisioningArtifacts?: components["schemas"]["ProvisioningArtifacts"] | undefined;
            /** @description The budgets tied to the product. */
            Budgets?: components["schemas"]["Budgets"] | undefined;
            /** @description The launch paths (portfolios) through which the caller may launch it. */
            LaunchPaths?: components["schemas"]["LaunchPaths"] | undefined;
        };
        /** @description Which provisioned product to read: Id or Name, not both. */
        DescribeProvisionedProductInput: {
            /** @description The language of the answer's texts: en (default), jp or zh. */
            AcceptLanguage?: components["schemas"]["AcceptLanguage"] | undefined;
            /** @description The provisioned product's identifier. Give this or Name. */
            Id?: components["schemas"]["Id"] | undefined;
            /** @description The provisioned product's name. Give this or Id. */
            Name?: components["schemas"]["ProvisionedProductName"] | undefined;
        };
        /** @description The provisioned product and its dashboards. */
        DescribeProvisionedProductOutput: {
            /** @description The provisioned product. */
            ProvisionedProductDetail?: components["schemas"]["ProvisionedProductDetail"] | undefined;
            /** @description The CloudWatch dashboards made for it. */
            CloudWatchDashboards?: components["schemas"]["CloudWatchDashboards"] | undefined;
        };
        /** @description Which record, and which page of its outputs. */
        DescribeRecordInput: {
            /** @description The language of the answer's texts: en (default), jp or zh. */
            AcceptLanguage?: components["schemas"]["AcceptLanguage"] | undefined;
            /** @description The record's identifier, as a provision, update or terminate answer gave it. */
            Id: components["schemas"]["Id"] | undefined;
            /** @description Where to go on from: the NextPageToken of the page before, or nothing for the first page. */
            PageToken?: components["schemas"]["PageToken"] | undefined;
            /**
             * @description How many outputs to answer at most.
             * @default 0
             */
            PageSize?: components["schemas"]["PageSize"] | undefined;
        };
        /** @description The record and a page of its outputs. */
        DescribeRecordOutput: {
            /** @description The record. */
            RecordDetail?: components["schemas"]["RecordDetail"] | undefined;
            /** @description A page of the outputs of the provisioned product, as the record left them. */
            RecordOutputs?: components["schemas"]["RecordOutputs"] | undefined;
            /** @description The token for the next page of outputs; absent or empty on the last page. */
            NextPageToken?: components["schemas"]["PageToken"] | undefined;
        };
        /** @description Words that explain something. */
        Description: string;
        /** @description Something with the same identity exists already, for example a provisioned product of that name. */
        DuplicateResourceException: {
            /** @description What is duplicated. */
            Message?: components["schemas"]["ErrorMessage"] | undefined;
        };
        /** @description A short code naming an error. */
        ErrorCode: string;
        /** @description What went wrong, in words. */
        ErrorDescription: string;
        /** @description Whose outputs, which of them, and which page. */
        GetProvisionedProductOutputsInput: {
            /** @description The language of the answer's texts: en (default), jp or zh. */
            AcceptLanguage?: components["schemas"]["AcceptLanguage"] | undefined;
            /** @description The provisioned product's identifier. Give this or ProvisionedProductName. */
            ProvisionedProductId?: components["schemas"]["Id"] | undefined;
            /** @description The provisioned product's name. Give this or ProvisionedProductId. */
            ProvisionedProductName?: components["schemas"]["ProvisionedProductName"] | undefined;
            /** @description Only these outputs; all of them when absent. */
            OutputKeys?: components["schemas"]["OutputKeys"] | undefined;
            /**
             * @description How many outputs to answer at most.
             * @default 0
             */
            PageSize?: components["schemas"]["PageSize"] | undefined;
            /** @description Where to go on from: the NextPageToken of the page before, or nothing for the first page. */
            PageToken?: components["schemas"]["PageToken"] | undefined;
        };
        /** @description A page of outputs. */
        GetProvisionedProductOutputsOutput: {
            /** @description The outputs: key, value and description. */
            Outputs?: components["schemas"]["RecordOutputs"] | undefined;
            /** @description The token for the next page; absent or empty on the last page. */
            NextPageToken?: components["schemas"]["PageToken"] | undefined;
        };
        /**
         * @description Whether a product has a launch path to use when none is named.
         * @default false
         */
        HasDefaultPath: boolean;
        /**
         * @description Whether a termination goes on when the resources cannot be deleted.
         * @default false
         */
        IgnoreErrors: boolean;
        /** @description A way to launch a product: the portfolio that shares it with the caller. */
        LaunchPath: {
            /** @description The launch path's identifier. */
            Id?: components["schemas"]["Id"] | undefined;
            /** @description The launch path's name (the portfolio's). */
            Name?: components["schemas"]["PortfolioName"] | undefined;
        };
        /** @description The launch paths of a product. */
        LaunchPathSummaries: components["schemas"]["LaunchPathSummary"][];
        /** @description A launch path, with its constraints and tags. */
        LaunchPathSummary: {
            /** @description The launch path's identifier. */
            Id?: components["schemas"]["Id"] | undefined;
            /** @description The constraints that apply when launching through it. */
            ConstraintSummaries?: components["schemas"]["ConstraintSummaries"] | undefined;
            /** @description Tags the portfolio puts on what is launched through it. */
            Tags?: components["schemas"]["Tags"] | undefined;
            /** @description The launch path's name (the portfolio's). */
            Name?: components["schemas"]["PortfolioName"] | undefined;
        };
        /** @description Launch paths of a product. */
        LaunchPaths: components["schemas"]["LaunchPath"][];
        /** @description Which product, and which page. */
        ListLaunchPathsInput: {
            /** @description The language of the answer's texts: en (default), jp or zh. */
            AcceptLanguage?: components["schemas"]["AcceptLanguage"] | undefined;
            /** @description The product whose launch paths to list. */
            ProductId: components["schemas"]["Id"] | undefined;
            /**
             * @description How many launch paths to answer at most.
             * @default 0
             */
            PageSize?: components["schemas"]["PageSize"] | undefined;
            /** @description Where to go on from: the NextPageToken of the page before, or nothing for the first page. */
            PageToken?: components["schemas"]["PageToken"] | undefined;
        };
        /** @description A page of launch paths. */
        ListLaunchPathsOutput: {
            /** @description The launch paths on this page. */
            LaunchPathSummaries?: components["schemas"]["LaunchPathSummaries"] | undefined;
            /** @description The token for the next page; absent or empty on the last page. */
            NextPageToken?: components["schemas"]["PageToken"] | undefined;
        };
        /** @description Which records, at which access level, and which page. */
        ListRecordHistoryInput: {
            /** @description The language of the answer's texts: en (default), jp or zh. */
            AcceptLanguage?: components["schemas"]["AcceptLanguage"] | undefined;
            /** @description Whose records: the caller's (User), the caller's role's (Role) or the account's (Account). */
            AccessLevelFilter?: components["schemas"]["AccessLevelFilter"] | undefined;
            /** @description Only the records of one provisioned product (key `provisionedproduct`) or one product. */
            SearchFilter?: components["schemas"]["ListRecordHistorySearchFilter"] | undefined;
            /**
             * @description How many records to answer at most.
             * @default 0
             */
            PageSize?: components["schemas"]["PageSize"] | undefined;
            /** @description Where to go on from: the NextPageToken of the page before, or nothing for the first page. */
            PageToken?: components["schemas"]["PageToken"] | undefined;
        };
        /** @description A page of records. */
        ListRecordHistoryOutput: {
            /** @description The records on this page. */
            RecordDetails?: components["schemas"]["RecordDetails"] | undefined;
            /** @description The token for the next page; absent or empty on the last page. */
            NextPageToken?: components["schemas"]["PageToken"] | undefined;
        };
        /** @description A filter of the record history: a key and the value it must have. */
        ListRecordHistorySearchFilter: {
            /** @description What to filter on: `product` or `provisionedproduct`. */
            Key?: components["schemas"]["SearchFilterKey"] | undefined;
            /** @description The identifier the records must name. */
            Value?: components["schemas"]["SearchFilterValue"] | undefined;
        };
        /** @description The ARN of an SNS topic that hears of a provisioned product's stack events. */
        NotificationArn: string;
        /** @description SNS topics that hear of the stack's events. */
        NotificationArns: components["schemas"]["NotificationArn"][];
        /** @description The key of an output. */
        OutputKey: string;
        /** @description The keys of the outputs asked for. */
        OutputKeys: components["schemas"]["OutputKey"][];
        /** @description The value of an output. */
        OutputValue: string;
        /** @description The name of a provisioning parameter. */
        ParameterKey: string;
        /** @description The value of a provisioning parameter. */
        ParameterValue: string;
        /** @description The name of a portfolio as it is shown. */
        PortfolioDisplayName: string;
        /** @description The name of a portfolio. */
        PortfolioName: string;
        /**
         * @description What kind of product: a CloudFormation template, Marketplace, Terraform or external.
         * @enum {string}
         */
        ProductType: "CLOUD_FORMATION_TEMPLATE" | "MARKETPLACE" | "TERRAFORM_OPEN_SOURCE" | "TERRAFORM_CLOUD" | "EXTERNAL";
        /** @description Who distributes a product. */
        ProductViewDistributor: string;
        /** @description Who owns a product. */
        ProductViewOwner: string;
        /** @description A product's description in a line. */
        ProductViewShortDescription: string;
        /** @description A product as end users see it. */
        ProductViewSummary: {
            /** @description The identifier of this view of the product. */
            Id?: components["schemas"]["Id"] | undefined;
            /** @description The product's identifier. */
            ProductId?: components["schemas"]["Id"] | undefined;
            /** @description The product's name. */
            Name?: components["schemas"]["ProductViewName"] | undefined;
            /** @description Who owns the product. */
            Owner?: components["schemas"]["ProductViewOwner"] | undefined;
            /** @description The product's description in a line. */
            ShortDescription?: components["schemas"]["ProductViewShortDescription"] | undefined;
            /** @description What kind of product it is. */
            Type?: components["schemas"]["ProductType"] | undefined;
            /** @description Who distributes it. */
            Distributor?: components["schemas"]["ProductViewDistributor"] | undefined;
            /**
             * @description Whether it has a launch path to use when none is named.
             * @default false
             */
            HasDefaultPath?: components["schemas"]["HasDefaultPath"] | undefined;
            /** @description Where to write for support. */
            SupportEmail?: components["schemas"]["SupportEmail"] | undefined;
            /** @description How to get support. */
            SupportDescription?: components["schemas"]["SupportDescription"] | undefined;
            /** @description Where support is found. */
            SupportUrl?: components["schemas"]["SupportUrl"] | undefined;
        };
        /** @description What to launch, under which name, with which parameters and tags. */
        ProvisionProductInput: {
            /** @description The language of the answer's texts: en (default), jp or zh. */
            AcceptLanguage?: components["schemas"]["AcceptLanguage"] | undefined;
            /** @description The product to launch. Give this or ProductName. */
            ProductId?: components["schemas"]["Id"] | undefined;
            /** @description The name of the product to launch. Give this or ProductId. */
            ProductName?: components["schemas"]["ProductViewName"] | undefined;
            /** @description The version of the product to launch. Give this or ProvisioningArtifactName. */
            ProvisioningArtifactId?: components["schemas"]["Id"] | undefined;
            /** @description The name of the version to launch. Give this or ProvisioningArtifactId. */
            ProvisioningArtifactName?: components["schemas"]["ProvisioningArtifactName"] | undefined;
            /** @description The launch path to launch through; the default path when absent. */
            PathId?: components["schemas"]["Id"] | undefined;
            /** @description The name of the launch path to launch through. */
            PathName?: components["schemas"]["PortfolioDisplayName"] | undefined;
            /** @description The name of the new provisioned product, unique in the account. */
            ProvisionedProductName: components["schemas"]["ProvisionedProductName"] | undefined;
            /** @description The values of the template's parameters. */
            ProvisioningParameters?: components["schemas"]["ProvisioningParameters"] | undefined;
            /** @description How a stack set product spreads over accounts and regions. */
            ProvisioningPreferences?: components["schemas"]["ProvisioningPreferences"] | undefined;
            /** @description Tags for the provisioned product. */
            Tags?: components["schemas"]["Tags"] | undefined;
            /** @description SNS topics that hear of the stack's events. */
            NotificationArns?: components["schemas"]["NotificationArns"] | undefined;
            /** @description A token that makes retries of this request safe: the same token asks for the same launch. */
            ProvisionToken: components["schemas"]["IdempotencyToken"] | undefined;
        };
        /** @description The record that tracks the launch. */
        ProvisionProductOutput: {
            /** @description The launch's record. */
            RecordDetail?: components["schemas"]["RecordDetail"] | undefined;
        };
        /** @description The name a provisioned product is launched with. */
        ProvisionedProductName: string;
        /** @description A version of a product that can be launched. */
        ProvisioningArtifact: {
            /** @description The artifact's identifier. */
            Id?: components["schemas"]["Id"] | undefined;
            /** @description The artifact's name, such as v1. */
            Name?: components["schemas"]["ProvisioningArtifactName"] | undefined;
            /** @description What the version is. */
            Description?: components["schemas"]["ProvisioningArtifactDescription"] | undefined;
            /** @description When the version was made. */
            CreatedTime?: components["schemas"]["ProvisioningArtifactCreatedTime"] | undefined;
            /** @description Whether end users should still launch it: DEFAULT or DEPRECATED. */
            Guidance?: components["schemas"]["ProvisioningArtifactGuidance"] | undefined;
        };
        /**
         * Format: epoch-seconds
         * @description When a provisioning artifact was made.
         */
        ProvisioningArtifactCreatedTime: Date;
        /** @description What a provisioning artifact is. */
        ProvisioningArtifactDescription: string;
        /**
         * @description What administrators advise of a version: launch it (DEFAULT) or not any more (DEPRECATED).
         * @enum {string}
         */
        ProvisioningArtifactGuidance: "DEFAULT" | "DEPRECATED";
        /** @description Versions of a product. */
        ProvisioningArtifacts: components["schemas"]["ProvisioningArtifact"][];
        /** @description A parameter's value for a launch. */
        ProvisioningParameter: {
            /** @description The parameter's name. */
            Key?: components["schemas"]["ParameterKey"] | undefined;
            /** @description Its value. */
            Value?: components["schemas"]["ParameterValue"] | undefined;
        };
        /** @description Parameter values for a launch. */
        ProvisioningParameters: components["schemas"]["ProvisioningParameter"][];
        /** @description How a stack set product is spread over accounts and regions at launch. */
        ProvisioningPreferences: {
            /** @description The accounts to launch in. */
            StackSetAccounts?: components["schemas"]["StackSetAccounts"] | undefined;
            /** @description The regions to launch in. */
            StackSetRegions?: components["schemas"]["StackSetRegions"] | undefined;
            /** @description How many accounts may fail per region before the launch stops. */
            StackSetFailureToleranceCount?: components["schemas"]["StackSetFailureToleranceCount"] | undefined;
            /** @description The share of accounts that may fail per region before the launch stops. */
            StackSetFailureTolerancePercentage?: components["schemas"]["StackSetFailureTolerancePercentage"] | undefined;
            /** @description How many accounts to launch in at once. */
            StackSetMaxConcurrencyCount?: components["schemas"]["StackSetMaxConcurrencyCount"] | undefined;
            /** @description The share of accounts to launch in at once. */
            StackSetMaxConcurrencyPercentage?: components["schemas"]["StackSetMaxConcurrencyPercentage"] | undefined;
        };
        /** @description A record: one request to launch, change or end a provisioned product, and how it went. */
        RecordDetail: {
            /** @description The record's identifier. */
            RecordId?: components["schemas"]["Id"] | undefined;
            /** @description The provisioned product's name. */
            ProvisionedProductName?: components["schemas"]["ProvisionedProductName"] | undefined;
            /** @description How far the request has come: CREATED, IN_PROGRESS, IN_PROGRESS_IN_ERROR, SUCCEEDED or FAILED. */
            Status?: components["schemas"]["RecordStatus"] | undefined;
            /** @description When the request was made. */
            CreatedTime?: components["schemas"]["CreatedTime"] | undefined;
            /** @description When the record last changed. */
            UpdatedTime?: components["schemas"]["UpdatedTime"] | undefined;
            /** @description How the product is provisioned, such as CFN_STACK. */
            ProvisionedProductType?: components["schemas"]["ProvisionedProductType"] | undefined;
            /** @description What was asked: PROVISION_PRODUCT, UPDATE_PROVISIONED_PRODUCT or TERMINATE_PROVISIONED_PRODUCT. */
            RecordType?: components["schemas"]["RecordType"] | undefined;
            /** @description The provisioned product's identifier. */
            ProvisionedProductId?: components["schemas"]["Id"] | undefined;
            /** @description The product it was launched from. */
            ProductId?: components["schemas"]["Id"] | undefined;
            /** @description The version of the product the request uses. */
            ProvisioningArtifactId?: components["schemas"]["Id"] | undefined;
            /** @description The launch path the request went through. */
            PathId?: components["schemas"]["Id"] | undefined;
            /** @description What went wrong, when the request failed. */
            RecordErrors?: components["schemas"]["RecordErrors"] | undefined;
            /** @description The tags of the request. */
            RecordTags?: components["schemas"]["RecordTags"] | undefined;
            /** @description The role the launch ran under. */
            LaunchRoleArn?: components["schemas"]["RoleArn"] | undefined;
        };
        /** @description Records. */
        RecordDetails: components["schemas"]["RecordDetail"][];
        /** @description An error a request met. */
        RecordError: {
            /** @description The error's code. */
            Code?: components["schemas"]["ErrorCode"] | undefined;
            /** @description What went wrong. */
            Description?: components["schemas"]["ErrorDescription"] | undefined;
        };
        /** @description The errors a request met. */
        RecordErrors: components["schemas"]["RecordError"][];
        /** @description An output of a provisioned product: a key, its value and what it is. */
        RecordOutput: {
            /** @description The output's key. */
            OutputKey?: components["schemas"]["OutputKey"] | undefined;
            /** @description Its value. */
            OutputValue?: components["schemas"]["OutputValue"] | undefined;
            /** @description What it is. */
            Description?: components["schemas"]["Description"] | undefined;
        };
        /** @description Outputs of a provisioned product. */
        RecordOutputs: components["schemas"]["RecordOutput"][];
        /**
         * @description How far a request has come.
         * @enum {string}
         */
        RecordStatus: "CREATED" | "IN_PROGRESS" | "IN_PROGRESS_IN_ERROR" | "SUCCEEDED" | "FAILED";
        /** @description A tag of a record. */
        RecordTag: {
            /** @description The tag's key. */
            Key?: components["schemas"]["RecordTagKey"] | undefined;
            /** @description The tag's value. */
            Value?: components["schemas"]["RecordTagValue"] | undefined;
        };
        /** @description The key of a record's tag. */
        RecordTagKey: string;
        /** @description The value of a record's tag. */
        RecordTagValue: string;
        /** @description The tags of a record. */
        RecordTags: components["schemas"]["RecordTag"][];
        /** @description What a record's request asked for. */
        RecordType: string;
        /** @description An AWS region code, such as eu-west-1. */
        Region: string;
        /** @description The thing named does not exist, or not for this caller: a product, artifact, launch path, provisioned product or record. */
        ResourceNotFoundException: {
            /** @description What was not found. */
            Message?: components["schemas"]["ErrorMessage"] | undefined;
        };
        /**
         * @description Whether a termination keeps the stack's resources and only forgets the provisioned product.
         * @default false
         */
        RetainPhysicalResources: boolean;
        /** @description What a record history filter filters on. */
        SearchFilterKey: string;
        /** @description The value a record history filter asks for. */
        SearchFilterValue: string;
        /** @description Accounts of a stack set. */
        StackSetAccounts: components["schemas"]["AccountId"][];
        /**
         * Format: int32
         * @description How many accounts may fail per region.
         */
        StackSetFailureToleranceCount: number;
        /**
         * Format: int32
         * @description The share of accounts that may fail per region.
         */
        StackSetFailureTolerancePercentage: number;
        /**
         * Format: int32
         * @description How many accounts are worked on at once.
         */
        StackSetMaxConcurrencyCount: number;
        /**
         * Format: int32
         * @description The share of accounts worked on at once.
         */
        StackSetMaxConcurrencyPercentage: number;
        /**
         * @description What an update does to a stack set's instances: create, update or delete them.
         * @enum {string}
         */
        StackSetOperationType: "CREATE" | "UPDATE" | "DELETE";
        /** @description Regions of a stack set. */
        StackSetRegions: components["schemas"]["Region"][];
        /** @description How to get support for a product. */
        SupportDescription: string;
        /** @description The e-mail address for a product's support. */
        SupportEmail: string;
        /** @description Where a product's support is found. */
        SupportUrl: string;
        /** @description Which provisioned product to end (Id or name, not both) and how. */
        TerminateProvisionedProductInput: {
            /** @description The provisioned product's name. Give this or ProvisionedProductId. */
            ProvisionedProductName?: components["schemas"]["ProvisionedProductNameOrArn"] | undefined;
            /** @description The provisioned product's identifier. Give this or ProvisionedProductName. */
            ProvisionedProductId?: components["schemas"]["Id"] | undefined;
            /** @description A token that makes retries safe while the termination runs; once the product is gone, a request with it is not found. */
            TerminateToken: components["schemas"]["IdempotencyToken"] | undefined;
            /**
             * @description Whether to end the provisioned product even when its resources cannot be deleted.
             * @default false
             */
            IgnoreErrors?: components["schemas"]["IgnoreErrors"] | undefined;
            /** @description The language of the answer's texts: en (default), jp or zh. */
            AcceptLanguage?: components["schemas"]["AcceptLanguage"] | undefined;
            /**
             * @description Whether to keep the resources and only forget the provisioned product.
             * @default false
             */
            RetainPhysicalResources?: components["schemas"]["RetainPhysicalResources"] | undefined;
        };
        /** @description The record that tracks the termination. */
        TerminateProvisionedProductOutput: {
            /** @description The termination's record. */
            RecordDetail?: components["schemas"]["RecordDetail"] | undefined;
        };
        /** @description Which provisioned product (Id or name) and what to change. */
        UpdateProvisionedProductInput: {
            /** @description The language of the answer's texts: en (default), jp or zh. */
            AcceptLanguage?: components["schemas"]["AcceptLanguage"] | undefined;
            /** @description The provisioned product's name or ARN. Give this or ProvisionedProductId. */
            ProvisionedProductName?: components["schemas"]["ProvisionedProductNameOrArn"] | undefined;
            /** @description The provisioned product's identifier. Give this or ProvisionedProductName. */
            ProvisionedProductId?: components["schemas"]["Id"] | undefined;
            /** @description The product, when it changes. */
            ProductId?: components["schemas"]["Id"] | undefined;
            /** @description The product's name, when it changes. */
            ProductName?: components["schemas"]["ProductViewName"] | undefined;
            /** @description The version to move to. */
            ProvisioningArtifactId?: components["schemas"]["Id"] | undefined;
            /** @description The name of the version to move to. */
            ProvisioningArtifactName?: components["schemas"]["ProvisioningArtifactName"] | undefined;
            /** @description The launch path to update through. */
            PathId?: components["schemas"]["Id"] | undefined;
            /** @description The name of the launch path to update through. */
            PathName?: components["schemas"]["PortfolioDisplayName"] | undefined;
            /** @description New parameter values, or the previous ones kept. */
            ProvisioningParameters?: components["schemas"]["UpdateProvisioningParameters"] | undefined;
            /** @description How a stack set product's update is spread. */
            ProvisioningPreferences?: components["schemas"]["UpdateProvisioningPreferences"] | undefined;
            /** @description The tags the provisioned product is to have. */
            Tags?: components["schemas"]["Tags"] | undefined;
            /** @description A token that makes retries of this request safe. */
            UpdateToken: components["schemas"]["IdempotencyToken"] | undefined;
        };
        /** @description The record that tracks the update. */
        UpdateProvisionedProductOutput: {
            /** @description The update's record. */
            RecordDetail?: components["schemas"]["RecordDetail"] | undefined;
        };
        /** @description A parameter for an update: a new value, or the previous one kept. */
        UpdateProvisioningParameter: {
            /** @description The parameter's name. */
            Key?: components["schemas"]["ParameterKey"] | undefined;
            /** @description Its new value. */
            Value?: components["schemas"]["ParameterValue"] | undefined;
            /**
             * @description Whether to keep the value it has.
             * @default false
             */
            UsePreviousValue?: components["schemas"]["UsePreviousValue"] | undefined;
        };
        /** @description Parameters for an update. */
        UpdateProvisioningParameters: components["schemas"]["UpdateProvisioningParameter"][];
        /** @description How a stack set product's update is spread over accounts and regions. */
        UpdateProvisioningPreferences: {
            /** @description The accounts to update in. */
            StackSetAccounts?: components["schemas"]["StackSetAccounts"] | undefined;
            /** @description The regions to update in. */
            StackSetRegions?: components["schemas"]["StackSetRegions"] | undefined;
            /** @description How many accounts may fail per region before the update stops. */
            StackSetFailureToleranceCount?: components["schemas"]["StackSetFailureToleranceCount"] | undefined;
            /** @description The share of accounts that may fail per region before the update stops. */
            StackSetFailureTolerancePercentage?: components["schemas"]["StackSetFailureTolerancePercentage"] | undefined;
            /** @description How many accounts to update at once. */
            StackSetMaxConcurrencyCount?: components["schemas"]["StackSetMaxConcurrencyCount"] | undefined;
            /** @description The share of accounts to update at once. */
            StackSetMaxConcurrencyPercentage?: components["schemas"]["StackSetMaxConcurrencyPercentage"] | undefined;
            /** @description Whether to create, update or delete the stack set's instances. */
            StackSetOperationType?: components["schemas"]["StackSetOperationType"] | undefined;
        };
        /**
         * Format: epoch-seconds
         * @description When something last changed.
         */
        UpdatedTime: Date;
        /**
         * @description Whether an update keeps a parameter's value.
         * @default false
         */
        UsePreviousValue: boolean;
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
export type AccountId = components['schemas']['AccountId'];
export type BudgetDetail = components['schemas']['BudgetDetail'];
export type BudgetName = components['schemas']['BudgetName'];
export type Budgets = components['schemas']['Budgets'];
export type CloudWatchDashboard = components['schemas']['CloudWatchDashboard'];
export type CloudWatchDashboardName = components['schemas']['CloudWatchDashboardName'];
export type CloudWatchDashboards = components['schemas']['CloudWatchDashboards'];
export type ConstraintDescription = components['schemas']['ConstraintDescription'];
export type ConstraintSummaries = components['schemas']['ConstraintSummaries'];
export type ConstraintSummary = components['schemas']['ConstraintSummary'];
export type ConstraintType = components['schemas']['ConstraintType'];
export type DescribeProductInput = components['schemas']['DescribeProductInput'];
export type DescribeProductOutput = components['schemas']['DescribeProductOutput'];
export type DescribeProvisionedProductInput = components['schemas']['DescribeProvisionedProductInput'];
export type DescribeProvisionedProductOutput = components['schemas']['DescribeProvisionedProductOutput'];
export type DescribeRecordInput = components['schemas']['DescribeRecordInput'];
export type DescribeRecordOutput = components['schemas']['DescribeRecordOutput'];
export type Description = components['schemas']['Description'];
export type DuplicateResourceException = components['schemas']['DuplicateResourceException'];
export type ErrorCode = components['schemas']['ErrorCode'];
export type ErrorDescription = components['schemas']['ErrorDescription'];
export type GetProvisionedProductOutputsInput = components['schemas']['GetProvisionedProductOutputsInput'];
export type GetProvisionedProductOutputsOutput = components['schemas']['GetProvisionedProductOutputsOutput'];
export type HasDefaultPath = components['schemas']['HasDefaultPath'];
export type IgnoreErrors = components['schemas']['IgnoreErrors'];
export type LaunchPath = components['schemas']['LaunchPath'];
export type LaunchPathSummaries = components['schemas']['LaunchPathSummaries'];
export type LaunchPathSummary = components['schemas']['LaunchPathSummary'];
export type LaunchPaths = components['schemas']['LaunchPaths'];
export type ListLaunchPathsInput = components['schemas']['ListLaunchPathsInput'];
export type ListLaunchPathsOutput = components['schemas']['ListLaunchPathsOutput'];
export type ListRecordHistoryInput = components['schemas']['ListRecordHistoryInput'];
export type ListRecordHistoryOutput = components['schemas']['ListRecordHistoryOutput'];
export type ListRecordHistorySearchFilter = components['schemas']['ListRecordHistorySearchFilter'];
export type NotificationArn = components['schemas']['NotificationArn'];
export type NotificationArns = components['schemas']['NotificationArns'];
export type OutputKey = components['schemas']['OutputKey'];
export type OutputKeys = components['schemas']['OutputKeys'];
export type OutputValue = components['schemas']['OutputValue'];
export type ParameterKey = components['schemas']['ParameterKey'];
export type ParameterValue = components['schemas']['ParameterValue'];
export type PortfolioDisplayName = components['schemas']['PortfolioDisplayName'];
export type PortfolioName = components['schemas']['PortfolioName'];
export type ProductType = components['schemas']['ProductType'];
export type ProductViewDistributor = components['schemas']['ProductViewDistributor'];
export type ProductViewOwner = components['schemas']['ProductViewOwner'];
export type ProductViewShortDescription = components['schemas']['ProductViewShortDescription'];
export type ProductViewSummary = components['schemas']['ProductViewSummary'];
export type ProvisionProductInput = components['schemas']['ProvisionProductInput'];
export type ProvisionProductOutput = components['schemas']['ProvisionProductOutput'];
export type ProvisionedProductName = components['schemas']['ProvisionedProductName'];
export type ProvisioningArtifact = components['schemas']['ProvisioningArtifact'];
export type ProvisioningArtifactCreatedTime = components['schemas']['ProvisioningArtifactCreatedTime'];
export type ProvisioningArtifactDescription = components['schemas']['ProvisioningArtifactDescription'];
export type ProvisioningArtifactGuidance = components['schemas']['ProvisioningArtifactGuidance'];
export type ProvisioningArtifacts = components['schemas']['ProvisioningArtifacts'];
export type ProvisioningParameter = components['schemas']['ProvisioningParameter'];
export type ProvisioningParameters = components['schemas']['ProvisioningParameters'];
export type ProvisioningPreferences = components['schemas']['ProvisioningPreferences'];
export type RecordDetail = components['schemas']['RecordDetail'];
export type RecordDetails = components['schemas']['RecordDetails'];
export type RecordError = components['schemas']['RecordError'];
export type RecordErrors = components['schemas']['RecordErrors'];
export type RecordOutput = components['schemas']['RecordOutput'];
export type RecordOutputs = components['schemas']['RecordOutputs'];
export type RecordStatus = components['schemas']['RecordStatus'];
export type RecordTag = components['schemas']['RecordTag'];
export type RecordTagKey = components['schemas']['RecordTagKey'];
export type RecordTagValue = components['schemas']['RecordTagValue'];
export type RecordTags = components['schemas']['RecordTags'];
export type RecordType = components['schemas']['RecordType'];
export type Region = components['schemas']['Region'];
export type ResourceNotFoundException = components['schemas']['ResourceNotFoundException'];
export type RetainPhysicalResources = components['schemas']['RetainPhysicalResources'];
export type SearchFilterKey = components['schemas']['SearchFilterKey'];
export type SearchFilterValue = components['schemas']['SearchFilterValue'];
export type StackSetAccounts = components['schemas']['StackSetAccounts'];
export type StackSetFailureToleranceCount = components['schemas']['StackSetFailureToleranceCount'];
export type StackSetFailureTolerancePercentage = components['schemas']['StackSetFailureTolerancePercentage'];
export type StackSetMaxConcurrencyCount = components['schemas']['StackSetMaxConcurrencyCount'];
export type StackSetMaxConcurrencyPercentage = components['schemas']['StackSetMaxConcurrencyPercentage'];
export type StackSetOperationType = components['schemas']['StackSetOperationType'];
export type StackSetRegions = components['schemas']['StackSetRegions'];
export type SupportDescription = components['schemas']['SupportDescription'];
export type SupportEmail = components['schemas']['SupportEmail'];
export type SupportUrl = components['schemas']['SupportUrl'];
export type TerminateProvisionedProductInput = components['schemas']['TerminateProvisionedProductInput'];
export type TerminateProvisionedProductOutput = components['schemas']['TerminateProvisionedProductOutput'];
export type UpdateProvisionedProductInput = components['schemas']['UpdateProvisionedProductInput'];
export type UpdateProvisionedProductOutput = components['schemas']['UpdateProvisionedProductOutput'];
export type UpdateProvisioningParameter = components['schemas']['UpdateProvisioningParameter'];
export type UpdateProvisioningParameters = components['schemas']['UpdateProvisioningParameters'];
export type UpdateProvisioningPreferences = components['schemas']['UpdateProvisioningPreferences'];
export type UpdatedTime = components['schemas']['UpdatedTime'];
export type UsePreviousValue = components['schemas']['UsePreviousValue'];
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
    DescribeProduct: {
        parameters: {
            query?: never;
            header: {
                /** @description Selects the operation; every operation is sent to `POST /`. */
                "X-Amz-Target": "AWS242ServiceCatalogService.DescribeProduct";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["DescribeProductInput"];
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
                    "application/x-amz-json-1.1": components["schemas"]["DescribeProductOutput"];
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
                    }) | (components["schemas"]["ResourceNotFoundException"] & {
                        /** @constant */
                        __type?: "ResourceNotFoundException";
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
    DescribeProvisionedProduct: {
        parameters: {
            query?: never;
            header: {
                /** @description Selects the operation; every operation is sent to `POST /`. */
                "X-Amz-Target": "AWS242ServiceCatalogService.DescribeProvisionedProduct";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["DescribeProvisionedProductInput"];
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
                    "application/x-amz-json-1.1": components["schemas"]["DescribeProvisionedProductOutput"];
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
                    }) | (components["schemas"]["ResourceNotFoundException"] & {
                        /** @constant */
                        __type?: "ResourceNotFoundException";
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
    DescribeRecord: {
        parameters: {
            query?: never;
            header: {
                /** @description Selects the operation; every operation is sent to `POST /`. */
                "X-Amz-Target": "AWS242ServiceCatalogService.DescribeRecord";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["DescribeRecordInput"];
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
                    "application/x-amz-json-1.1": components["schemas"]["DescribeRecordOutput"];
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
                    "application/x-amz-json-1.1": (components["schemas"]["ResourceNotFoundException"] & {
                        /** @constant */
                        __type?: "ResourceNotFoundException";
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
    GetProvisionedProductOutputs: {
        parameters: {
            query?: never;
            header: {
                /** @description Selects the operation; every operation is sent to `POST /`. */
                "X-Amz-Target": "AWS242ServiceCatalogService.GetProvisionedProductOutputs";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["GetProvisionedProductOutputsInput"];
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
                    "application/x-amz-json-1.1": components["schemas"]["GetProvisionedProductOutputsOutput"];
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
                    }) | (components["schemas"]["ResourceNotFoundException"] & {
                        /** @constant */
                        __type?: "ResourceNotFoundException";
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
    ListLaunchPaths: {
        parameters: {
            query?: never;
            header: {
                /** @description Selects the operation; every operation is sent to `POST /`. */
                "X-Amz-Target": "AWS242ServiceCatalogService.ListLaunchPaths";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["ListLaunchPathsInput"];
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
                    "application/x-amz-json-1.1": components["schemas"]["ListLaunchPathsOutput"];
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
                    }) | (components["schemas"]["ResourceNotFoundException"] & {
                        /** @constant */
                        __type?: "ResourceNotFoundException";
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
    ListRecordHistory: {
        parameters: {
            query?: never;
            header: {
                /** @description Selects the operation; every operation is sent to `POST /`. */
                "X-Amz-Target": "AWS242ServiceCatalogService.ListRecordHistory";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["ListRecordHistoryInput"];
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
                    "application/x-amz-json-1.1": components["schemas"]["ListRecordHistoryOutput"];
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
    ProvisionProduct: {
        parameters: {
            query?: never;
            header: {
                /** @description Selects the operation; every operation is sent to `POST /`. */
                "X-Amz-Target": "AWS242ServiceCatalogService.ProvisionProduct";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["ProvisionProductInput"];
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
                    "application/x-amz-json-1.1": components["schemas"]["ProvisionProductOutput"];
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
                    "application/x-amz-json-1.1": (components["schemas"]["DuplicateResourceException"] & {
                        /** @constant */
                        __type?: "DuplicateResourceException";
                    }) | (components["schemas"]["InvalidParametersException"] & {
                        /** @constant */
                        __type?: "InvalidParametersException";
                    }) | (components["schemas"]["ResourceNotFoundException"] & {
                        /** @constant */
                        __type?: "ResourceNotFoundException";
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
    TerminateProvisionedProduct: {
        parameters: {
            query?: never;
            header: {
                /** @description Selects the operation; every operation is sent to `POST /`. */
                "X-Amz-Target": "AWS242ServiceCatalogService.TerminateProvisionedProduct";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["TerminateProvisionedProductInput"];
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
                    "application/x-amz-json-1.1": components["schemas"]["TerminateProvisionedProductOutput"];
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
                    "application/x-amz-json-1.1": (components["schemas"]["ResourceNotFoundException"] & {
                        /** @constant */
                        __type?: "ResourceNotFoundException";
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
    UpdateProvisionedProduct: {
        parameters: {
            query?: never;
            header: {
                /** @description Selects the operation; every operation is sent to `POST /`. */
                "X-Amz-Target": "AWS242ServiceCatalogService.UpdateProvisionedProduct";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["UpdateProvisionedProductInput"];
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
                    "application/x-amz-json-1.1": components["schemas"]["UpdateProvisionedProductOutput"];
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
                    }) | (components["schemas"]["ResourceNotFoundException"] & {
                        /** @constant */
                        __type?: "ResourceNotFoundException";
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
