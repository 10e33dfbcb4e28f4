import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const FIXTURE = fileURLToPath(new URL("./fixtures/sdk-assignability.ts", import.meta.url));
const CONFIG = fileURLToPath(new URL("../tsconfig.json", import.meta.url));

/** The diagnostics of the fixture, compiled with the client's own settings and one flag changed. */
function diagnostics(exactOptionalPropertyTypes: boolean): string[] {
  const read = ts.readConfigFile(CONFIG, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, fileURLToPath(new URL("..", import.meta.url)));
  const program = ts.createProgram([FIXTURE], { ...parsed.options, noEmit: true, exactOptionalPropertyTypes });
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file?.fileName === FIXTURE)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n").slice(0, 300));
}

describe("types, both ways with @aws-sdk/client-service-catalog", () => {
  it.each([false, true])("compile with exactOptionalPropertyTypes %s", (exact) => {
    expect(diagnostics(exact)).toEqual([]);
  });
});
