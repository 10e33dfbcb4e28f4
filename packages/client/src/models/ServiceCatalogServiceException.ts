import {
  ServiceException as __ServiceException,
  type ServiceExceptionOptions as __ServiceExceptionOptions,
} from "@smithy/smithy-client";

export type { __ServiceExceptionOptions };

/**
 * Base of every error the service answers with. Modelled errors (`InvalidParametersException`) are subclasses; any
 * other code (ValidationException, ThrottlingException, AccessDeniedException, ...) is an instance of this class
 * whose `name` is the code. `instanceof` also matches by name across duplicate copies of the package, through
 * `ServiceException`'s own `Symbol.hasInstance`.
 *
 * @public
 */
export class ServiceCatalogServiceException extends __ServiceException {
  constructor(options: __ServiceExceptionOptions) {
    super(options);
    Object.setPrototypeOf(this, ServiceCatalogServiceException.prototype);
  }
}
