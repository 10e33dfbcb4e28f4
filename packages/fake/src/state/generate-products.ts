import { enumValues } from "../core/tables.js";
import { DEFAULT_ACCOUNT_ID, DEFAULT_REGION } from "./default-account.js";
import { callerOf, defaultPrincipal } from "./principals.js";
import { serviceId } from "./service-ids.js";
import type { ProvisionedProduct } from "./store.js";

/** @public */
export interface GenerateOptions {
  /** The same seed gives the same products. Default 1. */
  seed?: number;
  accountId?: string;
  region?: string;
  /**
   * Who launched them: IAM user or assumed-role session ARNs, used round-robin with some skew. By default the
   * fake's default principal (`user/test`), another user, and sessions of two roles, all in `accountId`.
   */
  launchedBy?: readonly string[];
  /** The newest creation time; products spread over the two years before it. Default 2026-01-01. */
  newest?: Date;
}

const TYPES = [
  "CFN_STACK",
  "CFN_STACK",
  "CFN_STACK",
  "CFN_STACKSET",
  "TERRAFORM_OPEN_SOURCE",
  "TERRAFORM_CLOUD",
  "EXTERNAL",
];
const PRODUCTS = ["web-service", "data-lake", "vpc-baseline", "ecs-cluster", "rds-postgres", "static-site", "account"];
const TEAMS = ["payments", "search", "platform", "identity", "growth", "data"];
const ENVIRONMENTS = ["dev", "staging", "prod"];
const TWO_YEARS_MS = 2 * 365 * 24 * 3600 * 1000;

/**
 * Makes `count` realistic provisioned products, the same for the same options: ids and ARNs in the account and
 * region, mostly CloudFormation stacks, every status, creation times spread over two years, tags, and a few
 * users and roles as launchers.
 *
 * @public
 */
export function generateProvisionedProducts(count: number, options: GenerateOptions = {}): ProvisionedProduct[] {
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(`count must be a non-negative whole number, not ${count}`);
  }
  const random = mulberry32(options.seed ?? 1);
  const accountId = options.accountId ?? DEFAULT_ACCOUNT_ID;
  const region = options.region ?? DEFAULT_REGION;
  const launchers = (
    options.launchedBy ?? [
      defaultPrincipal(accountId).arn,
      `arn:aws:iam::${accountId}:user/alice`,
      `arn:aws:sts::${accountId}:assumed-role/Deployer/bob`,
      `arn:aws:sts::${accountId}:assumed-role/Deployer/carol`,
      `arn:aws:sts::${accountId}:assumed-role/PlatformAdmin/dave`,
    ]
  ).map((arn) => callerOf({ accessKeyId: "-", arn }));
  const statuses = enumValues("ProvisionedProductStatus");
  const newest = (options.newest ?? new Date("2026-01-01T00:00:00Z")).getTime();
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const id = (prefix: string, length?: number) => serviceId(prefix, random, length);

  const products: ProvisionedProduct[] = [];
  const productIds = PRODUCTS.map(() => id("prod-"));
  for (let i = 0; i < count; i++) {
    const ppId = id("pp-");
    const productIndex = Math.floor(random() * PRODUCTS.length);
    const productName = PRODUCTS[productIndex] as string;
    const team = pick(TEAMS);
    const environment = pick(ENVIRONMENTS);
    const name = `${team}-${productName}-${environment}-${String(i).padStart(5, "0")}`;
    const type = pick(TYPES);
    // Most products are healthy; every status still appears.
    const status = random() < 0.7 ? (statuses[0] as string) : pick(statuses);
    const launcher =
      launchers[Math.min(launchers.length - 1, Math.floor(random() ** 1.5 * launchers.length))] ?? launchers[0];
    if (launcher === undefined) {
      throw new RangeError("launchedBy needs at least one ARN");
    }
    const recordId = id("rec-", 13);
    const product: ProvisionedProduct = {
      Id: ppId,
      Name: name,
      Arn: `arn:aws:servicecatalog:${region}:${accountId}:stack/${name}/${ppId}`,
      Type: type,
      Status: status as ProvisionedProduct["Status"],
      CreatedTime: new Date(newest - Math.floor(random() * TWO_YEARS_MS)),
      IdempotencyToken: `${id("", 8)}-${id("", 4)}-${id("", 4)}-${id("", 12)}`,
      LastRecordId: recordId,
      LastProvisioningRecordId: recordId,
      ProductId: productIds[productIndex] as string,
      ProductName: productName,
      ProvisioningArtifactId: id("pa-", 13),
      ProvisioningArtifactName: `v${1 + Math.floor(random() * 3)}.${Math.floor(random() * 10)}`,
      UserArn: launcher.roleArn ?? launcher.arn,
      UserArnSession: launcher.arn,
      Tags: [
        { Key: "team", Value: team },
        { Key: "environment", Value: environment },
        ...(random() < 0.3 ? [{ Key: "cost-center", Value: String(1000 + Math.floor(random() * 9000)) }] : []),
      ],
    };
    if (status !== "ERROR" && status !== "PLAN_IN_PROGRESS") {
      product.LastSuccessfulProvisioningRecordId = recordId;
    }
    if (status === "ERROR" || status === "TAINTED") {
      product.StatusMessage =
        status === "ERROR" ? "Stack creation failed: resource limit exceeded" : "Update partially failed";
    }
    if (type.startsWith("CFN")) {
      product.PhysicalId = `arn:aws:cloudformation:${region}:${accountId}:stack/SC-${accountId}-${ppId}/${id("", 8)}`;
    }
    if (random() < 0.4) {
      product.LaunchRoleArn = `arn:aws:iam::${accountId}:role/SCLaunchRole`;
    }
    products.push(product);
  }
  return products;
}

/** A small, fast, seedable PRNG; Math.random cannot be seeded. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
