import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createServiceCatalogFakeCore, parseSettingsFile } from "@svccat/fake";
import { startServiceCatalogFakeServer } from "@svccat/fake/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seededFake } from "../src/index.js";
import { runCli, startCli } from "./support/run-cli.js";

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "svccat-conformance-cli-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const run = runCli;

describe("svccat-conformance", () => {
  it("runs against the fake with progress, a summary, reports and a recording, and exits 0", async () => {
    const json = join(dir, "report.json");
    const xml = join(dir, "report.xml");
    const record = join(dir, "settings.json");
    const result = await run([
      "run",
      "--target",
      "fake",
      "--cases",
      "observe/",
      "--report",
      json,
      "--report",
      xml,
      "--record",
      record,
    ]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /\[ ?\d+\/\d+\] ○ observe\/scan-last-page-token {2}\{"ScanProvisionedProducts":"absent"\}/,
    );
    expect(result.stdout).toMatch(/group\s+passed\s+failed\s+not checked\s+observed/);
    expect(JSON.parse(await readFile(json, "utf8")).format).toBe("svccat-conformance-report/1");
    expect(await readFile(xml, "utf8")).toMatch(/^<\?xml/);
    // The recording loads into the fake as its settings.
    expect(parseSettingsFile(await readFile(record, "utf8"), record).lastPageToken).toMatchObject({
      ScanProvisionedProducts: "absent",
      SearchProvisionedProducts: "absent",
    });

    const same = await run(["diff", json, json]);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain("agree on every case");
  });

  it("refuses live AWS without --allow-live, in one line, exit 2", async () => {
    const result = await run(["run", "--target", "endpoint", "--region", "eu-west-1"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^svccat-conformance: refusing to run against live AWS without --allow-live/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("reaches an endpoint with credentials from the standard chain, and never prints them", async () => {
    const secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYSECRETKEY";
    const server = await startServiceCatalogFakeServer({
      principals: [
        { accessKeyId: "AKIDSHOULDNOTPRINT", secretAccessKey: secret, arn: "arn:aws:iam::123456789012:user/ci" },
      ],
    });
    const result = await run(
      ["run", "--target", "endpoint", "--endpoint", server.url, "--region", "eu-west-1", "--cases", "errors/"],
      {
        AWS_ACCESS_KEY_ID: "AKIDSHOULDNOTPRINT",
        AWS_SECRET_ACCESS_KEY: secret,
        AWS_CONFIG_FILE: join(dir, "none"),
        AWS_SHARED_CREDENTIALS_FILE: join(dir, "none"),
      },
    );
    await server.close();
    expect(result.stderr).toContain("✓ errors/envelope");
    expect(result.code).toBe(0);
    expect(`${result.stdout}${result.stderr}`).not.toContain(secret);
    expect(`${result.stdout}${result.stderr}`).not.toContain("AKIDSHOULDNOTPRINT");
  });

  it("runs against the fake in vary mode, as a settings file for a fake it starts or --varies for an endpoint", async () => {
    const settings = join(dir, "vary.json");
    await writeFile(settings, JSON.stringify({ format: "svccat-fake-settings/1", settings: { vary: "per-call" } }));
    const started = await run([
      "run",
      "--target",
      "http",
      "--settings",
      settings,
      "--cases",
      "observe/error",
      "--quiet",
    ]);
    expect(started.code).toBe(0);
    const server = await startServiceCatalogFakeServer({ fake: seededFake({ vary: "per-call", seed: 3 }) });
    try {
      const endpoint = ["run", "--target", "endpoint", "--endpoint", server.url, "--region", "us-east-1"];
      const env = { AWS_ACCESS_KEY_ID: "test", AWS_SECRET_ACCESS_KEY: "test", AWS_SESSION_TOKEN: "" };
      const plain = await run([...endpoint, "--cases", "observe/"], env);
      expect(plain.stderr).toMatch(/the clients disagree/);
      const varies = await run([...endpoint, "--cases", "observe/", "--varies", "--quiet"], env);
      expect(varies.code).toBe(0);
    } finally {
      await server.close();
    }
    await writeFile(settings, JSON.stringify({ format: "svccat-fake-settings/1", settings: { vary: "always" } }));
    const refused = await run(["run", "--settings", settings]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/settings\.vary must be one of "off", "per-call", "per-listing", not "always"/);
  });

  it.each([
    [["run", "--cases", "no/such/case"], /--cases no\/such\/case: no case id contains it/],
    [["run", "--cases", "errors/envelope", "--report", "out.html"], /--report out\.html: the name must end in \.json/],
    [["run", "--token-hold", "1"], /--token-hold must be a whole number of seconds, at least 2, not 1/],
  ])("%j is a usage error, exit 2", async (args, message) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  describe("stops at the preflight, exit 2, recording nothing, when the endpoint is not Service Catalog", () => {
    const credentials = {
      AWS_ACCESS_KEY_ID: "test",
      AWS_SECRET_ACCESS_KEY: "test",
      AWS_EC2_METADATA_DISABLED: "true",
    };
    const attempt = async (endpoint: string, env: Record<string, string>) => {
      const record = join(dir, `recorded-${Math.random().toString(36).slice(2)}.json`);
      const result = await run(
        ["run", "--target", "endpoint", "--endpoint", endpoint, "--region", "us-east-1", "--record", record],
        { AWS_CONFIG_FILE: join(dir, "none"), AWS_SHARED_CREDENTIALS_FILE: join(dir, "none"), ...env },
      );
      const recorded = await readFile(record, "utf8").then(
        () => true,
        () => false,
      );
      return { ...result, recorded };
    };

    it("an HTML error page", async () => {
      const server = createServer((_req, res) => {
        res.writeHead(500, { "content-type": "text/html" });
        res.end("<html><body>Internal Server Error</body></html>");
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      try {
        const result = await attempt(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, credentials);
        expect(result.code).toBe(2);
        expect(result.stderr).toMatch(
          /preflight against endpoint .*: not Service Catalog: .*HTTP 500, content-type text\/html/,
        );
        expect(result.stderr.length).toBeLessThan(1_000);
        expect(result.recorded).toBe(false);
      } finally {
        server.close();
      }
    });

    it("a closed port", async () => {
      const server = createServer();
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      const port = (server.address() as AddressInfo).port;
      await new Promise((resolve) => server.close(resolve));
      const result = await attempt(`http://127.0.0.1:${port}`, credentials);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/preflight against .*: unreachable: /);
      expect(result.recorded).toBe(false);
    });

    it("credentials the service refuses, and none at all", async () => {
      const fake = await startServiceCatalogFakeServer();
      try {
        const refused = await attempt(fake.url, { ...credentials, AWS_SECRET_ACCESS_KEY: "wrong" });
        expect(refused.code).toBe(2);
        expect(refused.stderr).toMatch(/credentials refused: InvalidSignatureException \(HTTP 400\)/);
        expect(refused.recorded).toBe(false);
        const none = await attempt(fake.url, {
          AWS_ACCESS_KEY_ID: "",
          AWS_SECRET_ACCESS_KEY: "",
          AWS_EC2_METADATA_DISABLED: "true",
        });
        expect(none.code).toBe(2);
        expect(none.stderr).toMatch(/credentials missing: /);
        expect(none.recorded).toBe(false);
      } finally {
        await fake.close();
      }
    });
  });

  describe("the lifecycle cases against a local target that plays AWS (svccat-fake serve, SigV4 verified)", () => {
    const CATALOG = [
      {
        Id: "prod-livepathaaaa",
        Name: "Live path",
        ProvisioningArtifacts: [
          { Id: "pa-livepathv1aaa", Name: "v1" },
          { Id: "pa-livepathv2aaa", Name: "v2" },
        ],
      },
    ];
    const ENV = { AWS_ACCESS_KEY_ID: "test", AWS_SECRET_ACCESS_KEY: "test", AWS_SESSION_TOKEN: "" };
    const LIFECYCLE = ["--lifecycle", "prod-livepathaaaa:pa-livepathv1aaa:pa-livepathv2aaa", "--poll", "50"];
    const against = (url: string) => ["run", "--target", "endpoint", "--endpoint", url, "--region", "us-east-1"];

    /**
     * `svccat-fake serve` as a stand-in for AWS whose records move by requests, not by the wall clock: its clock
     * stands still but for a second at each request, and a record ends four seconds after it is made. What the
     * suite sees is then the same on a loaded machine (SigV4 still checks the machine's clock).
     */
    async function steppingTarget() {
      const fake = createServiceCatalogFakeCore({
        catalog: CATALOG,
        now: (
          (start) => () =>
            start
        )(Date.now()),
        settings: { recordInProgressAfterMs: 1_000, recordCompleteAfterMs: 4_000 },
      });
      fake.clock.stepOnRead(1_000);
      return startServiceCatalogFakeServer({ fake });
    }

    it("a dry run lists what would be created, with the run's prefix, and calls nothing", async () => {
      const result = await run([...against("http://127.0.0.1:9"), ...LIFECYCLE, "--dry-run"], ENV);
      expect(result.code).toBe(0);
      const names = [...result.stdout.matchAll(/: (svccat-conf-[a-z0-9]{6})-(\w+)-(svccat|aws-sdk)$/gm)];
      expect(names.map((match) => `${match[2]}-${match[3]}`)).toContain("life-svccat");
      expect(new Set(names.map((match) => match[1])).size).toBe(1);
      expect(result.stdout).toMatch(/terminate each of them/);
    });

    it("without --lifecycle the lifecycle cases are not checked against an endpoint, saying why", async () => {
      const fake = await startServiceCatalogFakeServer({ catalog: CATALOG });
      try {
        const report = join(dir, "no-lifecycle.json");
        const result = await run([...against(fake.url), "--cases", "lifecycle/", "--report", report], ENV);
        expect(result.code).toBe(0);
        const cases = JSON.parse(await readFile(report, "utf8")).cases as { status: string; message: string }[];
        expect(cases.length).toBeGreaterThan(0);
        expect(cases.every((c) => c.status === "not-checked" && /--lifecycle/.test(c.message))).toBe(true);
        expect(fake.fake.lifecycle.records()).toEqual([]);
      } finally {
        await fake.close();
      }
    });

    it("runs with --lifecycle, and terminates everything it created", async () => {
      const fake = await steppingTarget();
      try {
        const result = await run([...against(fake.url), ...LIFECYCLE, "--cases", "lifecycle", "--client", "both"], ENV);
        expect(result.stderr).toMatch(/lifecycle prefix: svccat-conf-[a-z0-9]{6} /);
        expect(result.code).toBe(0);
        expect(result.stdout).toMatch(
          /lifecycle: \d+ provisioned products created as svccat-conf-[a-z0-9]{6}-\*, all terminated/,
        );
        expect(fake.fake.store.list().filter((p) => p.Name.startsWith("svccat-conf-"))).toEqual([]);
        expect(fake.fake.lifecycle.records().some((r) => r.RecordType === "UPDATE_PROVISIONED_PRODUCT")).toBe(true);
      } finally {
        await fake.close();
      }
    });

    it("stopped with Ctrl-C while a record runs, it still terminates what it created, and exits 130", async () => {
      const fake = await steppingTarget();
      try {
        const cli = startCli(
          [...against(fake.url), ...LIFECYCLE, "--cases", "lifecycle/whole-life", "--client", "svccat"],
          ENV,
        );
        // Stopped the moment the first product is stored: its launch's record is running.
        let interrupted = false;
        const stop = fake.fake.store.watch((change) => {
          if (!interrupted && change.added.some((product) => product.Name.startsWith("svccat-conf-"))) {
            interrupted = true;
            cli.child.kill("SIGINT");
          }
        });
        const code = await cli.closed;
        stop();
        const { stdout, stderr } = cli.output();
        expect(interrupted).toBe(true);
        expect(stderr).toMatch(/SIGINT: stopping after this case/);
        expect(code).toBe(130);
        expect(stdout).toMatch(/all terminated/);
        expect(fake.fake.store.list().filter((p) => p.Name.startsWith("svccat-conf-"))).toEqual([]);
        expect(fake.fake.lifecycle.records().some((r) => r.RecordType === "TERMINATE_PROVISIONED_PRODUCT")).toBe(true);
      } finally {
        await fake.close();
      }
    });
  });
});
