export type { EndpointInput } from "./endpoint/resolve-endpoint.js";
export { ServiceCatalogServiceException } from "./models/ServiceCatalogServiceException.js";
export type { ServiceCatalogPaginationConfiguration } from "./pagination/paginate.js";
export {
  ServiceCatalogClient,
  type ServiceCatalogClientConfig,
  type ServiceCatalogClientResolvedConfig,
} from "./ServiceCatalogClient.js";
