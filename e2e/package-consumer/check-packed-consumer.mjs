// The published packages as a user gets them. Packs @svccat/model, @svccat/client and @svccat/fake with pnpm (as a
// release would), installs the tarballs with npm into two projects outside the workspace (one beside the official
// SDK and msw, one without msw), and checks what a user would meet: one copy of each shared dependency, ES module
// and CommonJS loading, the server and CLI without msw, and TypeScript under node16, nodenext, bundler and node10
// with skipLibCheck off. Prints one line a check and "N passed, N failed".
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
const here = fileURLToPath(new URL(".", import.meta.url));
const root = fileURLToPath(new URL("../../", import.meta.url));
const require = createRequire(import.meta.url);
const versionOf = (name) => require(`${name}/package.json`).version;
const pnpm = process.env.npm_execpath;
if (pnpm === undefined) {
  throw new Error("run this through pnpm (pnpm --filter @svccat/package-consumer test): it packs with pnpm");
}

const results = [];
async function check(name, body) {
  try {
    const detail = await body();
    results.push({ name, ok: true });
    process.stdout.write(`ok   ${name}${typeof detail === "string" ? ` (${detail})` : ""}\n`);
  } catch (error) {
    results.push({ name, ok: false });
    const text = `${error.message ?? error}\n${error.stdout ?? ""}${error.stderr ?? ""}`.trim().slice(0, 1_500);
    process.stdout.write(`FAIL ${name}: ${text}\n`);
  }
}

