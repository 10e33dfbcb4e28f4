export type { RecordedCall } from "./call-log.js";
export { CallLog } from "./call-log.js";
export {
  createServiceCatalogFake,
  type DispatchOptions,
  type RequestAuthenticator,
  type ServiceCatalogFake,
  type ServiceCatalogFakeOptions,
} from "./create-fake.js";
export { FaultInjector, type FaultKind, type FaultSpec, type InjectedFault } from "./faults.js";
export { type GenerateOptions, generateProvisionedProducts } from "./generate-products.js";
export type { Principal } from "./principals.js";
export { parseProductsFile } from "./products-file.js";
export {
  defaultSettings,
  type FakeSettings,
  type FakeSettingsInput,
  type OperationKey,
  parseSettingsFile,
  resolveSettings,
  SETTINGS_FORMAT,
  SettingsError,
  type SettingsFile,
} from "./settings.js";
export { type ProvisionedProduct, ProvisionedProductStore, StoreError } from "./store.js";
export { FakeServiceError } from "./wire-errors.js";
