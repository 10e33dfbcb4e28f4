import { readFile } from "node:fs/promises";
import type { SmithyAst } from "./smithy-ast.js";
import { SpecError } from "./spec-problem.js";

/** Reads and parses a spec file; a missing file or broken JSON becomes a SpecError that says where. */
export async function loadSpecFile(file: string): Promise<SmithyAst> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "file not found" : String(error);
    throw new SpecError([{ file, message: `cannot read the spec: ${reason}` }]);
  }
  return parseSpec(text, file);
}

export function parseSpec(text: string, file: string): SmithyAst {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new SpecError([{ file, message: `not valid JSON: ${describeJsonError(error, text)}` }]);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new SpecError([{ file, message: "the spec must be a JSON object with `smithy` and `shapes`" }]);
  }
  return parsed as SmithyAst;
}

function describeJsonError(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  if (position?.[1] === undefined) {
    return message;
  }
  const offset = Number(position[1]);
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - before.lastIndexOf("\n");
  return `${message.replace(/ in JSON at position \d+.*$/, "")} at line ${line}, column ${column}`;
}
