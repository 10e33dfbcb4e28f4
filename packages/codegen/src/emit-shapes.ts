import type { ServiceTables } from "@svccat/model";
import { TS_HEADER } from "./generated-header.js";

/** Keys of the generator's tables that the runtime tables leave out. */
const LEFT_OUT = new Set(["documentation", "endpointRuleSet", "waiters"]);

/**
 * The runtime tables as a typed constant; `as const` keeps operation and shape names as literal types. The spec's
 * documentation is left out (nothing reads it at run time; it lives on in types.gen.ts and openapi.json), and so is
 * the endpoint rule set and the waiters, which the generator compiles into the client: every byte here is in every browser bundle.
 */
export function emitShapes(tables: ServiceTables): string {
  const withoutDocumentation = JSON.stringify(tables, (key, value) => (LEFT_OUT.has(key) ? undefined : value), 2);
  return [
    TS_HEADER,
    'import type { ServiceTables } from "../tables.js";',
    "",
    "/** Every fact about the service that the client, the fake and the conformance suite read at run time. */",
    `export const serviceTables = ${withoutDocumentation} as const satisfies ServiceTables;`,
    "",
  ].join("\n");
}
