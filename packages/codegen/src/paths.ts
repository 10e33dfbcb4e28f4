import { fileURLToPath } from "node:url";

/** The repository root, found from this file's place in it (packages/codegen/src). */
export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** The contract the generator reads by default. */
export const SPEC_FILE = fileURLToPath(new URL("../../../spec/servicecatalog.json", import.meta.url));

/** AWS's partitions (regions, DNS suffixes, FIPS and dual-stack support), which the compiled endpoint rules read. */
export const PARTITIONS_FILE = fileURLToPath(new URL("../../../spec/partitions.json", import.meta.url));
