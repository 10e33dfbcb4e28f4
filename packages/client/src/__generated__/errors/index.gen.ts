/**
 * Generated from spec/servicecatalog.json by `pnpm generate`. Do not edit.
 */

import { InvalidParametersException } from "./InvalidParametersException.gen.js";

export { InvalidParametersException };

/** The modelled errors by wire name, for the deserializer. @internal */
export const modelledErrors = { InvalidParametersException } as const;
