import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { expect, it } from "vitest";

// The in-process fake runs in browsers too (msw's setupWorker, or FakeHttpHandler in a browser client): its entry
// must bundle for the browser with no Node built-in. SigV4 verification (FakeHttpHandler) comes with
// @smithy/signature-v4, which is written for browsers as for Node. The server entry is Node-only by design.
it("the main entry bundles for the browser without Node built-ins", async () => {
  const result = await build({
    entryPoints: [fileURLToPath(new URL("../src/index.ts", import.meta.url))],
    bundle: true,
    platform: "browser",
    format: "esm",
    write: false,
    conditions: ["@svccat/source"],
    external: ["msw"],
    logLevel: "silent",
    metafile: true,
  });
  const inputs = Object.keys(result.metafile.inputs);
  expect(inputs.filter((input) => input.startsWith("node:") || /\/node_modules\/@smithy\/node-/.test(input))).toEqual(
    [],
  );
  expect(result.errors).toEqual([]);
});
