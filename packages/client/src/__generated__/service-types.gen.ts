/**
 * Generated from spec/servicecatalog.json by `pnpm generate`. Do not edit.
 */

import type { ScanProvisionedProductsCommandInput, ScanProvisionedProductsCommandOutput } from "./commands/ScanProvisionedProductsCommand.gen.js";
import type { SearchProvisionedProductsCommandInput, SearchProvisionedProductsCommandOutput } from "./commands/SearchProvisionedProductsCommand.gen.js";
import type { DescribeProductCommandInput, DescribeProductCommandOutput } from "./commands/DescribeProductCommand.gen.js";
import type { DescribeProvisionedProductCommandInput, DescribeProvisionedProductCommandOutput } from "./commands/DescribeProvisionedProductCommand.gen.js";
import type { DescribeRecordCommandInput, DescribeRecordCommandOutput } from "./commands/DescribeRecordCommand.gen.js";
import type { GetProvisionedProductOutputsCommandInput, GetProvisionedProductOutputsCommandOutput } from "./commands/GetProvisionedProductOutputsCommand.gen.js";
import type { ListLaunchPathsCommandInput, ListLaunchPathsCommandOutput } from "./commands/ListLaunchPathsCommand.gen.js";
import type { ListRecordHistoryCommandInput, ListRecordHistoryCommandOutput } from "./commands/ListRecordHistoryCommand.gen.js";
import type { ProvisionProductCommandInput, ProvisionProductCommandOutput } from "./commands/ProvisionProductCommand.gen.js";
import type { TerminateProvisionedProductCommandInput, TerminateProvisionedProductCommandOutput } from "./commands/TerminateProvisionedProductCommand.gen.js";
import type { UpdateProvisionedProductCommandInput, UpdateProvisionedProductCommandOutput } from "./commands/UpdateProvisionedProductCommand.gen.js";

/** Every command input of the client. @public */
export type ServiceInputTypes = ScanProvisionedProductsCommandInput | SearchProvisionedProductsCommandInput | DescribeProductCommandInput | DescribeProvisionedProductCommandInput | DescribeRecordCommandInput | GetProvisionedProductOutputsCommandInput | ListLaunchPathsCommandInput | ListRecordHistoryCommandInput | ProvisionProductCommandInput | TerminateProvisionedProductCommandInput | UpdateProvisionedProductCommandInput;

/** Every command output of the client. @public */
export type ServiceOutputTypes = ScanProvisionedProductsCommandOutput | SearchProvisionedProductsCommandOutput | DescribeProductCommandOutput | DescribeProvisionedProductCommandOutput | DescribeRecordCommandOutput | GetProvisionedProductOutputsCommandOutput | ListLaunchPathsCommandOutput | ListRecordHistoryCommandOutput | ProvisionProductCommandOutput | TerminateProvisionedProductCommandOutput | UpdateProvisionedProductCommandOutput;
