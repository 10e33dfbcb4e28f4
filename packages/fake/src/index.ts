export {
  createServiceCatalogFakeCore,
  type FakeLifecycle,
  type ServiceCatalogFakeCore,
  type ServiceCatalogFakeOptions,
} from "./core/create-fake.js";
export type { AnswerWire, DispatchOptions, RequestAuthenticator } from "./core/dispatch.js";
export { FakeServiceError, type WireAnswer } from "./core/wire-errors.js";
export { FakeHttpHandler, type FakeHttpHandlerOptions } from "./http-handler/fake-http-handler.js";
export { CallLog, type CallLogLimits, MAX_RECORDED_INPUT_BYTES, type RecordedCall } from "./state/call-log.js";
export {
  type CatalogArtifact,
  type CatalogProduct,
  ProductCatalog,
  parseCatalogFile,
} from "./state/catalog.js";
export { DEFAULT_ACCOUNT_ID, DEFAULT_REGION } from "./state/default-account.js";
export { type ClockState, FakeClock } from "./state/fake-clock.js";
export { FaultInjector, type FaultKind, type FaultSpec, type InjectedFault } from "./state/faults.js";
export { type GenerateOptions, generateProvisionedProducts } from "./state/generate-products.js";
export { DEFAULT_MAX_RECORDS, type RecordFailure, type RecordKind, type RecordView } from "./state/lifecycle.js";
export type { Principal } from "./state/principals.js";
export { parseProductsFile } from "./state/products-file.js";
export {
  defaultSettings,
  type FakeSettings,
  type FakeSettingsInput,
  type OperationKey,
  type PerOperation,
  type PerPagingOperation,
  parseSettingsFile,
  resolveSettings,
  SETTINGS_FORMAT,
  SettingsError,
  type SettingsFile,
  VARIED_SETTINGS,
} from "./state/settings.js";
export {
  DEFAULT_MAX_PRODUCTS,
  type ProvisionedProduct,
  ProvisionedProductStore,
  StoreError,
  type StoreOptions,
} from "./state/store.js";
