import { Sha256 } from "@smithy/core/checksum";
import { DEFAULT_MAX_ATTEMPTS, DEFAULT_RETRY_MODE } from "@smithy/core/retry";
import { FetchHttpHandler, type FetchHttpHandlerOptions, streamCollector } from "@smithy/fetch-http-handler";
import { isRequestHandler, type RuntimeConfig, type RuntimeConfigInput } from "./runtime-config.js";

/**
 * Browser defaults: fetch, WebCrypto hashing, and nothing read from an environment a page does not have; region
 * and credentials must be given.
 *
 * @internal
 */
export function getRuntimeConfig(input: RuntimeConfigInput): RuntimeConfig {
  return {
    runtime: "browser",
    region: input.region ?? missing("region"),
    credentials: input.credentials ?? missing("credentials"),
    requestHandler: isRequestHandler(input.requestHandler)
      ? input.requestHandler
      : new FetchHttpHandler(input.requestHandler as FetchHttpHandlerOptions | undefined),
    streamCollector,
    sha256: Sha256,
    useFipsEndpoint: input.useFipsEndpoint ?? false,
    useDualstackEndpoint: input.useDualstackEndpoint ?? false,
    maxAttempts: input.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    retryMode: input.retryMode ?? DEFAULT_RETRY_MODE,
    configuredEndpoint: async () => undefined,
    userAgent: "svccat-client browser",
  };
}

function missing(name: string): () => Promise<never> {
  return () =>
    Promise.reject(new Error(`@svccat/client: \`${name}\` must be given in the client configuration in a browser`));
}
