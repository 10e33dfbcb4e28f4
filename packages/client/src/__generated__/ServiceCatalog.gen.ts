/**
 * Generated from spec/servicecatalog.json by `pnpm generate`. Do not edit.
 */

import { createAggregatedClient } from "@smithy/smithy-client";
import type { HttpHandlerOptions as __HttpHandlerOptions } from "@smithy/types";
import { ServiceCatalogClient } from "../ServiceCatalogClient.js";
import { ScanProvisionedProductsCommand, type ScanProvisionedProductsCommandInput, type ScanProvisionedProductsCommandOutput } from "./commands/ScanProvisionedProductsCommand.gen.js";
import { SearchProvisionedProductsCommand, type SearchProvisionedProductsCommandInput, type SearchProvisionedProductsCommandOutput } from "./commands/SearchProvisionedProductsCommand.gen.js";
import { DescribeProductCommand, type DescribeProductCommandInput, type DescribeProductCommandOutput } from "./commands/DescribeProductCommand.gen.js";
import { DescribeProvisionedProductCommand, type DescribeProvisionedProductCommandInput, type DescribeProvisionedProductCommandOutput } from "./commands/DescribeProvisionedProductCommand.gen.js";
import { DescribeRecordCommand, type DescribeRecordCommandInput, type DescribeRecordCommandOutput } from "./commands/DescribeRecordCommand.gen.js";
import { GetProvisionedProductOutputsCommand, type GetProvisionedProductOutputsCommandInput, type GetProvisionedProductOutputsCommandOutput } from "./commands/GetProvisionedProductOutputsCommand.gen.js";
import { ListLaunchPathsCommand, type ListLaunchPathsCommandInput, type ListLaunchPathsCommandOutput } from "./commands/ListLaunchPathsCommand.gen.js";
import { ListRecordHistoryCommand, type ListRecordHistoryCommandInput, type ListRecordHistoryCommandOutput } from "./commands/ListRecordHistoryCommand.gen.js";
import { ProvisionProductCommand, type ProvisionProductCommandInput, type ProvisionProductCommandOutput } from "./commands/ProvisionProductCommand.gen.js";
import { TerminateProvisionedProductCommand, type TerminateProvisionedProductCommandInput, type TerminateProvisionedProductCommandOutput } from "./commands/TerminateProvisionedProductCommand.gen.js";
import { UpdateProvisionedProductCommand, type UpdateProvisionedProductCommandInput, type UpdateProvisionedProductCommandOutput } from "./commands/UpdateProvisionedProductCommand.gen.js";

const commands = { ScanProvisionedProductsCommand, SearchProvisionedProductsCommand, DescribeProductCommand, DescribeProvisionedProductCommand, DescribeRecordCommand, GetProvisionedProductOutputsCommand, ListLaunchPathsCommand, ListRecordHistoryCommand, ProvisionProductCommand, TerminateProvisionedProductCommand, UpdateProvisionedProductCommand };

/** The client with one method per operation, as `ServiceCatalog` in the AWS SDK. @public */
export interface ServiceCatalog {
  scanProvisionedProducts(args?: ScanProvisionedProductsCommandInput, options?: __HttpHandlerOptions): Promise<ScanProvisionedProductsCommandOutput>;
  searchProvisionedProducts(args?: SearchProvisionedProductsCommandInput, options?: __HttpHandlerOptions): Promise<SearchProvisionedProductsCommandOutput>;
  describeProduct(args?: DescribeProductCommandInput, options?: __HttpHandlerOptions): Promise<DescribeProductCommandOutput>;
  describeProvisionedProduct(args?: DescribeProvisionedProductCommandInput, options?: __HttpHandlerOptions): Promise<DescribeProvisionedProductCommandOutput>;
  describeRecord(args?: DescribeRecordCommandInput, options?: __HttpHandlerOptions): Promise<DescribeRecordCommandOutput>;
  getProvisionedProductOutputs(args?: GetProvisionedProductOutputsCommandInput, options?: __HttpHandlerOptions): Promise<GetProvisionedProductOutputsCommandOutput>;
  listLaunchPaths(args?: ListLaunchPathsCommandInput, options?: __HttpHandlerOptions): Promise<ListLaunchPathsCommandOutput>;
  listRecordHistory(args?: ListRecordHistoryCommandInput, options?: __HttpHandlerOptions): Promise<ListRecordHistoryCommandOutput>;
  provisionProduct(args?: ProvisionProductCommandInput, options?: __HttpHandlerOptions): Promise<ProvisionProductCommandOutput>;
  terminateProvisionedProduct(args?: TerminateProvisionedProductCommandInput, options?: __HttpHandlerOptions): Promise<TerminateProvisionedProductCommandOutput>;
  updateProvisionedProduct(args?: UpdateProvisionedProductCommandInput, options?: __HttpHandlerOptions): Promise<UpdateProvisionedProductCommandOutput>;
}

/**
 * ServiceCatalogClient with a method per operation: `await new ServiceCatalog({ region }).scanProvisionedProducts({})`.
 * Prefer ServiceCatalogClient with commands where bundle size matters: this class brings every command in.
 * @public
 */
export class ServiceCatalog extends ServiceCatalogClient implements ServiceCatalog {}

createAggregatedClient(commands, ServiceCatalog);
