import type { streamCollector } from "@smithy/core/serde";
import type {
  AwsCredentialIdentity,
  AwsCredentialIdentityProvider,
  ChecksumConstructor,
  HashConstructor,
  Logger,
  Provider,
  RequestHandler,
} from "@smithy/types";

/** The part of the user's configuration that the platform defaults depend on. @internal */
export interface RuntimeConfigInput {
  region?: string | Provider<string> | undefined;
  profile?: string | undefined;
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider | undefined;
  requestHandler?: RequestHandler<any, any, any> | Record<string, unknown> | undefined;
  useFipsEndpoint?: boolean | Provider<boolean> | undefined;
  useDualstackEndpoint?: boolean | Provider<boolean> | undefined;
  maxAttempts?: number | Provider<number> | undefined;
  retryMode?: string | Provider<string> | undefined;
  logger?: Logger | undefined;
}

/** What a platform (Node or browser) fills in. @internal */
export interface RuntimeConfig {
  runtime: "node" | "browser";
  region: string | Provider<string>;
  credentials: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  requestHandler: RequestHandler<any, any, any>;
  streamCollector: typeof streamCollector;
  sha256: ChecksumConstructor | HashConstructor;
  useFipsEndpoint: boolean | Provider<boolean>;
  useDualstackEndpoint: boolean | Provider<boolean>;
  maxAttempts: number | Provider<number>;
  retryMode: string | Provider<string>;
  configuredEndpoint: Provider<string | undefined>;
  userAgent: string;
}

/** A handler instance, as opposed to options for the default handler. @internal */
export function isRequestHandler(value: unknown): value is RequestHandler<any, any, any> {
  return typeof (value as { handle?: unknown } | undefined)?.handle === "function";
}
