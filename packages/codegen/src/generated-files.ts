/**
 * Where every generated file goes, relative to the repository root (always with `/`). Emitters name their output
 * from here and `generate.ts` composes them, so no emitter imports the generator.
 */

/** A file the generator writes. */
export interface GeneratedFile {
  path: string;
  contents: string;
}

const MODEL_GENERATED_DIR = "packages/model/src/__generated__";
export const MODEL_OPENAPI = "packages/model/openapi.json";
export const MODEL_TYPES = `${MODEL_GENERATED_DIR}/types.gen.ts`;
export const MODEL_SHAPES = `${MODEL_GENERATED_DIR}/shapes.gen.ts`;
export const MODEL_ENDPOINTS = `${MODEL_GENERATED_DIR}/endpoints.gen.ts`;
export const MODEL_INDEX = `${MODEL_GENERATED_DIR}/index.gen.ts`;
export const CLIENT_GENERATED_DIR = "packages/client/src/__generated__";

/** Folders the generator owns whole: a file in one of them that it did not write is stale. */
export const OWNED_DIRECTORIES: readonly string[] = [MODEL_GENERATED_DIR, CLIENT_GENERATED_DIR];
