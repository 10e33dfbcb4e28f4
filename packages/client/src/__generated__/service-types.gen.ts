/**
 * Generated from spec/servicecatalog.json by `pnpm generate`. Do not edit.
 */

import type { ScanProvisionedProductsCommandInput, ScanProvisionedProductsCommandOutput } from "./commands/ScanProvisionedProductsCommand.gen.js";
import type { SearchProvisionedProductsCommandInput, SearchProvisionedProductsCommandOutput } from "./commands/SearchProvisionedProductsCommand.gen.js";

/** Every command input of the client. @public */
export type ServiceInputTypes = ScanProvisionedProductsCommandInput | SearchProvisionedProductsCommandInput;

/** Every command output of the client. @public */
export type ServiceOutputTypes = ScanProvisionedProductsCommandOutput | SearchProvisionedProductsCommandOutput;
