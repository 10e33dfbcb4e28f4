import type { ServiceTables } from "@svccat/model";
import { TS_HEADER } from "./generated-header.js";

/** The runtime tables as a typed constant; `as const` keeps operation and shape names as literal types. */
export function emitShapes(tables: ServiceTables): string {
  return [
    TS_HEADER,
    'import type { ServiceTables } from "../tables.js";',
    "",
    "/** Every fact about the service that the client, the fake and the conformance suite read at run time. */",
    `export const serviceTables = ${JSON.stringify(tables, null, 2)} as const satisfies ServiceTables;`,
    "",
  ].join("\n");
}
