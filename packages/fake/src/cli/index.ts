#!/usr/bin/env node
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { type OperationName, serviceTables } from "@svccat/model";
import { startServiceCatalogFakeServer } from "../server/index.js";
import { parseCatalogFile } from "../state/catalog.js";
import { DEFAULT_ACCOUNT_ID, DEFAULT_REGION } from "../state/default-account.js";
import { FAULT_KINDS, type FaultKind, type FaultSpec } from "../state/faults.js";
import { generateProvisionedProducts } from "../state/generate-products.js";
import type { Principal } from "../state/principals.js";
import { parseProductsFile } from "../state/products-file.js";
import { parseSettingsFile } from "../state/settings.js";
import { DEFAULT_MAX_PRODUCTS } from "../state/store.js";

const USAGE = `Usage: svccat-fake serve [options]

Serves a fake AWS Service Catalog over HTTP: ${Object.keys(serviceTables.operations).join(", ")}.

Options:
  --port <n>          port to listen on (default 4566; 0 for any free port)
  --host <addr>       address to listen on (default 127.0.0.1)
  --products <file>   provisioned products to start with (JSON array, or a Search response)
  --generate <n>      start with n generated products instead (default 100 when no --products)
  --seed <n>          the generator's seed (default 1); the same seed gives the same products
  --max-products <n>  the most products the fake holds, however they arrive (default 200000)
  --catalog <file>    products callers may provision: {"Products": [{"Id": "prod-…", "Name": "…",
                      "ProvisioningArtifacts": [{"Id": "pa-…", "Name": "v1"}]}]} (default none)
  --settings <file>   settings file (svccat-fake-settings/1), e.g. one recorded by svccat-conformance
  --principal <p>     ACCESS_KEY:SECRET:ARN[:SESSION_TOKEN], repeatable; the first is the default caller
  --fault <f>         KIND[:OPERATION][:N|:RATE], repeatable; KIND is ${FAULT_KINDS.join(", ")};
                      N the next N calls (default 1), RATE a fraction such as 0.1 until removed
  --control <who>     who may use the control API under /_svccat/: loopback (default), anywhere, off
  --account <id>      the account of the default principal (default ${DEFAULT_ACCOUNT_ID})
  --region <name>     the region to print for clients (default ${DEFAULT_REGION})
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
      products: { type: "string" },
      catalog: { type: "string" },
      seed: { type: "string" },
      generate: { type: "string" },
      "max-products": { type: "string" },
      settings: { type: "string" },
      principal: { type: "string", multiple: true },
      fault: { type: "string", multiple: true },
      control: { type: "string", default: "loopback" },
      account: { type: "string", default: DEFAULT_ACCOUNT_ID },
      region: { type: "string", default: DEFAULT_REGION },
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
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  if (!Number.isSafeInteger(seed)) {
    throw new UsageError(`--seed must be a whole number, not ${values.seed}`);
  }
  const productsFile = values.products;
  const provisionedProducts =
    productsFile === undefined
      ? generateProvisionedProducts(count, { accountId, region: values.region, seed })
      : parseProductsFile(await readFile(productsFile, "utf8"), productsFile);
  const maxProducts = values["max-products"] === undefined ? undefined : Number(values["max-products"]);
  if (maxProducts !== undefined && !(Number.isSafeInteger(maxProducts) && maxProducts >= 0)) {
    throw new UsageError(`--max-products must be a whole number, not ${values["max-products"]}`);
  }
  if (count > (maxProducts ?? DEFAULT_MAX_PRODUCTS)) {
    throw new UsageError(
      `--generate ${count} is more than the fake holds (--max-products ${maxProducts ?? DEFAULT_MAX_PRODUCTS})`,
    );
  }
  const control = values.control;
  if (control !== "loopback" && control !== "anywhere" && control !== "off") {
    throw new UsageError(`--control must be loopback, anywhere or off, not ${control}`);
  }
  const principals = (values.principal ?? []).map(parsePrincipal);
  const catalog =
    values.catalog === undefined ? undefined : parseCatalogFile(await readFile(values.catalog, "utf8"), values.catalog);
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
    ...(catalog === undefined ? {} : { catalog }),
    ...(maxProducts === undefined ? {} : { maxProducts }),
    verifySignatures: !values["no-verify"],
    controlApi: control,
    ...(principals.length === 0 ? {} : { principals }),
    ...(settings === undefined ? {} : { settings }),
  });
  for (const fault of values.fault ?? []) {
    server.fake.faults.inject(parseFault(fault));
  }
  const caller = principals[0] ?? { accessKeyId: "test", secretAccessKey: "test" };
  process.stdout.write(
    [
      `svccat fake Service Catalog on ${server.url} (${server.fake.store.size} provisioned products, ${server.fake.catalog.size} catalog products, account ${accountId})`,
      "Point an AWS SDK or the aws CLI at it with (JavaScript reads AWS_REGION, boto3 and the aws CLI v1",
      "AWS_DEFAULT_REGION; every current SDK reads AWS_ENDPOINT_URL_SERVICE_CATALOG):",
      `  export AWS_ENDPOINT_URL_SERVICE_CATALOG=${server.url}`,
      `  export AWS_ACCESS_KEY_ID=${caller.accessKeyId} AWS_SECRET_ACCESS_KEY=${caller.secretAccessKey ?? "any"}`,
      ...("sessionToken" in caller && caller.sessionToken !== undefined
        ? [`  export AWS_SESSION_TOKEN=${caller.sessionToken}`]
        : []),
      `  export AWS_REGION=${values.region} AWS_DEFAULT_REGION=${values.region}`,
      "  aws servicecatalog search-provisioned-products --access-level-filter Key=Account,Value=self",
      `Control API: ${server.url}/_svccat/ (products, catalog, records, outputs, clock, settings, faults, principals, calls, reset)`,
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

/** `ACCESS_KEY:SECRET:ARN[:SESSION_TOKEN]`; the ARN has colons of its own, so the token is what follows `…/name:`. */
function parsePrincipal(text: string): Principal {
  const match = /^([^:]+):([^:]*):(arn:[^:]+:(?:iam|sts)::\d{12}:[^:]+)(?::(.+))?$/.exec(text);
  if (match === null) {
    throw new UsageError(
      `--principal must be ACCESS_KEY:SECRET:ARN[:SESSION_TOKEN] with an IAM user or assumed-role ARN, not ${text}`,
    );
  }
  const [, accessKeyId, secretAccessKey, arn, sessionToken] = match as unknown as [
    string,
    string,
    string,
    string,
    string?,
  ];
  return {
    accessKeyId,
    arn,
    ...(secretAccessKey === "" ? {} : { secretAccessKey }),
    ...(sessionToken === undefined ? {} : { sessionToken }),
  };
}

/** `KIND[:OPERATION][:N|:RATE]`, e.g. `throttle:SearchProvisionedProducts:3` or `internal:0.1`. */
function parseFault(text: string): FaultSpec {
  const [kind, ...rest] = text.split(":");
  if (!FAULT_KINDS.includes(kind as FaultKind)) {
    throw new UsageError(`--fault kind must be one of ${FAULT_KINDS.join(", ")}, not ${kind}`);
  }
  const spec: FaultSpec = { kind: kind as FaultKind };
  for (const part of rest) {
    if (Object.hasOwn(serviceTables.operations, part)) {
      spec.operation = part as OperationName;
    } else if (/^\d+$/.test(part)) {
      spec.times = Number(part);
    } else if (/^(0?\.\d+|1(\.0*)?)$/.test(part)) {
      spec.rate = Number(part);
    } else {
      throw new UsageError(`--fault ${text}: ${part} is neither an operation, a count nor a rate`);
    }
  }
  return spec;
}

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
