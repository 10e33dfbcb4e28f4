/**
 * Generated from spec/servicecatalog.json by `pnpm generate`. Do not edit.
 */

import { InvalidParametersException } from "./InvalidParametersException.gen.js";
import { DuplicateResourceException } from "./DuplicateResourceException.gen.js";
import { ResourceNotFoundException } from "./ResourceNotFoundException.gen.js";

export { InvalidParametersException, DuplicateResourceException, ResourceNotFoundException };

/** The modelled errors by wire name, for the deserializer. @internal */
export const modelledErrors = { InvalidParametersException, DuplicateResourceException, ResourceNotFoundException } as const;
