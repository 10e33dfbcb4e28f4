import { parseUrl } from "@smithy/core/protocols";
import type { Endpoint, Provider } from "@smithy/types";
import { type EndpointRuleParams, evaluateEndpointRules } from "../__generated__/endpoint-rules.gen.js";

const HOST_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;

/** What the client sends requests to: where, plus any headers the endpoint rules add. */
export interface ResolvedEndpoint {
  protocol: string;
  hostname: string;
  port?: number;
  path: string;
  /** The `host` header: hostname, and the port when it is not the scheme's default. */
  host: string;
  headers: Record<string, string>;
}

/** What a user may give as `endpoint`. @public */
export type EndpointInput = string | URL | Endpoint | Provider<string | URL | Endpoint>;

export interface EndpointInputs {
  region: Provider<string | undefined>;
  endpoint?: EndpointInput | undefined;
  /** An endpoint from the environment or the shared config file (`AWS_ENDPOINT_URL_SERVICE_CATALOG`, ...). */
  configuredEndpoint: Provider<string | undefined>;
  useFipsEndpoint: Provider<boolean>;
  useDualstackEndpoint: Provider<boolean>;
}

/**
 * The endpoint, decided once per client: an explicit `endpoint` first, then one configured in the environment or
 * the shared config file, else the service's endpoint rule set for the region (partitions, FIPS, dual-stack).
 * Nothing in these two operations' inputs feeds the rules, so every call reuses the answer.
 */
export function endpointResolver(inputs: EndpointInputs): Provider<ResolvedEndpoint> {
  let pending: Promise<ResolvedEndpoint> | undefined;
  return () => {
    pending ??= resolve(inputs).catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}

async function resolve(inputs: EndpointInputs): Promise<ResolvedEndpoint> {
  const explicit = await endpointUrl(inputs.endpoint);
  const custom = explicit ?? (await inputs.configuredEndpoint());
  const params: EndpointRuleParams = {
    UseFIPS: await inputs.useFipsEndpoint(),
    UseDualStack: await inputs.useDualstackEndpoint(),
  };
  const region = await inputs.region();
  if (region !== undefined) {
    // The rules paste the region into a host name; the AWS SDKs refuse one that cannot be a host label, with
    // this message, instead of failing later on a URL that does not parse.
    if (!HOST_LABEL.test(region)) {
      throw new Error(`Region not accepted: region="${region}" is not a valid hostname component.`);
    }
    params.Region = region;
  }
  if (custom !== undefined) {
    params.Endpoint = custom;
  }
  // The spec's endpoint rules and AWS's partitions, compiled by the generator.
  return fromRules(evaluateEndpointRules(params));
}

async function endpointUrl(endpoint: EndpointInput | undefined): Promise<string | undefined> {
  if (endpoint === undefined) {
    return undefined;
  }
  const value = typeof endpoint === "function" ? await endpoint() : endpoint;
  if (typeof value === "string") {
    return value;
  }
  if (value instanceof URL) {
    return value.href;
  }
  const port = value.port === undefined ? "" : `:${value.port}`;
  return `${value.protocol.replace(/:?$/, ":")}//${value.hostname}${port}${value.path ?? "/"}`;
}

function fromRules(endpoint: { url: string; headers: Record<string, string[]> }): ResolvedEndpoint {
  const url = parseUrl(endpoint.url);
  const headers: Record<string, string> = {};
  for (const [name, values] of Object.entries(endpoint.headers ?? {})) {
    headers[name.toLowerCase()] = values.join(",");
  }
  return {
    protocol: url.protocol,
    hostname: url.hostname,
    ...(url.port === undefined ? {} : { port: url.port }),
    path: url.path.endsWith("/") ? url.path : `${url.path}/`,
    host: url.port === undefined ? url.hostname : `${url.hostname}:${url.port}`,
    headers,
  };
}
