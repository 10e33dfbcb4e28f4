import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ProvisionProductCommand, ScanProvisionedProductsCommand, ServiceCatalogClient } from "@svccat/client";
import { runProcess, startProcess } from "@svccat/test-kit/processes";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const CLI = fileURLToPath(new URL("../src/cli/index.ts", import.meta.url));
const TSX = fileURLToPath(new URL("../node_modules/.bin/tsx", import.meta.url));
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "svccat-fake-cli-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** `svccat-fake` from source, ready once it prints the endpoint. */
function start(args: string[]) {
  const started = startProcess(TSX, ["--conditions=@svccat/source", CLI, ...args], {
    ready: /AWS_ENDPOINT_URL_SERVICE_CATALOG=(\S+)/,
  });
  const ready = started.ready.then((match) => match[1] as string);
  // Failure cases never wait for readiness; their early exit is the expected outcome.
  ready.catch(() => undefined);
  return { ...started, ready };
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
    const catalog = join(dir, "catalog.json");
    // The form the issue and the README give.
    await writeFile(
      catalog,
      JSON.stringify({
        Products: [
          { Id: "prod-abcdefghijklm", Name: "Web", ProvisioningArtifacts: [{ Id: "pa-abcdefghijklm", Name: "v1" }] },
        ],
      }),
    );
    const cli = start(["serve", "--port", "0", "--products", seed, "--settings", settings, "--catalog", catalog]);
    const endpoint = await cli.ready;
    expect(cli.output().stdout).toContain("1 catalog products");
    expect(cli.output().stdout).toContain("export AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test");
    const client = new ServiceCatalogClient({
      region: "us-east-1",
      endpoint,
      credentials: { accessKeyId: "test", secretAccessKey: "test" },
    });
    const output = await client.send(new ScanProvisionedProductsCommand({}));
    expect(output.ProvisionedProducts?.map((p) => p.Id)).toEqual(["pp-seeded"]);
    const launched = await client.send(
      new ProvisionProductCommand({
        ProductId: "prod-abcdefghijklm",
        ProvisioningArtifactName: "v1",
        ProvisionedProductName: "from-the-catalog",
      }),
    );
    expect(launched.RecordDetail).toMatchObject({ Status: "CREATED", RecordType: "PROVISION_PRODUCT" });
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
      ["serve", "--catalog", "BAD_CATALOG"],
      /bad-catalog\.json: products\[0\] \(prod-a\): ProvisioningArtifacts is required/,
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
    const badCatalog = join(dir, "bad-catalog.json");
    await writeFile(badCatalog, JSON.stringify({ Products: [{ Id: "prod-a", Name: "A" }] }));
    const files: Record<string, string> = { SETTINGS: settings, BAD_PRODUCTS: badProducts, BAD_CATALOG: badCatalog };
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
      const help = await runProcess(join(root, "node_modules/.bin", bin), ["--help"], { cwd: root });
      expect(help.code, bin).toBe(0);
      expect(help.stdout).toContain(`${bin} `);
    }
    const served = startProcess(join(root, "node_modules/.bin/svccat-fake"), ["serve", "--port", "0"], {
      cwd: root,
      ready: /Ctrl-C stops it\./,
    });
    await served.ready;
    served.child.kill("SIGTERM");
    expect(await served.exited).toBe(0);
  });
});
