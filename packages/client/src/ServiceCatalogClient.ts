import { NoOpLogger, normalizeProvider } from "@smithy/core/client";
import {
  getRetryPlugin,
  type RetryInputConfig,
  type RetryResolvedConfig,
  resolveRetryConfig,
} from "@smithy/core/retry";
import { SignatureV4 } from "@smithy/signature-v4";
import { Client as __Client, type SmithyResolvedConfiguration } from "@smithy/smithy-client";
import type {
  AwsCredentialIdentity,
  AwsCredentialIdentityProvider,
  CheckOptionalClientConfig,
  Command,
  HttpHandlerOptions,
  Logger,
  Provider,
} from "@smithy/types";
import { getRuntimeConfig } from "#runtime-config";
import type { ServiceInputTypes, ServiceOutputTypes } from "./__generated__/service-types.gen.js";
import { wireTables } from "./__generated__/wire-tables.gen.js";
import { type EndpointInput, endpointResolver, type ResolvedEndpoint } from "./endpoint/resolve-endpoint.js";
import { HandlerCache } from "./handler-cache.js";
import type { HttpRequestHandler, RuntimeConfig } from "./runtime-config.js";
import { getSigningPlugin } from "./signing/signing-plugin.js";

export type { ServiceInputTypes, ServiceOutputTypes };

/** A command this client can send. */
type SendableCommand<InputType extends ServiceInputTypes, OutputType extends ServiceOutputTypes> = Command<
  ServiceInputTypes,
  InputType,
  ServiceOutputTypes,
  OutputType,
  SmithyResolvedConfiguration<HttpHandlerOptions>
>;

/**
 * Options of `ServiceCatalogClient`, named as in `@aws-sdk/client-service-catalog`.
 * @public
 */
export interface ServiceCatalogClientConfig extends RetryInputConfig {
  /** The AWS region. In Node, defaults to `AWS_REGION` or the profile's `region`. */
  region?: string | Provider<string>;
  /** Static credentials or a provider. In Node, defaults to the standard AWS chain (env, profile, SSO, process, container, instance). */
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  /** The shared config profile for region, credentials and settings (Node). */
  profile?: string;
  /** Send requests here instead of the endpoint the rules pick (e.g. a local fake). */
  endpoint?: EndpointInput;
  useFipsEndpoint?: boolean | Provider<boolean>;
  useDualstackEndpoint?: boolean | Provider<boolean>;
  /** A request handler, or options for the default one (`NodeHttpHandler` in Node, `FetchHttpHandler` in browsers). */
  requestHandler?: HttpRequestHandler | Record<string, unknown>;
  /** `standard` (default) or `adaptive`; in Node also `AWS_RETRY_MODE`. */
  retryMode?: string | Provider<string>;
  logger?: Logger;
  /** Check every input against the spec's constraints before sending it, with the service's own message format. */
  validateInput?: boolean;
  /** Milliseconds to add to the local clock when signing; corrected automatically from the service's `Date`. */
  systemClockOffset?: number;
  /** Reuse each command's resolved middleware stack between calls (see the README). */
  cacheMiddleware?: boolean;
  /** Appended to the `user-agent` header. */
  customUserAgent?: string;
}

/**
 * Configuration after defaults are applied.
 * @public
 */
export interface ServiceCatalogClientResolvedConfig
  extends SmithyResolvedConfiguration<HttpHandlerOptions>,
    RetryResolvedConfig {
  readonly runtime: RuntimeConfig["runtime"];
  readonly region: Provider<string>;
  readonly credentials: AwsCredentialIdentityProvider;
  readonly streamCollector: RuntimeConfig["streamCollector"];
  readonly resolvedEndpoint: Provider<ResolvedEndpoint>;
  readonly signer: Provider<SignatureV4>;
  readonly logger: Logger;
  readonly validateInput: boolean;
  readonly userAgent: string;
  systemClockOffset: number;
}

/**
 * A client for AWS Service Catalog's `ScanProvisionedProducts` and `SearchProvisionedProducts`.
 *
 * @example
 * ```ts
 * const client = new ServiceCatalogClient({ region: "eu-west-1" });
 * const { ProvisionedProducts } = await client.send(new SearchProvisionedProductsCommand({ PageSize: 100 }));
 * ```
 * @public
 */
export class ServiceCatalogClient extends __Client<
  HttpHandlerOptions,
  ServiceInputTypes,
  ServiceOutputTypes,
  ServiceCatalogClientResolvedConfig
