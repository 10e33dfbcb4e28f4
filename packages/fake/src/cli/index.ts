#!/usr/bin/env node
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { startServiceCatalogFakeServer } from "../server/index.js";
import { generateProvisionedProducts } from "../state/generate-products.js";
import { parseProductsFile } from "../state/products-file.js";
import { parseSettingsFile } from "../state/settings.js";

const USAGE = `Usage: svccat-fake serve [options]

Serves a fake AWS Service Catalog (ScanProvisionedProducts, SearchProvisionedProducts) over HTTP.

Options:
  --port <n>          port to listen on (default 4566; 0 for any free port)
  --host <addr>       address to listen on (default 127.0.0.1)
  --seed <file>       provisioned products to start with (JSON array, or a Search response)
  --generate <n>      start with n generated products instead (default 100 when no --seed)
  --settings <file>   settings file (svccat-fake-settings/1), e.g. one recorded by svccat-conformance
  --account <id>      the account of the default principal (default 123456789012)
  --region <name>     the region to print for clients (default us-east-1)
  --no-verify         accept unsigned requests
  -h, --help          show this
`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: "string", default: "4566" },
      host: { type: "string", default: "127.0.0.1" },
      seed: { type: "string" },
      generate: { type: "string" },
      settings: { type: "string" },
      account: { type: "string", default: "123456789012" },
      region: { type: "string", default: "us-east-1" },
      "no-verify": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help || positionals[0] !== "serve") {
    process.stdout.write(USAGE);
    return values.help ? 0 : 2;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`--port must be a whole number from 0 to 65535, not ${values.port}`);
  }
  const accountId = values.account;
  if (!/^\d{12}$/.test(accountId)) {
    throw new UsageError(`--account must be 12 digits, not ${accountId}`);
  }
  const count = values.generate === undefined ? 100 : Number(values.generate);
  if (!Number.isInteger(count) || count < 0) {
    throw new UsageError(`--generate must be a whole number, not ${values.generate}`);
  }
  const provisionedProducts =
    values.seed === undefined
      ? generateProvisionedProducts(count, { accountId, region: values.region })
      : parseProductsFile(await readFile(values.seed, "utf8"), values.seed);
  const settings =
    values.settings === undefined
      ? undefined
      : parseSettingsFile(await readFile(values.settings, "utf8"), values.settings);
  const server = await startServiceCatalogFakeServer({
    port,
    host: values.host,
    accountId,
    region: values.region,
    provisionedProducts,
    verifySignatures: !values["no-verify"],
    ...(settings === undefined ? {} : { settings }),
  });
  process.stdout.write(
    [
      `svccat fake Service Catalog on ${server.url} (${server.fake.store.size} provisioned products, account ${accountId})`,
      "Point an AWS SDK or the aws CLI at it with:",
      `  export AWS_ENDPOINT_URL_SERVICE_CATALOG=${server.url}`,
      "  export AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test",
      `  export AWS_REGION=${values.region}`,
      "  aws servicecatalog search-provisioned-products --access-level-filter Key=Account,Value=self",
      "Ctrl-C stops it.",
      "",
    ].join("\n"),
  );
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await server.close();
  return 0;
}

class UsageError extends Error {}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Expected problems (a bad file, a taken port) get one line, not a stack trace.
    const message = error instanceof Error ? error.message : String(error);
    const hint = (error as { code?: string }).code === "EADDRINUSE" ? " (choose another with --port)" : "";
    process.stderr.write(`svccat-fake: ${message}${hint}\n`);
    process.exitCode = error instanceof UsageError || (error as Error)?.name?.endsWith("Error") ? 2 : 1;
  },
);
