import type { ServiceTables } from "@svccat/model";
import { type GeneratedFile, MODEL_INDEX } from "./generated-files.js";
import { TS_HEADER } from "./generated-header.js";

/**
 * The entry point of `@svccat/model`: a friendly type name for every shape of the spec, the runtime tables, and
 * the hand-written runtime. Generated, so that a shape added to the spec is exported with no hand edit.
 */
export function emitModelIndex(tables: ServiceTables): GeneratedFile {
  const shapeTypes = Object.keys(tables.shapes)
    .filter((name) => !name.includes("#"))
    .sort((a, b) => a.localeCompare(b, "en"));
  const lines = [
    "",
    "/** The package's entry point: the spec's shapes as types, its runtime tables, then the runtime. */",
    `export { serviceEndpoints } from "./endpoints.gen.js";`,
    `export { serviceTables } from "./shapes.gen.js";`,
    `export type {\n  components,\n  operations,\n${shapeTypes.map((name) => `  ${name},`).join("\n")}\n} from "./types.gen.js";`,
    "// The hand-written runtime; runtime.ts lists each of its names.",
    `export * from "../runtime.js";`,
    "",
  ];
  return { path: MODEL_INDEX, contents: `${TS_HEADER}${lines.join("\n")}` };
}