> {
  declare readonly config: ServiceCatalogClientResolvedConfig;

  private readonly handlerCache: HandlerCache;

  constructor(...[configuration]: CheckOptionalClientConfig<ServiceCatalogClientConfig>) {
    const config = resolveConfig(configuration ?? {});
    super(config);
    this.middlewareStack.use(getUserAgentPlugin(config));
    this.middlewareStack.use(getRetryPlugin(config));
    this.middlewareStack.use(getSigningPlugin(config));
    this.handlerCache = new HandlerCache(this.middlewareStack);
  }

  /**
   * Sends a command, as smithy's `Client.send` does. A call without per-call options on an uncustomised client
   * reuses the command's resolved middleware chain (see {@link HandlerCache}); anything else goes through smithy.
   */
  override send<InputType extends ServiceInputTypes, OutputType extends ServiceOutputTypes>(
    command: SendableCommand<InputType, OutputType>,
    options?: HttpHandlerOptions,
  ): Promise<OutputType>;
  override send<InputType extends ServiceInputTypes, OutputType extends ServiceOutputTypes>(
    command: SendableCommand<InputType, OutputType>,
    cb: (err: unknown, data?: OutputType) => void,
  ): void;
  override send<InputType extends ServiceInputTypes, OutputType extends ServiceOutputTypes>(
    command: SendableCommand<InputType, OutputType>,
    options: HttpHandlerOptions,
    cb: (err: unknown, data?: OutputType) => void,
  ): void;
  override send(command: SendableCommand<ServiceInputTypes, ServiceOutputTypes>, ...rest: unknown[]): unknown {
    if (rest.length === 0 || (rest.length === 1 && rest[0] === undefined)) {
      const handler =
        this.config.cacheMiddleware === true
          ? undefined
          : this.handlerCache.handlerFor(command, this.middlewareStack, this.config);
      if (handler !== undefined) {
        return handler(command).then((result) => result.output);
      }
    }
    return (super.send as (...args: unknown[]) => unknown).apply(this, [command, ...rest]);
  }

  /** Closes the request handler's sockets. */
  override destroy(): void {
    super.destroy();
  }
}

function resolveConfig(input: ServiceCatalogClientConfig): ServiceCatalogClientResolvedConfig {
  const runtime = getRuntimeConfig(input);
  const logger = input.logger ?? new NoOpLogger();
  const region = normalizeProvider(runtime.region);
  const credentials = memoizedCredentials(runtime.credentials);
  let signer: Promise<SignatureV4> | undefined;
  const retry = resolveRetryConfig({
    ...(input.maxAttempts === undefined ? { maxAttempts: runtime.maxAttempts } : { maxAttempts: input.maxAttempts }),
    ...(input.retryStrategy === undefined ? {} : { retryStrategy: input.retryStrategy }),
    retryMode: runtime.retryMode,
    logger,
  });
  return {
    ...retry,
    apiVersion: wireTables.service.version,
    runtime: runtime.runtime,
    requestHandler: runtime.requestHandler,
    cacheMiddleware: input.cacheMiddleware ?? false,
    streamCollector: runtime.streamCollector,
    region,
    credentials,
    logger,
    validateInput: input.validateInput ?? false,
    systemClockOffset: input.systemClockOffset ?? 0,
    userAgent:
      input.customUserAgent === undefined ? runtime.userAgent : `${runtime.userAgent} ${input.customUserAgent}`,
    resolvedEndpoint: endpointResolver({
      region: () => region().catch(() => undefined),
      endpoint: input.endpoint,
      configuredEndpoint: runtime.configuredEndpoint,
      useFipsEndpoint: normalizeProvider(runtime.useFipsEndpoint),
      useDualstackEndpoint: normalizeProvider(runtime.useDualstackEndpoint),
    }),
    signer: () => {
      // The signer reads credentials on every signature, so refreshed credentials are picked up.
      signer ??= region().then(
        (signingRegion) =>
          new SignatureV4({
            service: wireTables.service.signingName,
            region: signingRegion,
            credentials,
            sha256: runtime.sha256,
          }),
      );
      return signer;
    },
  };
}

/** Credentials are fetched once and again shortly before they expire, not for every request. */
function memoizedCredentials(
  source: AwsCredentialIdentity | AwsCredentialIdentityProvider,
): AwsCredentialIdentityProvider {
  if (typeof source !== "function") {
    const identity = source;
    return async () => identity;
  }
  let current: Promise<AwsCredentialIdentity> | undefined;
  let expiresAt = Number.POSITIVE_INFINITY;
  return async (options) => {
    if (current === undefined || Date.now() > expiresAt - 5 * 60 * 1000 || options?.forceRefresh) {
      current = source(options).then((identity) => {
        expiresAt = identity.expiration?.getTime() ?? Number.POSITIVE_INFINITY;
        return identity;
      });
      current.catch(() => {
        current = undefined;
      });
    }
    return current;
  };
}

function getUserAgentPlugin(config: ServiceCatalogClientResolvedConfig) {
  return {
    applyToStack(
      stack: __Client<
        HttpHandlerOptions,
        ServiceInputTypes,
        ServiceOutputTypes,
        ServiceCatalogClientResolvedConfig
      >["middlewareStack"],
    ) {
      stack.add(
        (next) => async (args) => {
          const request = args.request as { headers?: Record<string, string> } | undefined;
          if (request?.headers !== undefined) {
            // Browsers do not let a page set user-agent; the AWS SDKs send x-amz-user-agent there instead.
            request.headers[config.runtime === "browser" ? "x-amz-user-agent" : "user-agent"] = config.userAgent;
          }
          return next(args);
        },
        { step: "build", name: "userAgentMiddleware", override: true },
      );
    },
  };
}
