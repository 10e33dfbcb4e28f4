import type { AwsCredentialIdentity } from "@smithy/types";
import {
  type CatalogProduct,
  DEFAULT_ACCOUNT_ID,
  DEFAULT_REGION,
  type FakeSettingsInput,
  generateProvisionedProducts,
  type ProvisionedProduct,
  type ServiceCatalogFakeCore,
} from "@svccat/fake";
import { createServiceCatalogFake, type ServiceCatalogFake } from "@svccat/fake/msw";
import { startServiceCatalogFakeServer } from "@svccat/fake/server";
import { setupServer } from "msw/node";
import { boto3Unavailable } from "./clients/boto3-driver.js";
import type { ClientName, ClientSettings } from "./clients/client-contract.js";
import type { LifecyclePlan } from "./lifecycle.js";

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
      /** Required to run against live AWS: the suite calls the account (and provisions, with `lifecycle`). */
      allowLive?: boolean;
      /**
       * What the lifecycle cases provision: without it they are not checked, as they create real products (named
       * with the run's prefix, and always terminated).
       */
      lifecycle?: LifecycleTarget;
      /** Milliseconds between two polls of a record: default 10,000 against live AWS, 500 against an endpoint. */
      pollMs?: number;
    };

/** The catalog product and artifacts the lifecycle cases provision. @public */
export interface LifecycleTarget {
  productId: string;
  artifactId: string;
  /** Another artifact of the product, for the update step. */
  updateArtifactId?: string;
  /** An artifact of the product whose launch fails, to observe what a failed launch leaves. */
  failingArtifactId?: string;
}

/** What a session lets the lifecycle cases do: all of `LifecyclePlan` but the run's prefix. @public */
export type LifecycleAccess = Omit<LifecyclePlan, "prefix">;

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
  /** What the lifecycle cases may provision and how time passes there; undefined when they may not run. */
  readonly lifecycle: LifecycleAccess | undefined;
  close(): Promise<void>;
}

/** How many products the suite seeds a fake with: enough for several pages of every size it asks for. */
export const SEED_PRODUCTS = 130;
const FAKE_CREDENTIALS = { accessKeyId: "test", secretAccessKey: "test" };
const FAKE_REGION = DEFAULT_REGION;

/** Starts a target; `signal` ends the lifecycle cases' waits early when the run is being stopped. @public */
export async function openTarget(spec: TargetSpec, signal?: AbortSignal): Promise<TargetSession> {
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
        lifecycle: fakeLifecycle(fake),
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
        lifecycle: fakeLifecycle(fake),
        close: () => server.close(),
      };
    }
    case "endpoint": {
      const live = spec.endpoint === undefined;
      if (live && spec.allowLive !== true) {
        throw new TargetError(
          "refusing to run against live AWS without --allow-live (the suite calls your account; it provisions only with --lifecycle)",
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
        lifecycle:
          spec.lifecycle === undefined
            ? undefined
            : {
                productId: spec.lifecycle.productId,
                artifactId: spec.lifecycle.artifactId,
                updateArtifactId: spec.lifecycle.updateArtifactId,
                ...failingArtifact(spec.lifecycle.failingArtifactId),
                pollMs: spec.pollMs ?? (live ? 10_000 : 500),
                // A CloudFormation stack can take a long while; a local endpoint has no reason to.
                maxWaitMs: live ? 60 * 60_000 : 5 * 60_000,
                passTime: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
                stopping: () => signal?.aborted === true,
              },
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

/** The product the suite's fake offers the lifecycle cases: two artifacts, so that an update has somewhere to go. */
const CONFORMANCE_CATALOG: readonly CatalogProduct[] = [
  {
    Id: "prod-svccatconform",
    Name: "svccat conformance product",
    ProvisioningArtifacts: [
      { Id: "pa-svccatconfv1", Name: "v1" },
      { Id: "pa-svccatconfv2", Name: "v2" },
    ],
  },
];

/**
 * The fake the suite runs against when none is given: `SEED_PRODUCTS` generated products, a catalog product to
 * provision, and a caller who is a role session, so that User, Role and Account levels each see a different set
 * (the default access level of each operation can then be told apart).
 * @public
 */
export function seededFake(settings?: FakeSettingsInput): ServiceCatalogFake {
  const accountId = DEFAULT_ACCOUNT_ID;
  return createServiceCatalogFake({
    accountId,
    catalog: CONFORMANCE_CATALOG,
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

/** An endpoint's way to a failing launch: the artifact named for it, if any. */
function failingArtifact(id: string | undefined): Pick<LifecycleAccess, "failingLaunch"> {
  return id === undefined ? {} : { failingLaunch: () => id };
}

/**
 * A fake's first catalog product with its first two artifacts, and time passing as its clock moved on (no wait):
 * with the fake's default durations a record ends after five polls of a second.
 */
function fakeLifecycle(fake: ServiceCatalogFakeCore): LifecycleAccess | undefined {
  const product = fake.catalog.list()[0];
  const [first, second] = product?.ProvisioningArtifacts ?? [];
  if (product === undefined || first === undefined) {
    return undefined;
  }
  // Five polls or so to a record's end, whatever the fake's durations.
  const complete = fake.settings.recordCompleteAfterMs;
  return {
    productId: product.Id,
    artifactId: first.Id,
    updateArtifactId: second?.Id,
    pollMs: Math.max(1_000, Math.ceil(complete / 5)),
    maxWaitMs: Math.max(60_000, complete * 3),
    passTime: async (ms) => fake.clock.advance(ms),
    stopping: () => false,
    hold: (held) => fake.clock.freeze(held),
    failingLaunch: () => {
      fake.faults.inject({ kind: "record-failure", operation: "ProvisionProduct", errorCode: "CREATE_FAILED" });
      return first.Id;
    },
  };
}
