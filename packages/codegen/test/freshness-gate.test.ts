import { execFile } from "node:child_process";
import { cp, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { generate, REPO_ROOT, SPEC_FILE } from "../src/index.js";
import { tempDir } from "./helpers.js";

const run = promisify(execFile);
const CODEGEN = fileURLToPath(new URL("..", import.meta.url));
const TSX = join(CODEGEN, "node_modules/.bin/tsx");

/** The scripts that chain the gate: the README's test command, the root gate, the codegen command behind it. */
const rootScripts = JSON.parse(await readFile(join(REPO_ROOT, "package.json"), "utf8")).scripts as Record<
  string,
  string
>;
const codegenScripts = JSON.parse(await readFile(join(CODEGEN, "package.json"), "utf8")).scripts as Record<
  string,
  string
>;

/**
 * The freshness gate of `pnpm test`, run as it is wired on a copy of the repository whose spec was edited without
 * `pnpm generate`: it must fail before anything else in the run could rewrite the generated files.
 */
describe("the generated-code freshness gate", () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let staleFile: string;

  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir());
    const generation = await generate(SPEC_FILE);
    await cp(join(REPO_ROOT, "spec"), join(dir, "spec"), { recursive: true });
    for (const file of generation.files) {
      await cp(join(REPO_ROOT, file.path), join(dir, file.path), { recursive: true });
    }
    // One documentation string that reaches the generated types, and nothing regenerated after it.
    const specPath = join(dir, "spec/servicecatalog.json");
    const spec = await readFile(specPath, "utf8");
    const edited = spec.replace(
      "Most items to return in one page, from 0 to 20.",
      "Most items to return in one page, from 0 to 20 (edited).",
    );
    expect(edited).not.toBe(spec);
    await writeFile(specPath, edited);
    staleFile = "packages/model/src/__generated__/types.gen.ts";
  });
  afterAll(() => cleanup());

  test("is the first step of `pnpm test`, and runs the codegen check", () => {
    expect(rootScripts.test?.split(" && ")[0]).toBe("pnpm check:generated");
    expect(rootScripts["check:generated"]).toBe("pnpm --filter @svccat/codegen check-generated");
    expect(codegenScripts["check-generated"]).toBe("tsx src/cli.ts generate --check");
  });

  test("passes on the repository as committed", async () => {
    const [command, ...args] = (codegenScripts["check-generated"] as string).split(" ");
    expect(command).toBe("tsx");
    const { stdout } = await run(TSX, args, { cwd: CODEGEN });
    expect(stdout).toMatch(/generated files are up to date/);
  });

  test("fails on a copy with an edited spec, naming the stale file and `pnpm generate`", async () => {
    const [, ...args] = (codegenScripts["check-generated"] as string).split(" ");
    const failure = await run(TSX, [...args, "--root", dir], { cwd: CODEGEN }).then(
      () => {
        throw new Error("the gate passed a stale generated file");
      },
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure.code).toBe(1);
    expect(failure.stderr).toContain(staleFile);
    expect(failure.stderr).toContain("`pnpm generate`");
  });
});
