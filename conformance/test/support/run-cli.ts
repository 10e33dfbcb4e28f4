import { fileURLToPath } from "node:url";
import { runProcess, startProcess } from "@svccat/test-kit/processes";

const CLI = fileURLToPath(new URL("../../src/cli.ts", import.meta.url));
const TSX = fileURLToPath(new URL("../../node_modules/.bin/tsx", import.meta.url));

/** Runs `svccat-conformance` from source in a new process; resolves when it exits, with what it printed. */
export function runCli(args: string[], env: Record<string, string> = {}) {
  return runProcess(TSX, ["--conditions=@svccat/source", CLI, ...args], { env: { ...process.env, ...env } });
}

/** Starts `svccat-conformance` from source in a new process, for a test that signals it while it runs. */
export function startCli(args: string[], env: Record<string, string> = {}) {
  return startProcess(TSX, ["--conditions=@svccat/source", CLI, ...args], { env: { ...process.env, ...env } });
}
