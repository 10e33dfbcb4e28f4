import { execFile, execFileSync, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

/**
 * The fake as Python and shell users drive it: `svccat-fake serve` started by the pytest fixtures of `python/`
 * and by `examples/drive-with-aws-cli.sh`, seeded, faulted, read and reset through the control API, and called
 * with the machine's own boto3 and aws CLI v1.
 */
const run = promisify(execFile);

/** These tests start several processes each (the fake, pytest, the aws CLI): budgets that hold on a loaded machine. */
const SPAWNING_BUDGET_MS = 600_000;
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
    SPAWNING_BUDGET_MS,
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
    SPAWNING_BUDGET_MS,
  );

  it(
    "the environment `svccat-fake serve` prints works unchanged for both JavaScript clients and boto3",
    async () => {
      const server = spawn(TSX, ["--conditions=@svccat/source", CLI, "serve", "--port", "0", "--generate", "5"], {
        env: userEnvironment(),
      });
      try {
        const printed = await new Promise<string>((resolve, reject) => {
          let stdout = "";
          server.stdout.on("data", (chunk: Buffer) => {
            stdout += chunk.toString();
            if (stdout.includes("Ctrl-C stops it.")) {
              resolve(stdout);
            }
          });
          server.on("exit", () => reject(new Error(`svccat-fake exited: ${stdout}`)));
        });
        // Only what the fake printed: each `export A=1 B=2` line, as a shell would read it.
        const env = userEnvironment();
        for (const line of printed.split("\n").filter((l) => l.startsWith("  export "))) {
          for (const assignment of line.trim().slice("export ".length).split(" ")) {
            const [name, value] = assignment.split("=") as [string, string];
            env[name] = value;
          }
        }
        const script = `
        import { ScanProvisionedProductsCommand as Ours, ServiceCatalogClient as OurClient } from "@svccat/client";
        import { ScanProvisionedProductsCommand as Sdk, ServiceCatalogClient as SdkClient } from "@aws-sdk/client-service-catalog";
        const ours = await new OurClient({}).send(new Ours({}));
        const sdk = await new SdkClient({}).send(new Sdk({}));
        console.log(JSON.stringify([ours.$metadata.httpStatusCode, sdk.$metadata.httpStatusCode]));`;
        const js = await run(TSX, ["--conditions=@svccat/source", "--input-type=module", "-e", script], {
          cwd: PACKAGE,
          env,
        });
        expect(JSON.parse(js.stdout.trim())).toEqual([200, 200]);
        if (pythonMissing === undefined) {
          const python = await run(
            "python3",
            [
              "-c",
              "import boto3; print(boto3.client('servicecatalog').scan_provisioned_products()['ResponseMetadata']['HTTPStatusCode'])",
            ],
            { env },
          );
          expect(python.stdout.trim()).toBe("200");
        }
      } finally {
        server.kill("SIGTERM");
      }
    },
    SPAWNING_BUDGET_MS,
  );
});
