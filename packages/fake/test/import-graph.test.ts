import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

/**
 * msw is a peer dependency needed only by the msw handlers (`@svccat/fake/msw`): the main entry, the HTTP server
 * and the CLI must run where it is not installed. esbuild walks each entry's whole import graph (workspace packages from source) and lists every
 * module it reaches.
 */
async function modulesReached(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
    bundle: true,
    platform: "node",
    format: "esm",
    write: false,
    conditions: ["@svccat/source"],
    logLevel: "silent",
    metafile: true,
  });
  const inputs = Object.keys(result.metafile.inputs);
  const externals = Object.values(result.metafile.inputs).flatMap((input) =>
    input.imports.filter((imported) => imported.external).map((imported) => imported.path),
  );
  return [...inputs, ...externals];
}

const fromMsw = (path: string) => /(^|\/)node_modules\/(\.pnpm\/)?msw[@/]|^msw(\/|$)/.test(path);

describe("what each adapter loads", () => {
  it.each(["../src/index.ts", "../src/server/index.ts", "../src/cli/index.ts"])(
    "%s does not load msw",
    async (entry) => {
      const reached = await modulesReached(entry);
      expect(reached.some((path) => path.endsWith("core/dispatch.ts"))).toBe(true);
      expect(reached.filter(fromMsw)).toEqual([]);
    },
  );

  it("the msw adapter does (so the check above can see msw when it is there)", async () => {
    const reached = await modulesReached("../src/msw/index.ts");
    expect(reached.filter(fromMsw).length).toBeGreaterThan(0);
  });
});
