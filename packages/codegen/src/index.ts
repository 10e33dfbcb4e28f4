export { buildTables } from "./build-tables.js";
export { checkSpec, closureOf, mergedPaging } from "./check-spec.js";
export { CLIENT_GENERATED_DIR, emitClient } from "./emit-client.js";
export { emitEndpointRules, loadPartitions, type Partitions } from "./emit-endpoint-rules.js";
export { emitModelIndex, MODEL_INDEX } from "./emit-model-index.js";
export { EPOCH_SECONDS_FORMAT, emitOpenApi } from "./emit-openapi.js";
export { emitShapes } from "./emit-shapes.js";
export { emitTypes } from "./emit-types.js";
export {
  type GeneratedFile,
  type Generation,
  generate,
  MODEL_OPENAPI,
  MODEL_SHAPES,
  MODEL_TYPES,
  staleFiles,
  type WriteResult,
  writeGeneration,
} from "./generate.js";
export { GENERATED_NOTICE, TS_HEADER } from "./generated-header.js";
export { loadSpecFile, parseSpec } from "./load-spec.js";
export { PARTITIONS_FILE, REPO_ROOT, SPEC_FILE } from "./paths.js";
export type { AstShape, MemberShape, SmithyAst, Traits } from "./smithy-ast.js";
export { formatProblem, SpecError, type SpecProblem } from "./spec-problem.js";
