export { buildTables } from "./build-tables.js";
export { checkSpec } from "./check-spec/index.js";
export { emitClient } from "./emit-client.js";
export { emitEndpointRules, loadPartitions, type Partitions } from "./emit-endpoint-rules.js";
export { emitModelIndex } from "./emit-model-index.js";
export { EPOCH_SECONDS_FORMAT, emitOpenApi } from "./emit-openapi.js";
export { emitServiceEndpoints } from "./emit-service-endpoints.js";
export { emitShapes } from "./emit-shapes.js";
export { emitTypes } from "./emit-types.js";
export { type Generation, generate, staleFiles, type WriteResult, writeGeneration } from "./generate.js";
export {
  CLIENT_GENERATED_DIR,
  type GeneratedFile,
  MODEL_ENDPOINTS,
  MODEL_INDEX,
  MODEL_OPENAPI,
  MODEL_SHAPES,
  MODEL_TYPES,
  OWNED_DIRECTORIES,
} from "./generated-files.js";
export { GENERATED_NOTICE, TS_HEADER } from "./generated-header.js";
export { loadSpecFile, parseSpec } from "./load-spec.js";
export { PARTITIONS_FILE, REPO_ROOT, SPEC_FILE } from "./paths.js";
export { type AstShape, closureOf, type MemberShape, mergedPaging, type SmithyAst, type Traits } from "./smithy-ast.js";
export { formatProblem, SpecError, type SpecProblem } from "./spec-problem.js";
