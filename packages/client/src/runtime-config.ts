import type { HttpRequest } from "@smithy/core/protocols";
import type { streamCollector } from "@smithy/core/serde";
import type {
  AwsCredentialIdentity,
  AwsCredentialIdentityProvider,
  ChecksumConstructor,
  HashConstructor,
  HttpHandlerOptions,
  HttpResponse,
  Logger,
  Provider,
  RequestHandler,
} from "@smithy/types";

/** A transport for HTTP requests: `NodeHttpHandler`, `FetchHttpHandler` or the user's own. @public */
export type HttpRequestHandler = RequestHandler<HttpRequest, HttpResponse, HttpHandlerOptions>;

/** The part of the user's configuration that the platform defaults depend on. @internal */
export interface RuntimeConfigInput {
  region?: string | Provider<string> | undefined;
  profile?: string | undefined;
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider | undefined;
  requestHandler?: HttpRequestHandler | Record<string, unknown> | undefined;
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
  requestHandler: HttpRequestHandler;
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
export function isRequestHandler(value: unknown): value is HttpRequestHandler {
  return typeof (value as { handle?: unknown } | undefined)?.handle === "function";
}
