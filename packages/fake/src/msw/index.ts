import { serviceEndpointPattern } from "@svccat/model";
import { http, type RequestHandler } from "msw";
import {
  createServiceCatalogFakeCore,
  type ServiceCatalogFakeCore,
  type ServiceCatalogFakeOptions,
} from "../core/create-fake.js";
import { toResponse } from "../core/wire-errors.js";

/** A fake with msw request handlers. @public */
export interface ServiceCatalogFake extends ServiceCatalogFakeCore {
  /**
   * msw request handlers for every Service Catalog endpoint of every AWS partition (FIPS and dual-stack included,
   * from the spec's endpoint rules and partitions), and for the `endpoints` option's URLs.
   */
  readonly handlers: RequestHandler[];
}

/**
 * Creates a fake Service Catalog with its own store, settings, faults and call log, and msw handlers for it.
 *
 * @example
 * ```ts
 * const fake = createServiceCatalogFake({ provisionedProducts: generateProvisionedProducts(250, { seed: 1 }) });
 * const server = setupServer(...fake.handlers);
 * server.listen();
 * ```
 * @public
 */
export function createServiceCatalogFake(options: ServiceCatalogFakeOptions = {}): ServiceCatalogFake {
  const core = createServiceCatalogFakeCore(options);
  return Object.defineProperties(core, {
    handlers: { value: serviceCatalogHandlers(core, options.endpoints ?? []), enumerable: true },
  }) as ServiceCatalogFake;
}

/**
 * msw handlers that answer every Service Catalog endpoint, and `endpoints`, through the fake's one request path
 * (`answerWire`; a wrapper of a fake overrides that). @public
 */
export function serviceCatalogHandlers(
  fake: Pick<ServiceCatalogFakeCore, "answerWire">,
  endpoints: readonly string[] = [],
): RequestHandler[] {
  const handler = async ({ request }: { request: Request }) => toResponse(await fake.answerWire(request));
  return [
    http.post(serviceEndpointPattern(), handler),
    ...endpoints.map((endpoint) => http.post(new URL(endpoint).href, handler)),
  ];
}
