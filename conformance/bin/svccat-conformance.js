#!/usr/bin/env node
// An installed package runs its compiled CLI. A checkout of the repository (tsconfig.json beside this folder) runs
// the TypeScript source through tsx instead, so `pnpm exec svccat-conformance` works on a fresh clone with nothing built
// and never runs a stale build.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";

const checkout = existsSync(new URL("../tsconfig.json", import.meta.url));
if (!checkout) {
  await import("../dist/cli.js");
} else {
  const tsx = createRequire(import.meta.url).resolve("tsx/cli");
  const source = new URL("../src/cli.ts", import.meta.url).pathname;
  const child = spawn(process.execPath, [tsx, "--conditions=@svccat/source", source, ...process.argv.slice(2)], {
    stdio: "inherit",
  });
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => child.kill(signal));
  }
  child.on("exit", (code, signal) => {
    process.exitCode = code ?? (signal === null ? 1 : 128);
  });
}
