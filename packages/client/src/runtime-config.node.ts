import { Readable } from "node:stream";
import { Sha256 } from "@smithy/core/checksum";
import type { LoadedConfigSelectors, LocalConfigOptions } from "@smithy/core/config";
import { NodeHttpHandler, type NodeHttpHandlerOptions, streamCollector } from "@smithy/node-http-handler";
import type { AwsCredentialIdentityProvider, Provider } from "@smithy/types";
import { configuredEndpointSelectors } from "./endpoint/configured-endpoint.js";
import { isRequestHandler, type RuntimeConfig, type RuntimeConfigInput } from "./runtime-config.js";

/**
 * Node defaults: region, retry and endpoint settings from the environment and the shared config files, the
 * standard credential chain, and `node:http(s)` with keep-alive.
 *
 * The credential chain and the config-file loader are imported on first use, not with the client: a program that
 * passes its region and credentials never loads them, and one that does not pays for them at its first call, not
 * at startup.
 *
 * @internal
 */
export function getRuntimeConfig(input: RuntimeConfigInput): RuntimeConfig {
  const profile = input.profile === undefined ? {} : { profile: input.profile };
  return {
    runtime: "node",
    region:
      input.region ??
      fromConfig((c) => [c.NODE_REGION_CONFIG_OPTIONS, { ...c.NODE_REGION_CONFIG_FILE_OPTIONS, ...profile }]),
    credentials:
      input.credentials ??
      lazyCredentials({ ...profile, ...(input.logger === undefined ? {} : { logger: input.logger }) }),
    // NodeHttpHandler keeps connections alive by default. A request timeout that only logs a warning (the
    // handler's own default) is not what someone who sets one expects, so it throws a TimeoutError here.
    requestHandler: isRequestHandler(input.requestHandler)
      ? input.requestHandler
      : new WholeResponseTimeoutHandler({
          throwOnRequestTimeout: true,
          ...(input.requestHandler as NodeHttpHandlerOptions | undefined),
        }),
    streamCollector: collectBody,
    sha256: Sha256,
    useFipsEndpoint: input.useFipsEndpoint ?? fromConfig((c) => [c.NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, profile]),
    useDualstackEndpoint:
      input.useDualstackEndpoint ?? fromConfig((c) => [c.NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, profile]),
    maxAttempts: input.maxAttempts ?? fromConfig((_config, r) => [r.NODE_MAX_ATTEMPT_CONFIG_OPTIONS, profile]),
    retryMode: input.retryMode ?? fromConfig((_config, r) => [r.NODE_RETRY_MODE_CONFIG_OPTIONS, profile]),
    configuredEndpoint: fromConfig(() => [configuredEndpointSelectors, profile]),
    userAgent: `svccat-client node/${process.versions.node}`,
  };
}

/**
 * NodeHttpHandler's `requestTimeout` ends when the response headers arrive; a server that then sends part of the
 * body and stalls would hold the call for ever. This handler holds the body to the same deadline, counted from the
 * start of the request, client-wide or per call: past it, the body stream fails with a `TimeoutError`.
 */
class WholeResponseTimeoutHandler extends NodeHttpHandler {
  private readonly defaultTimeout: number | undefined;

  constructor(options: NodeHttpHandlerOptions) {
    super(options);
    this.defaultTimeout = options.requestTimeout;
  }

  override async handle(
    request: Parameters<NodeHttpHandler["handle"]>[0],
    options: Parameters<NodeHttpHandler["handle"]>[1] = {},
  ): ReturnType<NodeHttpHandler["handle"]> {
    const timeout = options.requestTimeout ?? this.defaultTimeout;
    const started = Date.now();
    const result = await super.handle(request, options);
    const body: unknown = result.response.body;
    if (timeout !== undefined && timeout > 0 && body instanceof Readable && !body.readableEnded) {
      const timer = setTimeout(
        () => {
          const error = new Error(`The response body did not arrive within the request timeout of ${timeout} ms`);
          error.name = "TimeoutError";
          body.destroy(error);
        },
        Math.max(0, timeout - (Date.now() - started)),
      );
      timer.unref();
      body.once("close", () => clearTimeout(timer));
      body.once("end", () => clearTimeout(timer));
    }
    return result;
  }
}

/**
 * A response body as bytes. smithy's collector pipes a Node stream through a Writable; reading it directly made a
 * 100-item Search page about 5% cheaper end to end (an A/B run of the two builds against the bench's canned
 * server). Bodies that are not Node streams go to smithy's collector.
 */
const collectBody: typeof streamCollector = async (body) => {
  if (!(body instanceof Readable)) {
    return streamCollector(body);
  }
  const chunks: Buffer[] = [];
  for await (const chunk of body) {
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
};

type ConfigModule = typeof import("@smithy/core/config");
type RetryModule = typeof import("@smithy/core/retry");

/** A setting read through `loadConfig` (environment, then the shared config file), loaded and read once. */
function fromConfig<T>(
  choose: (config: ConfigModule, retry: RetryModule) => [LoadedConfigSelectors<T>, LocalConfigOptions],
): Provider<T> {
  let value: Promise<T> | undefined;
  return () => {
    value ??= Promise.all([import("@smithy/core/config"), import("@smithy/core/retry")]).then(([config, retry]) => {
      const [selectors, options] = choose(config, retry);
      return config.loadConfig(selectors, options)();
    });
    return value;
  };
}

/** The standard credential chain, imported when credentials are first needed. */
function lazyCredentials(init: Record<string, unknown>): AwsCredentialIdentityProvider {
  let chain: Promise<AwsCredentialIdentityProvider> | undefined;
  return async (options) => {
    chain ??= import("@aws-sdk/credential-provider-node").then(({ defaultProvider }) => defaultProvider(init));
    return (await chain)(options);
  };
}