/** Every installed copy of a package under node_modules, at any depth. */
async function copiesOf(dir, name) {
  const found = [];
  const walk = async (modules) => {
    let entries;
    try {
      entries = await readdir(modules, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (!entry.isDirectory()) {
        continue;
      }
      const path = join(modules, entry.name);
      if (entry.name.startsWith("@")) {
        for (const scoped of await readdir(path, { withFileTypes: true })) {
          if (`${entry.name}/${scoped.name}` === name) {
            found.push(join(path, scoped.name));
          }
          await walk(join(path, scoped.name, "node_modules"));
        }
      } else {
        if (entry.name === name) {
          found.push(path);
        }
        await walk(join(path, "node_modules"));
      }
    }
  };
  await walk(join(dir, "node_modules"));
  return found;
}

const work = await mkdtemp(join(tmpdir(), "svccat-consumer-"));
try {
  const packs = join(work, "packs");
  await mkdir(packs);
  for (const pkg of ["model", "client", "fake"]) {
    await run(process.execPath, [pnpm, "pack", "--pack-destination", packs], { cwd: join(root, "packages", pkg) });
  }
  const tarballs = (await readdir(packs)).map((file) => join(packs, file));

  const project = async (name, extra) => {
    const dir = join(work, name);
    await mkdir(dir);
    await writeFile(join(dir, "package.json"), JSON.stringify({ name, private: true }));
    await run(
      "npm",
      ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error", ...tarballs, ...extra],
      { cwd: dir, timeout: 600_000 },
    );
    await cp(join(here, "fixtures"), dir, { recursive: true });
    return dir;
  };
  const typescript = `typescript@${versionOf("typescript")}`;
  const types = `@types/node@${versionOf("@types/node")}`;
  const withSdk = await project("with-sdk-and-msw", [
    `@aws-sdk/client-service-catalog@${versionOf("@aws-sdk/client-service-catalog")}`,
    `msw@${versionOf("msw")}`,
    typescript,
    types,
  ]);
  const withoutMsw = await project("without-msw", [typescript, types]);

  for (const shared of ["@smithy/core", "@smithy/types", "@smithy/util-waiter", "@aws-sdk/credential-provider-node"]) {
    await check(`one ${shared} beside the official SDK`, async () => {
      const copies = await copiesOf(withSdk, shared);
      if (copies.length !== 1) {
        throw new Error(`${copies.length} copies: ${copies.join(", ")}`);
      }
    });
  }

  const node = (dir, args) => run(process.execPath, args, { cwd: dir, timeout: 120_000 });
  await check("msw is not installed in the project without it", async () => {
    const copies = await copiesOf(withoutMsw, "msw");
    if (copies.length !== 0) {
      throw new Error(`found ${copies.join(", ")}`);
    }
  });
  await check("the HTTP server and a client call, from an ES module, without msw", async () => {
    const script = `
      const { startServiceCatalogFakeServer } = await import("@svccat/fake/server");
      const { ServiceCatalogClient, SearchProvisionedProductsCommand } = await import("@svccat/client");
      const server = await startServiceCatalogFakeServer({ provisionedProducts: [] });
      const client = new ServiceCatalogClient({ endpoint: server.url, region: "us-east-1",
        credentials: { accessKeyId: "test", secretAccessKey: "test" } });
      const output = await client.send(new SearchProvisionedProductsCommand({}));
      client.destroy();
      await server.close();
      if (output.TotalResultsCount !== 0) throw new Error("unexpected " + JSON.stringify(output));`;
    await node(withoutMsw, ["--input-type=module", "-e", script]);
  });
  await check("the fake's main entry and FakeHttpHandler, without msw and without a network", async () => {
    const script = `
      const { createServiceCatalogFakeCore, FakeHttpHandler, generateProvisionedProducts } = await import("@svccat/fake");
      const { ServiceCatalogClient, SearchProvisionedProductsCommand } = await import("@svccat/client");
      const fake = createServiceCatalogFakeCore({ provisionedProducts: generateProvisionedProducts(3) });
      const client = new ServiceCatalogClient({ region: "us-east-1", requestHandler: new FakeHttpHandler(fake),
        credentials: { accessKeyId: "test", secretAccessKey: "test" } });
      const output = await client.send(new SearchProvisionedProductsCommand({}));
      if (output.TotalResultsCount !== 3) throw new Error("unexpected " + JSON.stringify(output));`;
    await node(withoutMsw, ["--input-type=module", "-e", script]);
  });
  await check(
    "a provisioned product's life from the packed packages: the client's waiters on the fake's clock",
    async () => {
      const script = `
      const { createServiceCatalogFakeCore, FakeHttpHandler } = await import("@svccat/fake");
      const { ServiceCatalogClient, ProvisionProductCommand, waitUntilRecordCompleted, waitUntilProvisionedProductAvailable } =
        await import("@svccat/client");
      const fake = createServiceCatalogFakeCore({
        catalog: [{ Id: "prod-packed", Name: "Packed", ProvisioningArtifacts: [{ Id: "pa-packed", Name: "v1" }] }],
      });
      fake.clock.stepOnRead(5000);
      const client = new ServiceCatalogClient({ region: "us-east-1", requestHandler: new FakeHttpHandler(fake),
        credentials: { accessKeyId: "test", secretAccessKey: "test" } });
      const { RecordDetail } = await client.send(new ProvisionProductCommand({
        ProductId: "prod-packed", ProvisioningArtifactName: "v1", ProvisionedProductName: "packed" }));
      await waitUntilRecordCompleted({ client, maxWaitTime: 60 }, { Id: RecordDetail.RecordId });
      await waitUntilProvisionedProductAvailable({ client, maxWaitTime: 60 }, { Id: RecordDetail.ProvisionedProductId });
      if (fake.store.get(RecordDetail.ProvisionedProductId).Status !== "AVAILABLE") throw new Error("not AVAILABLE");`;
      await node(withoutMsw, ["--input-type=module", "-e", script]);
    },
  );
  await check("FakeHttpHandler answers the official SDK", async () => {
    const script = `
      const { createServiceCatalogFakeCore, FakeHttpHandler } = await import("@svccat/fake");
      const { ServiceCatalogClient, ScanProvisionedProductsCommand } = await import("@aws-sdk/client-service-catalog");
      const fake = createServiceCatalogFakeCore();
      const client = new ServiceCatalogClient({ region: "eu-west-1", requestHandler: new FakeHttpHandler(fake),
        credentials: { accessKeyId: "test", secretAccessKey: "test" } });
      await client.send(new ScanProvisionedProductsCommand({}));
      if (fake.calls.length !== 1 || fake.calls.last().status !== 200) throw new Error(JSON.stringify(fake.calls.all()));`;
    await node(withSdk, ["--input-type=module", "-e", script]);
  });
  await check("require() of the client from CommonJS", async () => {
    const { stdout } = await node(withoutMsw, [
      "-e",
      "console.log(typeof require('@svccat/client').ServiceCatalogClient)",
    ]);
    if (stdout.trim() !== "function") {
      throw new Error(stdout);
    }
  });
  await check("npx svccat-fake --help, without msw", async () => {
    const { stdout } = await run("npx", ["--no-install", "svccat-fake", "--help"], { cwd: withoutMsw });
    if (!stdout.includes("svccat-fake serve")) {
      throw new Error(stdout);
    }
  });
  await check("the msw handlers answer the official SDK", async () => {
    const script = `
      const { createServiceCatalogFake } = await import("@svccat/fake/msw");
      const { setupServer } = await import("msw/node");
      const { ServiceCatalogClient, ScanProvisionedProductsCommand } = await import("@aws-sdk/client-service-catalog");
      const fake = createServiceCatalogFake();
      const server = setupServer(...fake.handlers);
      server.listen({ onUnhandledRequest: "error" });
      const client = new ServiceCatalogClient({ region: "eusc-de-east-1",
        credentials: { accessKeyId: "test", secretAccessKey: "test" } });
      await client.send(new ScanProvisionedProductsCommand({}));
      server.close();
      if (fake.calls.length !== 1) throw new Error("the fake saw " + fake.calls.length + " calls");`;
    await node(withSdk, ["--input-type=module", "-e", script]);
  });

  const tsc = (dir, module, resolution, files) =>
    node(dir, [
      join(dir, "node_modules/typescript/bin/tsc"),
      "--noEmit",
      "--strict",
      "--skipLibCheck",
      "false",
      "--types",
      "node",
      "--target",
      "es2022",
      "--module",
      module,
      "--moduleResolution",
      resolution,
      ...files,
    ]);
  await cp(join(withoutMsw, "use-server.mts"), join(withoutMsw, "use-server-node10.ts"));
  for (const [module, resolution] of [
    ["node16", "node16"],
    ["nodenext", "nodenext"],
    ["esnext", "bundler"],
  ]) {
    await check(`TypeScript ${resolution}: the client from CommonJS, the server from ESM, no msw`, () =>
      tsc(withoutMsw, module, resolution, ["use-client.ts", "use-server.mts"]),
    );
    await check(`TypeScript ${resolution}: the msw handlers beside the official SDK`, () =>
      tsc(withSdk, module, resolution, ["use-msw.mts"]),
    );
  }
  await check("TypeScript node10: the client and the server", () =>
    tsc(withoutMsw, "commonjs", "node10", ["use-client.ts", "use-server-node10.ts"]),
  );
} finally {
  await rm(work, { recursive: true, force: true });
}

const failed = results.filter((result) => !result.ok).length;
process.stdout.write(`${results.length - failed} passed, ${failed} failed\n`);
process.exitCode = failed === 0 ? 0 : 1;
