import { defaultProvider } from "@aws-sdk/credential-provider-node";
import { Sha256 } from "@smithy/core/checksum";
import {
  loadConfig,
  NODE_REGION_CONFIG_FILE_OPTIONS,
  NODE_REGION_CONFIG_OPTIONS,
  NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS,
  NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS,
} from "@smithy/core/config";
import { NODE_MAX_ATTEMPT_CONFIG_OPTIONS, NODE_RETRY_MODE_CONFIG_OPTIONS } from "@smithy/core/retry";
import { NodeHttpHandler, type NodeHttpHandlerOptions, streamCollector } from "@smithy/node-http-handler";
import { configuredEndpointSelectors } from "./endpoint/configured-endpoint.js";
import { isRequestHandler, type RuntimeConfig, type RuntimeConfigInput } from "./runtime-config.js";

/**
 * Node defaults: region, retry and endpoint settings from the environment and the shared config files, the
 * standard credential chain, and `node:http(s)` with keep-alive.
 *
 * @internal
 */
export function getRuntimeConfig(input: RuntimeConfigInput): RuntimeConfig {
  const profile = input.profile === undefined ? {} : { profile: input.profile };
  return {
    runtime: "node",
    region: input.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...profile }),
    credentials:
      input.credentials ??
      defaultProvider({ ...profile, ...(input.logger === undefined ? {} : { logger: input.logger }) }),
    // NodeHttpHandler keeps connections alive by default. A request timeout that only logs a warning (the
    // handler's own default) is not what someone who sets one expects, so it throws a TimeoutError here.
    requestHandler: isRequestHandler(input.requestHandler)
      ? input.requestHandler
      : new NodeHttpHandler({
          throwOnRequestTimeout: true,
          ...(input.requestHandler as NodeHttpHandlerOptions | undefined),
        }),
    streamCollector,
    sha256: Sha256,
    useFipsEndpoint: input.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, profile),
    useDualstackEndpoint: input.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, profile),
    maxAttempts: input.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, profile),
    retryMode: input.retryMode ?? loadConfig(NODE_RETRY_MODE_CONFIG_OPTIONS, profile),
    configuredEndpoint: loadConfig(configuredEndpointSelectors, profile),
    userAgent: `svccat-client node/${process.versions.node}`,
  };
}
