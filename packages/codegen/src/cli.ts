import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { checkSpec } from "./check-spec/index.js";
import { generate, staleFiles, writeGeneration } from "./generate.js";
import { loadSpecFile } from "./load-spec.js";
import { PARTITIONS_FILE, REPO_ROOT, SPEC_FILE } from "./paths.js";
import { SpecError } from "./spec-problem.js";

const USAGE = `Usage: svccat-codegen <command> [options]

Commands:
  generate   check the spec, then write the OpenAPI document, the types and the runtime tables
  check      check the spec only

Options:
  --root DIR    the repository to read spec/ from and write under (default: this repository)
  --spec FILE   the Smithy JSON AST to read (default: <root>/spec/servicecatalog.json)
  --out DIR     the folder to write under (default: <root>)
  --check       with generate: write nothing; exit 1 when a committed file differs from a fresh generation
  --help        show this text`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      root: { type: "string", default: REPO_ROOT },
      spec: { type: "string" },
      out: { type: "string" },
      check: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  const [command] = positionals;
  if (values.help || command === undefined) {
    process.stdout.write(`${USAGE}\n`);
    return command === undefined && !values.help ? 2 : 0;
  }
  const root = resolve(values.root);
  const spec = values.spec ?? join(root, relative(REPO_ROOT, SPEC_FILE));
  const specFile = relative(process.cwd(), resolve(spec)) || spec;
  const out = values.out ?? root;

  if (command === "check") {
    const problems = checkSpec(await loadSpecFile(specFile), specFile);
    if (problems.length > 0) {
      throw new SpecError(problems);
    }
    process.stdout.write(`${specFile}: no problems\n`);
    return 0;
  }
  if (command !== "generate") {
    process.stderr.write(`svccat-codegen: unknown command "${command}"\n\n${USAGE}\n`);
    return 2;
  }

  const generation = await generate(specFile, join(root, relative(REPO_ROOT, PARTITIONS_FILE)));
  const { operations, shapes, errors } = generation.tables;
  const summary = `${specFile}: ${Object.keys(operations).length} operations (${Object.keys(operations).join(", ")}), ${Object.keys(shapes).length} shapes, ${Object.keys(errors).length} modelled errors`;
  if (values.check) {
    const stale = await staleFiles(generation, out);
    if (stale.length > 0) {
      process.stderr.write(
        `Generated files are stale; run \`pnpm generate\` and commit the result:\n${stale.map((p) => `  ${p}`).join("\n")}\n`,
      );
      return 1;
    }
    process.stdout.write(`${summary}\nAll ${generation.files.length} generated files are up to date.\n`);
    return 0;
  }
  const result = await writeGeneration(generation, out);
  const lines = [
    summary,
    ...generation.files.map((f) => `  ${result.written.includes(f.path) ? "wrote    " : "unchanged"} ${f.path}`),
    ...result.removed.map((p) => `  removed   ${p}`),
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A broken spec is the user's to fix: say what and where, without a stack trace.
    const message = error instanceof SpecError || error instanceof TypeError ? error.message : String(error);
    process.stderr.write(`svccat-codegen: ${message}\n`);
    process.exitCode = 1;
  },
);
