import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ScanProvisionedProductsCommand, ServiceCatalogClient } from "@svccat/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const CLI = fileURLToPath(new URL("../src/cli/index.ts", import.meta.url));
const TSX = fileURLToPath(new URL("../node_modules/.bin/tsx", import.meta.url));
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "svccat-fake-cli-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function start(args: string[]) {
  const child = spawn(TSX, ["--conditions=@svccat/source", CLI, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const ready = new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const match = /AWS_ENDPOINT_URL_SERVICE_CATALOG=(\S+)/.exec(stdout);
      if (match?.[1] !== undefined) {
        clearInterval(timer);
        resolve(match[1]);
      }
    }, 50);
    void exited.then(() => {
      clearInterval(timer);
      reject(new Error(`exited early: ${stderr}`));
    });
  });
  // Failure cases never wait for readiness; their early exit is the expected outcome.
  ready.catch(() => undefined);
  return { child, ready, exited, output: () => ({ stdout, stderr }) };
}

describe("svccat-fake serve", () => {
  it("serves seeded products with settings, prints the environment, and stops cleanly on SIGTERM", async () => {
    const seed = join(dir, "products.json");
    await writeFile(
      seed,
      JSON.stringify([
        {
          Id: "pp-seeded",
          Name: "seeded",
          Arn: "arn:aws:servicecatalog:us-east-1:123456789012:stack/seeded/pp-seeded",
          CreatedTime: "2025-03-01T00:00:00Z",
          UserArnSession: "arn:aws:iam::123456789012:user/test",
        },
      ]),
    );
    const settings = join(dir, "settings.json");
    await writeFile(
      settings,
      JSON.stringify({ format: "svccat-fake-settings/1", settings: { lastPageToken: "null" } }),
    );
    const cli = start(["serve", "--port", "0", "--products", seed, "--settings", settings]);
    const endpoint = await cli.ready;
    expect(cli.output().stdout).toContain("export AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test");
    const client = new ServiceCatalogClient({
      region: "us-east-1",
      endpoint,
      credentials: { accessKeyId: "test", secretAccessKey: "test" },
    });
    const output = await client.send(new ScanProvisionedProductsCommand({}));
    expect(output.ProvisionedProducts?.map((p) => p.Id)).toEqual(["pp-seeded"]);
    client.destroy();
    cli.child.kill("SIGTERM");
    expect(await cli.exited).toBe(0);
  });

  it.each([
    [["serve", "--port", "abc"], /--port must be a whole number/],
    [["serve", "--products", "/does/not/exist.json"], /ENOENT/],
    // --seed is the generator's seed only: no form of the CLI ever read a products file from it.
    [["serve", "--seed", "products.json"], /--seed must be a whole number, not products\.json/],
    [
      ["serve", "--products", "BAD_PRODUCTS"],
      /bad-products\.json: products\[0\] \(Id 'pp-bad'\): "Stauts" is not a member/,
    ],
    [
      ["serve", "--generate", "10", "--max-products", "5"],
      /--generate 10 is more than the fake holds \(--max-products 5\)/,
    ],
    [
      ["serve", "--settings", "SETTINGS"],
      /settings\.lastPageToken must be one of "absent", "null", "empty", not "sometimes"/,
    ],
  ])("%j fails in one line with exit 2", async (args, message) => {
    const settings = join(dir, "bad-settings.json");
    await writeFile(
      settings,
      JSON.stringify({ format: "svccat-fake-settings/1", settings: { lastPageToken: "sometimes" } }),
    );
    const badProducts = join(dir, "bad-products.json");
    await writeFile(
      badProducts,
      JSON.stringify([
        {
          Id: "pp-bad",
          Name: "bad",
          Arn: "arn:aws:servicecatalog:us-east-1:123456789012:stack/bad/pp-bad",
          CreatedTime: "2025-03-01T00:00:00Z",
          Stauts: "AVAILABLE",
        },
      ]),
    );
    const files: Record<string, string> = { SETTINGS: settings, BAD_PRODUCTS: badProducts };
    const cli = start(args.map((arg) => files[arg] ?? arg));
    expect(await cli.exited).toBe(2);
    const { stderr } = cli.output();
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("stops on SIGTERM while a client has sent headers and one body byte and then stalled", async () => {
    const cli = start(["serve", "--port", "0", "--generate", "5"]);
    const endpoint = new URL(await cli.ready);
    const socket = connect(Number(endpoint.port), endpoint.hostname);
    socket.on("error", () => {});
    await new Promise<void>((resolve) => socket.on("connect", () => resolve()));
    socket.write(
      "POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-amz-json-1.1\r\nContent-Length: 100\r\n\r\n{",
    );
    // A Scan on another connection shows the server is serving; whether or not the stalled request has reached
    // its handler by then, SIGTERM must end the process within the close grace.
    const client = new ServiceCatalogClient({
      region: "us-east-1",
      endpoint: endpoint.href,
      credentials: { accessKeyId: "test", secretAccessKey: "test" },
    });
    await client.send(new ScanProvisionedProductsCommand({}));
    client.destroy();
    cli.child.kill("SIGTERM");
    expect(await cli.exited).toBe(0);
    socket.destroy();
  });

  it("runs from the repository root as `pnpm exec` finds it, with nothing built, and passes signals on", async () => {
    const root = fileURLToPath(new URL("../../../", import.meta.url));
    for (const bin of ["svccat-fake", "svccat-conformance"]) {
      const help = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
        const child = spawn(join(root, "node_modules/.bin", bin), ["--help"], { cwd: root });
        let stdout = "";
        child.stdout.on("data", (chunk: Buffer) => {
          stdout += chunk.toString();
        });
        child.on("exit", (code) => resolve({ code, stdout }));
      });
      expect(help.code, bin).toBe(0);
      expect(help.stdout).toContain(`${bin} `);
    }
    const served = spawn(join(root, "node_modules/.bin/svccat-fake"), ["serve", "--port", "0"], { cwd: root });
    let stdout = "";
    const ready = new Promise<void>((resolve) =>
      served.stdout.on("data", (chunk: Buffer) => {
        stdout += chunk.toString();
        if (stdout.includes("Ctrl-C stops it.")) {
          resolve();
        }
      }),
    );
    const exited = new Promise<number | null>((resolve) => served.on("exit", (code) => resolve(code)));
    await ready;
    served.kill("SIGTERM");
    expect(await exited).toBe(0);
  });
});
