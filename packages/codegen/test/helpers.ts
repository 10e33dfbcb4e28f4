import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type SmithyAst, SPEC_FILE } from "../src/index.js";

/** A fresh copy of the real spec, to break or extend in a test. */
export async function specCopy(): Promise<SmithyAst> {
  return JSON.parse(await readFile(SPEC_FILE, "utf8")) as SmithyAst;
}

/** A temporary folder, removed by the returned cleanup. */
export async function tempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), "svccat-codegen-"));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Writes a spec into `dir` and returns its path. */
export async function writeSpec(dir: string, spec: SmithyAst | string, name = "servicecatalog.json"): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, typeof spec === "string" ? spec : JSON.stringify(spec, null, 2));
  return file;
}

export const NS = "com.amazonaws.servicecatalog";
