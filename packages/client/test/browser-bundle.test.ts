import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { expect, it } from "vitest";

// A browser app loads what it uses first: the protocol's slice of the tables. Input validation (the validator and
// the constraint tables) is a dynamic import, so a bundler puts it in a chunk loaded only with validateInput on.
it("a browser bundle loads validation and the constraint tables only on demand", async () => {
  const result = await build({
    stdin: {
      contents: `import { ServiceCatalogClient, SearchProvisionedProductsCommand } from "@svccat/client";
export const run = () => new ServiceCatalogClient({ region: "us-east-1" }).send(new SearchProvisionedProductsCommand({}));`,
      resolveDir: fileURLToPath(new URL("..", import.meta.url)),
      loader: "ts",
    },
    bundle: true,
    splitting: true,
    outdir: "out",
    platform: "browser",
    format: "esm",
    write: false,
    conditions: ["@svccat/source"],
    logLevel: "silent",
    metafile: true,
  });
  const outputs = result.metafile.outputs;
  const entry = Object.keys(outputs).find((path) => outputs[path]?.entryPoint === "<stdin>") as string;
  const first = new Set<string>();
  const visit = (path: string) => {
    if (!first.has(path)) {
      first.add(path);
      for (const imported of outputs[path]?.imports ?? []) {
        if (imported.kind === "import-statement") {
          visit(imported.path);
        }
      }
    }
  };
  visit(entry);
  const inputsOf = (paths: Iterable<string>) => [...paths].flatMap((path) => Object.keys(outputs[path]?.inputs ?? {}));
  const loadedFirst = inputsOf(first);
  const onDemand = inputsOf(Object.keys(outputs).filter((path) => !first.has(path)));
  // Inputs outside node_modules are this workspace's own sources (resolved through the @svccat/source condition).
  const svccat = (inputs: string[]) => inputs.filter((input) => !input.includes("node_modules"));
  expect(svccat(loadedFirst).some((input) => input.endsWith("wire-tables.gen.ts"))).toBe(true);
  expect(svccat(loadedFirst).filter((input) => /validate\.ts|shapes\.gen\.ts|input-validation/.test(input))).toEqual(
    [],
  );
  expect(svccat(onDemand)).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/model\/src\/validate\.ts$/),
      expect.stringMatching(/shapes\.gen\.ts$/),
    ]),
  );
});
