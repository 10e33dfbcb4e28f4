import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { ServiceTables } from "@svccat/model";
import { buildTables } from "./build-tables.js";
import { checkSpec } from "./check-spec/index.js";
import { emitClient } from "./emit-client.js";
import { loadPartitions } from "./emit-endpoint-rules.js";
import { emitModelIndex } from "./emit-model-index.js";
import { emitOpenApi } from "./emit-openapi.js";
import { emitServiceEndpoints } from "./emit-service-endpoints.js";
import { emitShapes } from "./emit-shapes.js";
import { emitTypes } from "./emit-types.js";
import {
  type GeneratedFile,
  MODEL_ENDPOINTS,
  MODEL_OPENAPI,
  MODEL_SHAPES,
  MODEL_TYPES,
  OWNED_DIRECTORIES,
} from "./generated-files.js";
import { loadSpecFile } from "./load-spec.js";
import { PARTITIONS_FILE } from "./paths.js";
import { SpecError } from "./spec-problem.js";

export interface Generation {
  files: GeneratedFile[];
  tables: ServiceTables;
  /** Folders the generator owns whole: a file in one of them that it did not write is stale. */
  ownedDirectories: string[];
}

/** Checks the spec and produces every generated file in memory; throws SpecError when the spec is broken. */
export async function generate(specFile: string, partitionsFile: string = PARTITIONS_FILE): Promise<Generation> {
  const ast = await loadSpecFile(specFile);
  const problems = checkSpec(ast, specFile);
  if (problems.length > 0) {
    throw new SpecError(problems);
  }
  const tables = buildTables(ast);
  const partitions = await loadPartitions(partitionsFile);
  const openapi = `${JSON.stringify(emitOpenApi(tables), null, 2)}\n`;
  const files: GeneratedFile[] = [
    { path: MODEL_OPENAPI, contents: openapi },
    { path: MODEL_TYPES, contents: await emitTypes(openapi) },
    { path: MODEL_SHAPES, contents: emitShapes(tables) },
    { path: MODEL_ENDPOINTS, contents: emitServiceEndpoints(tables, partitions) },
    emitModelIndex(tables),
    ...emitClient(tables, partitions),
  ];
  return { files, tables, ownedDirectories: [...OWNED_DIRECTORIES] };
}

export interface WriteResult {
  written: string[];
  unchanged: string[];
  removed: string[];
}

/** Writes the files under `root`, touching only those whose contents changed, and removes stale owned files. */
export async function writeGeneration(generation: Generation, root: string): Promise<WriteResult> {
  const result: WriteResult = { written: [], unchanged: [], removed: [] };
  for (const file of generation.files) {
    const target = join(root, file.path);
    if ((await readIfExists(target)) === file.contents) {
      result.unchanged.push(file.path);
      continue;
    }
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.contents);
    result.written.push(file.path);
  }
  for (const path of await strayFiles(generation, root)) {
    await rm(join(root, path));
    result.removed.push(path);
  }
  return result;
}

/** What differs between a fresh generation and the files under `root`: changed, missing or stray files. */
export async function staleFiles(generation: Generation, root: string): Promise<string[]> {
  const stale: string[] = [];
  for (const file of generation.files) {
    if ((await readIfExists(join(root, file.path))) !== file.contents) {
      stale.push(file.path);
    }
  }
  return [...stale, ...(await strayFiles(generation, root))];
}

async function strayFiles(generation: Generation, root: string): Promise<string[]> {
  const expected = new Set(generation.files.map((f) => f.path));
  const stray: string[] = [];
  for (const dir of generation.ownedDirectories) {
    for (const path of await listFiles(root, dir)) {
      if (!expected.has(path)) {
        stray.push(path);
      }
    }
  }
  return stray;
}

async function listFiles(root: string, dir: string): Promise<string[]> {
  let entries: import("node:fs").Dirent[];
  try {
    entries = await readdir(join(root, dir), { withFileTypes: true });
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const entry of entries) {
    const path = `${dir}/${entry.name}`;
    files.push(...(entry.isDirectory() ? await listFiles(root, path) : [path]));
  }
  return files;
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch {
    return undefined;
  }
}
