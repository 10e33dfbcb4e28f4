/**
 * Generated from spec/servicecatalog.json by `pnpm generate`. Do not edit.
 */

import type { ExceptionOptionType as __ExceptionOptionType } from "@smithy/smithy-client";
import type { InvalidParametersException as InvalidParametersExceptionShape } from "@svccat/model";
import { ServiceCatalogServiceException as __BaseException } from "../../models/ServiceCatalogServiceException.js";

/**
 * The request was well formed but asked for something the service cannot do, such as a page token it did not issue.
 *
 * A modelled client error, HTTP 400.
 * @public
 */
export class InvalidParametersException extends __BaseException {
  override readonly name = "InvalidParametersException" as const;
  override readonly $fault = "client" as const;
  /** What was wrong with the request. */
  Message?: InvalidParametersExceptionShape["Message"];

  constructor(options: __ExceptionOptionType<InvalidParametersException, __BaseException>) {
    super({ name: "InvalidParametersException", $fault: "client", ...options });
    Object.setPrototypeOf(this, InvalidParametersException.prototype);
    this.Message = options.Message;
  }
}
