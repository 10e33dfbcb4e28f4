import { execFile, execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

/**
 * The fake as Python and shell users drive it: `svccat-fake serve` started by the pytest fixtures of `python/`
 * and by `examples/drive-with-aws-cli.sh`, seeded, faulted, read and reset through the control API, and called
 * with the machine's own boto3 and aws CLI v1.
 */
const run = promisify(execFile);
const PACKAGE = fileURLToPath(new URL("..", import.meta.url));
const TSX = fileURLToPath(new URL("../node_modules/.bin/tsx", import.meta.url));
const CLI = fileURLToPath(new URL("../src/cli/index.ts", import.meta.url));

/** The environment of a user who has nothing of AWS configured, with the command that starts the fake. */
function userEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { SVCCAT_FAKE_COMMAND: `${TSX} --conditions=@svccat/source ${CLI}` };
  for (const [name, value] of Object.entries(process.env)) {
    if (!name.startsWith("AWS_")) {
      env[name] = value;
    }
  }
  return env;
}

/** Why a tool cannot be used here, or undefined when it can. */
function missing(command: string, args: string[], what: string): string | undefined {
  try {
    execFileSync(command, args, { stdio: "ignore" });
    return undefined;
  } catch {
    return `${what} is not available on this machine (\`${command} ${args.join(" ")}\` failed)`;
  }
}

const pythonMissing =
  missing("python3", ["--version"], "python3") ??
  missing("python3", ["-c", "import boto3, pytest"], "boto3 or pytest for python3");
const awsMissing = missing("aws", ["--version"], "the aws CLI");
const shellMissing = missing("bash", ["--version"], "bash") ?? missing("curl", ["--version"], "curl") ?? awsMissing;
for (const reason of [pythonMissing, shellMissing]) {
  if (reason !== undefined) {
    console.warn(`svccat fake: not checked here: ${reason}`);
  }
}

describe("the fake from other languages", () => {
  it.skipIf(pythonMissing !== undefined)(
    `the pytest suite (boto3 and the aws CLI) passes${pythonMissing === undefined ? "" : ` (skipped: ${pythonMissing})`}`,
    async () => {
      const { stdout } = await run("python3", ["-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", "python"], {
        cwd: PACKAGE,
        env: userEnvironment(),
      });
      expect(stdout).toMatch(/\b(1[0-9]|[2-9][0-9]) passed\b/);
      expect(stdout).not.toMatch(/\bfailed\b/);
      // The aws CLI cases skip, saying why, only where the CLI is missing.
      if (awsMissing === undefined) {
        expect(stdout).not.toMatch(/\bskipped\b/);
      }
    },
  );

  it.skipIf(shellMissing !== undefined)(
    `the shell example passes${shellMissing === undefined ? "" : ` (skipped: ${shellMissing})`}`,
    async () => {
      const { stdout } = await run("bash", ["examples/drive-with-aws-cli.sh"], {
        cwd: PACKAGE,
        env: userEnvironment(),
      });
      expect(stdout).toMatch(/^6 passed, 0 failed$/m);
    },
  );
});
