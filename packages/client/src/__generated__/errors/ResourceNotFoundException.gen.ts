/**
 * Generated from spec/servicecatalog.json by `pnpm generate`. Do not edit.
 */

import type { ExceptionOptionType as __ExceptionOptionType } from "@smithy/smithy-client";
import type { ResourceNotFoundException as ResourceNotFoundExceptionShape } from "@svccat/model";
import { ServiceCatalogServiceException as __BaseException } from "../../models/ServiceCatalogServiceException.js";

/**
 * The thing named does not exist, or not for this caller: a product, artifact, launch path, provisioned product or record.
 *
 * A modelled client error, HTTP 400.
 * @public
 */
export class ResourceNotFoundException extends __BaseException {
  override readonly name = "ResourceNotFoundException" as const;
  override readonly $fault = "client" as const;
  /** What was not found. */
  Message?: ResourceNotFoundExceptionShape["Message"];

  constructor(options: __ExceptionOptionType<ResourceNotFoundException, __BaseException>) {
    super({ name: "ResourceNotFoundException", $fault: "client", ...options });
    Object.setPrototypeOf(this, ResourceNotFoundException.prototype);
    this.Message = options.Message;
  }
}
