import { execFile, execFileSync, spawn } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { buildWheel } from "../scripts/build-wheel.js";

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
const venvMissing =
  pythonMissing ?? missing("python3", ["-c", "import venv, ensurepip"], "python3's venv and ensurepip");
/** Leftover processes are read from /proc: where there is none, the check says so instead. */
const procMissing = process.platform === "linux" ? undefined : "no /proc on this platform";

/** The command lines of this machine's processes that mention `text`. */
async function processesMentioning(text: string): Promise<string[]> {
  const found: string[] = [];
  for (const pid of await readdir("/proc")) {
    if (!/^\d+$/.test(pid) || Number(pid) === process.pid) {
      continue;
    }
    try {
      const args = (await readFile(`/proc/${pid}/cmdline`, "utf8")).split("\0").join(" ");
      if (args.includes(text)) {
        found.push(`${pid}: ${args}`);
      }
    } catch {
      // It ended while we looked.
    }
  }
  return found;
}
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
      // The fake started through a shell that stays its parent and passes no signal on, as `npx` (npm exec) does:
      // stopping the shell alone would leave the server running.
      const env = {
        ...userEnvironment(),
        SVCCAT_FAKE_COMMAND: `sh -c '"$0" --conditions=@svccat/source "$@"; exit $?' ${TSX} ${CLI}`,
      };
      const { stdout } = await run("python3", ["-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", "python"], {
        cwd: PACKAGE,
        env,
      });
      expect(stdout).toMatch(/\b(1[0-9]|[2-9][0-9]) passed\b/);
      expect(stdout).not.toMatch(/\bfailed\b/);
      // The fixtures stopped the server and what started it (tsx, then node): nothing is left running.
      if (procMissing === undefined) {
        expect(await processesMentioning(CLI)).toEqual([]);
      }
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

  it.skipIf(venvMissing !== undefined)(
    `the wheel installs offline into a fresh virtual environment, and its fixtures work outside the repository with only node on PATH${venvMissing === undefined ? "" : ` (skipped: ${venvMissing})`}`,
    async () => {
      const work = await mkdtemp(join(tmpdir(), "svccat-wheel-"));
      try {
        const wheel = await buildWheel(join(work, "dist"));
        expect(wheel).toMatch(/svccat_fake-\d+\.\d+\.\d+[^/]*-py3-none-any\.whl$/);
        // The machine's pytest and boto3 come through the system site-packages: there is no package index here.
        await run("python3", ["-m", "venv", "--system-site-packages", join(work, "venv")]);
        const python = join(work, "venv/bin/python");
        await run(python, ["-m", "pip", "install", "--no-index", "--no-deps", "--quiet", wheel]);
        // A user's project: one test file, no conftest, no copy of anything from this repository.
        const project = join(work, "project");
        await mkdir(project);
        await writeFile(
          join(project, "test_uses_the_fake.py"),
          [
            "import os",
            "",
            "",
            "def test_fixtures(svccat_fake, svccat_servicecatalog):",
            "    svccat_fake.generate(30, seed=2)",
            '    pages = svccat_servicecatalog.get_paginator("scan_provisioned_products").paginate(',
            '        AccessLevelFilter={"Key": "Account", "Value": "self"})',
            '    assert sum(len(p["ProvisionedProducts"]) for p in pages) == 30',
            '    assert svccat_fake.calls()[0]["fault"] is None',
            "",
            "",
            "def test_env(svccat_env, svccat_fake):",
            "    import boto3",
            '    assert "AWS_SESSION_TOKEN" not in os.environ',
            '    assert boto3.client("servicecatalog").scan_provisioned_products()["ProvisionedProducts"] == []',
            "",
          ].join("\n"),
        );
        // PATH: the environment's python and a folder holding only node; a shell's stale session token besides.
        const nodeOnly = join(work, "node-only");
        await mkdir(nodeOnly);
        await symlink(process.execPath, join(nodeOnly, "node"));
        const env: NodeJS.ProcessEnv = {
          PATH: `${join(work, "venv/bin")}:${nodeOnly}`,
          HOME: work,
          AWS_SESSION_TOKEN: "stale-token",
          AWS_PROFILE: "production",
        };
        const { stdout } = await run(python, ["-m", "pytest", "-q", "-p", "no:cacheprovider", project], {
          cwd: project,
          env,
        });
        expect(stdout).toMatch(/\b2 passed\b/);
        if (procMissing === undefined) {
          expect(await processesMentioning(join(work, "venv"))).toEqual([]);
        }

        // Without a node on PATH, the error says what is needed.
        const noNode = await run(
          python,
          ["-c", "from svccat_fake import FakeServer\ntry:\n FakeServer.start()\nexcept Exception as e:\n print(e)"],
          { env: { PATH: join(work, "venv/bin"), HOME: work } },
        );
        expect(noNode.stdout).toMatch(/Node\.js 20 or later, and there is no `node` on PATH/);
      } finally {
        await rm(work, { recursive: true, force: true });
      }
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
