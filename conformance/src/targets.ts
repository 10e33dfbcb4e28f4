import type { AwsCredentialIdentity } from "@smithy/types";
import {
  DEFAULT_ACCOUNT_ID,
  DEFAULT_REGION,
  type FakeSettingsInput,
  generateProvisionedProducts,
  type ProvisionedProduct,
} from "@svccat/fake";
import { createServiceCatalogFake, type ServiceCatalogFake } from "@svccat/fake/msw";
import { startServiceCatalogFakeServer } from "@svccat/fake/server";
import { setupServer } from "msw/node";
import { boto3Unavailable } from "./clients/boto3-driver.js";
import type { ClientName, ClientSettings } from "./clients/client-contract.js";

/**
 * Where the suite runs: the in-process fake through msw, the fake over HTTP, or any endpoint (live AWS when no URL
 * is given).
 * @public
 */
export type TargetSpec =
  | { kind: "fake"; fake?: ServiceCatalogFake }
  | { kind: "http"; fake?: ServiceCatalogFake }
  | {
      kind: "endpoint";
      /** Leave out for live AWS (`https://servicecatalog.<region>.amazonaws.com`). */
      endpoint?: string;
      region?: string;
      profile?: string;
      /** Static credentials; by default the standard chain (environment, profile, SSO, ...). */
      credentials?: AwsCredentialIdentity;
      /** Required to run against live AWS: the suite only reads, but it does call the account. */
      allowLive?: boolean;
    };

/** A target, up and ready. @public */
export interface TargetSession {
  /** For reports: what was tested, never with credentials. */
  readonly description: string;
  readonly kind: TargetSpec["kind"];
  /** True for live AWS: the suite paces itself and retries throttling harder. */
  readonly live: boolean;
  /** How every client reaches the target: region, endpoint, credentials, and retries (8 live, 2 otherwise). */
  readonly clientSettings: ClientSettings;
  /** Milliseconds between calls: 200 against live AWS (its rate limits are the account's), 0 otherwise. */
  readonly paceMs: number;
  /** Why a client cannot reach this target, or undefined when it can. */
  unsupported(client: ClientName): Promise<string | undefined>;
  /** The products the caller can see at Account level, when the suite knows them (the fake targets). */
  readonly knownProducts: readonly ProvisionedProduct[] | undefined;
  /** The caller's ARN, when known. */
  readonly callerArn: string | undefined;
  /** Whether the target varies its answers on purpose (a fake in `vary` mode). */
  readonly varies: boolean;
  close(): Promise<void>;
}

/** How many products the suite seeds a fake with: enough for several pages of every size it asks for. */
export const SEED_PRODUCTS = 130;
const FAKE_CREDENTIALS = { accessKeyId: "test", secretAccessKey: "test" };
const FAKE_REGION = DEFAULT_REGION;

/** Starts a target. @public */
export async function openTarget(spec: TargetSpec): Promise<TargetSession> {
  switch (spec.kind) {
    case "fake": {
      const fake = spec.fake ?? seededFake();
      const server = setupServer(...fake.handlers);
      server.listen({ onUnhandledRequest: "bypass" });
      return {
        description: "in-process fake (msw)",
        kind: "fake",
        live: false,
        clientSettings: { region: FAKE_REGION, credentials: FAKE_CREDENTIALS, maxAttempts: LOCAL_ATTEMPTS },
        paceMs: 0,
        unsupported: async (client) =>
          client === "boto3"
            ? "boto3 reaches the fake only over HTTP: msw answers requests of this JavaScript process alone; use --target http"
            : undefined,
        knownProducts: accountProducts(fake),
        callerArn: firstPrincipalArn(fake),
        varies: fake.settings.vary !== "off",
        close: async () => server.close(),
      };
    }
    case "http": {
      const fake = spec.fake ?? seededFake();
      const server = await startServiceCatalogFakeServer({ fake });
      return {
        description: `fake over HTTP (${server.url}, SigV4 verified)`,
        kind: "http",
        live: false,
        clientSettings: {
          region: FAKE_REGION,
          endpoint: server.url,
          credentials: FAKE_CREDENTIALS,
          maxAttempts: LOCAL_ATTEMPTS,
        },
        paceMs: 0,
        unsupported: anyClientOverHttp,
        knownProducts: accountProducts(fake),
        callerArn: firstPrincipalArn(fake),
        varies: fake.settings.vary !== "off",
        close: () => server.close(),
      };
    }
    case "endpoint": {
      const live = spec.endpoint === undefined;
      if (live && spec.allowLive !== true) {
        throw new TargetError(
          "refusing to run against live AWS without --allow-live (the suite only calls ScanProvisionedProducts and SearchProvisionedProducts, but it does call your account)",
        );
      }
      const region = spec.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION;
      if (region === undefined) {
        throw new TargetError("a region is needed: --region, AWS_REGION or AWS_DEFAULT_REGION");
      }
      return {
        description: live ? `live AWS (${region})` : `endpoint ${spec.endpoint} (${region})`,
        kind: "endpoint",
        live,
        clientSettings: {
          region,
          endpoint: spec.endpoint,
          credentials: spec.credentials,
          profile: spec.profile,
          // Live AWS throttles: retry harder there.
          maxAttempts: live ? 8 : LOCAL_ATTEMPTS,
        },
        paceMs: live ? 200 : 0,
        unsupported: anyClientOverHttp,
        knownProducts: undefined,
        callerArn: undefined,
        varies: false,
        close: async () => undefined,
      };
    }
  }
}

/** Attempts per call against a target on this machine: one retry, for an injected fault. */
const LOCAL_ATTEMPTS = 2;

/** Every client reaches a target over HTTP; boto3 needs python3 with boto3. */
async function anyClientOverHttp(client: ClientName): Promise<string | undefined> {
  return client === "boto3" ? boto3Unavailable() : undefined;
}

/** A target that cannot be used as asked; the message says why. @public */
export class TargetError extends Error {
  override readonly name = "TargetError";
}

/**
 * The fake the suite runs against when none is given: `SEED_PRODUCTS` generated products, and a caller who is a
 * role session, so that User, Role and Account levels each see a different set (the default access level of
 * each operation can then be told apart).
 * @public
 */
export function seededFake(settings?: FakeSettingsInput): ServiceCatalogFake {
  const accountId = DEFAULT_ACCOUNT_ID;
  return createServiceCatalogFake({
    accountId,
    provisionedProducts: generateProvisionedProducts(SEED_PRODUCTS, { seed: 42, accountId }),
    principals: [{ ...FAKE_CREDENTIALS, arn: `arn:aws:sts::${accountId}:assumed-role/Deployer/bob` }],
    ...(settings === undefined ? {} : { settings }),
  });
}

function accountProducts(fake: ServiceCatalogFake): ProvisionedProduct[] {
  return fake.store.list().filter((product) => product.Arn.split(":")[4] === fake.accountId);
}

function firstPrincipalArn(fake: ServiceCatalogFake): string | undefined {
  return fake.principals.values().next().value?.arn;
}
