import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ScanProvisionedProductsCommand, ServiceCatalogClient } from "../src/__generated__/index.gen.js";
import { CannedHandler, jsonAnswer, testCredentials } from "./support/canned-handler.js";

const ENV_KEYS = [
  "AWS_CONFIG_FILE",
  "AWS_SHARED_CREDENTIALS_FILE",
  "AWS_PROFILE",
  "AWS_REGION",
  "AWS_ACCESS_KEY_ID",
  "AWS_SECRET_ACCESS_KEY",
  "AWS_SESSION_TOKEN",
  "AWS_ENDPOINT_URL",
  "AWS_ENDPOINT_URL_SERVICE_CATALOG",
  "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",
];
const saved = Object.fromEntries(ENV_KEYS.map((key) => [key, process.env[key]]));
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "svccat-client-"));
  await writeFile(
    join(dir, "config"),
    [
      "[profile team]",
      "region = ap-southeast-2",
      "",
      "[profile local]",
      "region = us-west-2",
      "services = local-services",
      "",
      "[services local-services]",
      "service_catalog =",
      "  endpoint_url = http://localhost:4566",
      "",
    ].join("\n"),
  );
  await writeFile(
    join(dir, "credentials"),
    ["[team]", "aws_access_key_id = AKIDTEAM", "aws_secret_access_key = teamsecret", ""].join("\n"),
  );
});

afterEach(() => {
  for (const key of ENV_KEYS) {
    if (saved[key] === undefined) {
      delete process.env[key];
    } else {
      process.env[key] = saved[key];
    }
  }
});

afterAll(() => rm(dir, { recursive: true, force: true }));

function useFiles(): void {
  for (const key of ENV_KEYS) {
    delete process.env[key];
  }
  process.env.AWS_CONFIG_FILE = join(dir, "config");
  process.env.AWS_SHARED_CREDENTIALS_FILE = join(dir, "credentials");
}

async function sentBy(config: ConstructorParameters<typeof ServiceCatalogClient>[0]) {
  const handler = new CannedHandler(jsonAnswer({}));
  await new ServiceCatalogClient({ ...config, requestHandler: handler }).send(new ScanProvisionedProductsCommand({}));
  return handler.lastRequest;
}

describe("endpoints from the AWS rules", () => {
  it.each([
    [{ region: "us-east-1" }, "https://servicecatalog.us-east-1.amazonaws.com"],
    [{ region: "cn-north-1" }, "https://servicecatalog.cn-north-1.amazonaws.com.cn"],
    [{ region: "us-gov-west-1", useFipsEndpoint: true }, "https://servicecatalog-fips.us-gov-west-1.amazonaws.com"],
    [{ region: "eu-west-1", useDualstackEndpoint: true }, "https://servicecatalog.eu-west-1.api.aws"],
  ])("%j goes to %s", async (options, url) => {
    const request = await sentBy({ ...options, credentials: testCredentials });
    expect(`${request.protocol}//${request.hostname}`).toBe(url);
  });

  it("refuses a region that is not a host label, before sending anything", async () => {
    await expect(sentBy({ region: "not a region!", credentials: testCredentials })).rejects.toThrow(/region/i);
  });
});

describe("profiles", () => {
  it("take region and credentials from a named profile", async () => {
    useFiles();
    const request = await sentBy({ profile: "team" });
    expect(request.hostname).toBe("servicecatalog.ap-southeast-2.amazonaws.com");
    expect(request.headers.authorization).toContain("Credential=AKIDTEAM/");
    expect(request.headers.authorization).toContain("/ap-southeast-2/servicecatalog/aws4_request");
  });

  it("take an endpoint from the profile's services section", async () => {
    useFiles();
    const request = await sentBy({ profile: "local", credentials: testCredentials });
    expect(`${request.protocol}//${request.hostname}:${request.port}`).toBe("http://localhost:4566");
  });

  it("give way to AWS_ENDPOINT_URL_SERVICE_CATALOG, and that to an explicit endpoint", async () => {
    useFiles();
    process.env.AWS_ENDPOINT_URL_SERVICE_CATALOG = "http://127.0.0.2:1111";
    expect((await sentBy({ profile: "local", credentials: testCredentials })).hostname).toBe("127.0.0.2");
    expect(
      (await sentBy({ profile: "local", credentials: testCredentials, endpoint: "http://127.0.0.3:2222" })).hostname,
    ).toBe("127.0.0.3");
  });

  it("are all ignored under AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", async () => {
    useFiles();
    process.env.AWS_ENDPOINT_URL = "http://127.0.0.2:1111";
    process.env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS = "true";
    expect((await sentBy({ profile: "local", credentials: testCredentials })).hostname).toBe(
      "servicecatalog.us-west-2.amazonaws.com",
    );
  });

  it("read credentials from the environment first in the default chain", async () => {
    useFiles();
    process.env.AWS_ACCESS_KEY_ID = "AKIDENV";
    process.env.AWS_SECRET_ACCESS_KEY = "envsecret";
    const request = await sentBy({ region: "us-east-1" });
    expect(request.headers.authorization).toContain("Credential=AKIDENV/");
  });
});
