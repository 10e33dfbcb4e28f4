/**
 * Generated from spec/servicecatalog.json by `pnpm generate`. Do not edit.
 */

import { createAggregatedClient } from "@smithy/smithy-client";
import type { HttpHandlerOptions as __HttpHandlerOptions } from "@smithy/types";
import { ServiceCatalogClient } from "../ServiceCatalogClient.js";
import { ScanProvisionedProductsCommand, type ScanProvisionedProductsCommandInput, type ScanProvisionedProductsCommandOutput } from "./commands/ScanProvisionedProductsCommand.gen.js";
import { SearchProvisionedProductsCommand, type SearchProvisionedProductsCommandInput, type SearchProvisionedProductsCommandOutput } from "./commands/SearchProvisionedProductsCommand.gen.js";

const commands = { ScanProvisionedProductsCommand, SearchProvisionedProductsCommand };

/** The client with one method per operation, as `ServiceCatalog` in the AWS SDK. @public */
export interface ServiceCatalog {
  scanProvisionedProducts(args?: ScanProvisionedProductsCommandInput, options?: __HttpHandlerOptions): Promise<ScanProvisionedProductsCommandOutput>;
  searchProvisionedProducts(args?: SearchProvisionedProductsCommandInput, options?: __HttpHandlerOptions): Promise<SearchProvisionedProductsCommandOutput>;
}

/**
 * ServiceCatalogClient with a method per operation: `await new ServiceCatalog({ region }).scanProvisionedProducts({})`.
 * Prefer ServiceCatalogClient with commands where bundle size matters: this class brings every command in.
 * @public
 */
export class ServiceCatalog extends ServiceCatalogClient implements ServiceCatalog {}

createAggregatedClient(commands, ServiceCatalog);
