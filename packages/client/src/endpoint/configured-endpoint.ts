import type { LoadedConfigSelectors } from "@smithy/core/config";
import { wireTables } from "../__generated__/wire-tables.gen.js";

const SERVICE_ID = wireTables.service.sdkId;

/**
 * Where the AWS SDKs find a configured endpoint for a service, in their order: `AWS_ENDPOINT_URL_<SERVICE_ID>`,
 * `AWS_ENDPOINT_URL`, the profile's `services` section, the profile's `endpoint_url`; none of it when
 * `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS` is true.
 *
 * @internal
 */
export const configuredEndpointSelectors: LoadedConfigSelectors<string | undefined> = {
  environmentVariableSelector(env) {
    if (isTrue(env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS)) {
      return undefined;
    }
    const service = SERVICE_ID.split(" ").map((word) => word.toUpperCase());
    return env[["AWS_ENDPOINT_URL", ...service].join("_")] || env.AWS_ENDPOINT_URL || undefined;
  },
  configFileSelector(profile, config) {
    if (isTrue(profile.ignore_configured_endpoint_urls) || isTrue(process.env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS)) {
      return undefined;
    }
    if (profile.services !== undefined) {
      const section = config?.[`services.${profile.services}`];
      const key = `${SERVICE_ID.split(" ")
        .map((word) => word.toLowerCase())
        .join("_")}.endpoint_url`;
      if (section?.[key] !== undefined) {
        return section[key];
      }
    }
    return profile.endpoint_url || undefined;
  },
  default: undefined,
};

function isTrue(value: string | undefined): boolean {
  return value?.toLowerCase() === "true";
}
