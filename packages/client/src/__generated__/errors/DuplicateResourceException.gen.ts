/**
 * Generated from spec/servicecatalog.json by `pnpm generate`. Do not edit.
 */

import type { ExceptionOptionType as __ExceptionOptionType } from "@smithy/smithy-client";
import type { DuplicateResourceException as DuplicateResourceExceptionShape } from "@svccat/model";
import { ServiceCatalogServiceException as __BaseException } from "../../models/ServiceCatalogServiceException.js";

/**
 * Something with the same identity exists already, for example a provisioned product of that name.
 *
 * A modelled client error, HTTP 400.
 * @public
 */
export class DuplicateResourceException extends __BaseException {
  override readonly name = "DuplicateResourceException" as const;
  override readonly $fault = "client" as const;
  /** What is duplicated. */
  Message?: DuplicateResourceExceptionShape["Message"];

  constructor(options: __ExceptionOptionType<DuplicateResourceException, __BaseException>) {
    super({ name: "DuplicateResourceException", $fault: "client", ...options });
    Object.setPrototypeOf(this, DuplicateResourceException.prototype);
    this.Message = options.Message;
  }
}
