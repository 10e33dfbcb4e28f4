import type { AccessLevelFilterKey, ListingOperationName, PagingOperationName } from "@svccat/model";
import { enumValues, LISTING_OPERATIONS, PAGING_OPERATIONS, pageSizeMax } from "../core/tables.js";

/**
 * How the fake answers where AWS's behaviour is not known (docs/aws-behaviour.md, "Open questions"). Each
 * default is the fake's best reading of the evidence; the conformance suite's live mode records what AWS really
 * does in a settings file (see `parseSettingsFile`), which the fake can load. Settings kept per operation are
 * the ones where operations may differ: how a page is cut, for every operation that pages; how a listing scopes
 * and orders, for the two listings.
 *
 * @public
 */
export interface FakeSettings {
  /** On the last page: leave `NextPageToken` out, send `null`, or send `""`. Default `"absent"`. */
  lastPageToken: PerPagingOperation<"absent" | "null" | "empty">;
  /** Page size when `PageSize` is omitted (or 0, see `zeroPageSize`); at most the operation's maximum. Default 20. */
  defaultPageSize: PerPagingOperation<number>;
  /** `PageSize: 0`: the default page size, or refused with a `ValidationException`. Default `"default"`. */
  zeroPageSize: PerPagingOperation<"default" | "refused">;
  /** A `PageSize` over the maximum: refused with a `ValidationException` (the model's range), or clamped to it. Default `"refused"`. */
  pageSizeOverMaximum: PerPagingOperation<"refused" | "clamped">;
  /**
   * Access level when the input has no `AccessLevelFilter`. Default `"User"` for Scan (its documentation) and
   * `"Account"` for Search (the spec's documentation, botocore 1.43 and the official SDK say so; decisions/0010).
   */
  defaultAccessLevel: PerOperation<AccessLevelFilterKey>;
  /** Whether `AccessLevelFilter.Value` must be exactly `self` or may be any case (`Self`, older docs). Default `"insensitive"`. */
  selfValueCase: PerOperation<"exact" | "insensitive">;
  /** The error for an `AccessLevelFilter.Value` other than `self`. Default `"InvalidParametersException"`. */
  accessLevelValueError: PerOperation<"InvalidParametersException" | "ValidationException">;
  /** A page token reused with another `SortBy` or `SortOrder` is refused (`true`) or applied (`false`). Default `true`. */
  tokenBoundToSort: boolean;
  /** A page token reused with other `Filters` is refused (`true`) or applied (`false`). Default `true`. */
  tokenBoundToFilters: boolean;
  /** A page token reused with another access level is refused (`true`) or applied (`false`). Default `true`. */
  tokenBoundToAccessLevel: boolean;
  /**
   * A page token of one operation presented to another (a Scan token to Search) is refused (`true`) or read as the
   * other's own (`false`). Default `true`.
   */
  tokenBoundToOperation: boolean;
  /** Seconds after which a page token is refused; `null` never. Default `null`. */
  tokenTtlSeconds: number | null;
  /** Framework errors' (`ValidationException`, ...) `__type`: short (`ValidationException`) or namespaced (`com.amazon.coral.validate#ValidationException`). Default `"short"`. */
  errorTypeForm: "short" | "namespaced";
  /** The key of the message in the bodies of Coral's framework errors. Default `"message"`. */
  errorMessageKey: "message" | "Message";
  /** Whether framework errors carry an `x-amzn-ErrorType` header. Default `true`. */
  errorTypeHeader: boolean;
  /** The spec's modelled errors' (`InvalidParametersException`) `__type`. Default `"short"`. */
  modelledErrorTypeForm: "short" | "namespaced";
  /**
   * The key of the message in the bodies of the spec's modelled errors. Default `"Message"`: the model gives
   * `InvalidParametersException` a `Message` member, which AWS's SDKs read (decisions/0010).
   */
  modelledErrorMessageKey: "message" | "Message";
  /** Whether modelled errors carry an `x-amzn-ErrorType` header. Default `true`. */
  modelledErrorTypeHeader: boolean;
  /**
   * Paging without `SortBy`: `"stable"` pages in creation order with cursors that never repeat or skip an item;
   * `"aws-like"` pages by offset over an order that changes between calls (deterministically for a `seed`),
   * reproducing the duplicates and misses AWS documents for unsorted Search paging. Default `"aws-like"` for
   * Search (documented), `"stable"` for Scan (nothing documented, and Scan cannot sort).
   */
  unsortedPaging: PerOperation<"stable" | "aws-like">;
  /** How SearchQuery terms combine: all must match (`"and"`) or any (`"or"`). Default `"and"`. */
  searchTermsCombine: "and" | "or";
  /** Whether SearchQuery matching is case-sensitive. Default `false`. */
  searchCaseSensitive: boolean;
  /** How a `field:value` term matches its field: containing the value, starting with it, or equal. Default `"contains"`. */
  searchFieldMatch: "contains" | "prefix" | "exact";
  /**
   * `tags:` terms: `"key-value"` reads `tags:key=value` as a tag with that key and value (and `tags:text` as a tag
   * whose key or value matches); `"text"` reads everything after `tags:` as text in a key or value; `"none"` makes
   * `tags:` no field at all (the term is free text). Default `"key-value"`.
   */
  tagsTerm: "key-value" | "text" | "none";
  /** A `SortBy` the fake does not know: refused with this error, or ignored (unsorted). Default `"InvalidParametersException"`. */
  unknownSortBy: "InvalidParametersException" | "ValidationException" | "ignore";
  /** A `Filters` key other than the spec's: refused with this error, or ignored. Default `"ValidationException"` (the model's enum). */
  unknownFilterKey: "ValidationException" | "InvalidParametersException" | "ignore";
  /**
   * How long after a provision, update or terminate request its record turns IN_PROGRESS, in the fake's clock's
   * milliseconds. Default 1,000 (decisions/0013).
   */
  recordInProgressAfterMs: number;
  /**
   * How long after the request its record ends (SUCCEEDED or FAILED) and the product settles. Default 5,000: long
   * enough that a read right after the request sees UNDER_CHANGE even on a loaded machine, short enough that code
   * polling in real time waits seconds, not the minutes a CloudFormation stack takes (decisions/0013).
   */
  recordCompleteAfterMs: number;
  /**
   * The answer to an update or termination of a product that is UNDER_CHANGE: `InvalidParametersException` (the
   * error the model lists for UpdateProvisionedProduct) or `InvalidStateException` (the service's error for a
   * resource in the wrong state elsewhere). Unknown. Default `"InvalidParametersException"`.
   */
  mutationWhileUnderChange: "InvalidParametersException" | "InvalidStateException";
  /**
   * What a provisioning whose record fails leaves: the product in ERROR (the model's words for ERROR: the product
   * exists but its stack is not running), or nothing. Unknown. Default `"ERROR"`.
   */
  failedProvisioningLeaves: "ERROR" | "nothing";
  /**
   * Whether Search lists a product whose launch has not ended (`"at-once"`) or only once its first record ends
   * (`"when-launched"`, as an index updated after the fact would). Scan and Describe always see it. Unknown.
   * Default `"at-once"`.
   */
  newProductsInSearch: "at-once" | "when-launched";
  /**
   * A ProvisionToken (or UpdateToken) repeated with other parameters: answered with the first request's record, or
   * refused with `InvalidParametersException`. Unknown. Default `"first-record"`.
   */
  provisionTokenReuse: "first-record" | "InvalidParametersException";
  /**
   * ProvisionProduct with a name a provisioned product of the account has: `DuplicateResourceException` (listed in
   * the model) or `InvalidParametersException` (seen in the wild for a stack name in use). Default
   * `"DuplicateResourceException"`.
   */
  provisionedNameInUse: "DuplicateResourceException" | "InvalidParametersException";
  /** The seed of everything the fake varies: the aws-like unsorted order, and `vary`. Default 1. */
  seed: number;
  /**
   * Vary every behaviour AWS has not confirmed between its plausible answers (`VARIED_SETTINGS`), seeded and
   * reproducible: drawn afresh for each call (`"per-call"`) or once for each listing (`"per-listing"`, the same
   * operation and input apart from the page token). Code that passes in this mode passes whatever AWS turns out
   * to do. Default `"off"`.
   */
  vary: "off" | "per-call" | "per-listing";
}

/** A setting kept per listing: how Scan and Search scope, order and refuse. @public */
export type PerOperation<V> = Record<OperationKey, V>;

/** The listings a setting may be kept for, keyed as in settings files. @public */
export type OperationKey = ListingOperationName;

/** A setting kept per operation that pages: how its pages are cut and ended. @public */
export type PerPagingOperation<V> = Record<PagingOperationName, V>;

/** The settings the fake starts with. @public */
export const defaultSettings: FakeSettings = Object.freeze({
  lastPageToken: everyPaging("absent"),
  // A guess for every operation: no page of AWS's documents a default size.
  defaultPageSize: everyPaging(20),
  zeroPageSize: everyPaging("default"),
  pageSizeOverMaximum: everyPaging("refused"),
  // The classic API reference's default, User, but where an operation's own documentation says otherwise.
  defaultAccessLevel: each<AccessLevelFilterKey>("User", { SearchProvisionedProducts: "Account" }),
  selfValueCase: both("insensitive"),
  accessLevelValueError: both("InvalidParametersException"),
  tokenBoundToSort: true,
  tokenBoundToFilters: true,
  tokenBoundToAccessLevel: true,
  tokenBoundToOperation: true,
  tokenTtlSeconds: null,
  errorTypeForm: "short",
  errorMessageKey: "message",
  errorTypeHeader: true,
  modelledErrorTypeForm: "short",
  modelledErrorMessageKey: "Message",
  modelledErrorTypeHeader: true,
  // Search documents repeats and skips; no other listing does.
  unsortedPaging: each<"stable" | "aws-like">("stable", { SearchProvisionedProducts: "aws-like" }),
  searchTermsCombine: "and",
  searchCaseSensitive: false,
  searchFieldMatch: "contains",
  tagsTerm: "key-value",
  unknownSortBy: "InvalidParametersException",
  unknownFilterKey: "ValidationException",
  recordInProgressAfterMs: 1_000,
  recordCompleteAfterMs: 5_000,
  mutationWhileUnderChange: "InvalidParametersException",
  failedProvisioningLeaves: "ERROR",
  newProductsInSearch: "at-once",
  provisionTokenReuse: "first-record",
  provisionedNameInUse: "DuplicateResourceException",
  seed: 1,
  vary: "off",
}) as FakeSettings;

function both<V>(value: V): Readonly<PerOperation<V>> {
  return each(value, {});
}

/** The same value for every operation that pages. */
function everyPaging<V>(value: V): Readonly<PerPagingOperation<V>> {
  return valuesFor(PAGING_OPERATIONS, () => value);
}

/** A per-operation default: `value` for every listing, but where `except` names the operation. */
function each<V>(value: V, except: Partial<PerOperation<V>>): Readonly<PerOperation<V>> {
  return valuesFor(LISTING_OPERATIONS, (operation) =>
    Object.hasOwn(except, operation) ? (except[operation] as V) : value,
  );
}

/** A frozen object of `value(operation)` for each of `operations`. */
function valuesFor<Op extends string, V>(
  operations: readonly Op[],
  value: (operation: Op) => V,
): Readonly<Record<Op, V>> {
  return Object.freeze(Object.fromEntries(operations.map((operation) => [operation, value(operation)]))) as Record<
    Op,
    V
  >;
}

/**
 * Settings as a user gives them: any subset; a per-operation setting as one value for every operation or an
 * object keyed by operation. @public
 */
export type FakeSettingsInput = {
  [K in keyof FakeSettings]?: FakeSettings[K] extends PerPagingOperation<infer V>
    ? V | Partial<PerPagingOperation<V>>
    : FakeSettings[K] extends PerOperation<infer V>
      ? V | Partial<PerOperation<V>>
      : FakeSettings[K];
};

/** The format of a settings file, as `svccat-conformance` records it from a live endpoint. @public */
export interface SettingsFile {
  format: typeof SETTINGS_FORMAT;
  /** Where the answers were observed, e.g. `https://servicecatalog.eu-west-1.amazonaws.com` on a date. */
  recordedFrom?: string;
  recordedAt?: string;
  settings: FakeSettingsInput;
  /** Free-form notes per setting: what was observed. */
  evidence?: Record<string, string>;
}

export const SETTINGS_FORMAT = "svccat-fake-settings/1";

const ACCESS_LEVELS = enumValues("AccessLevelFilterKey");

/** What each setting accepts: a list of choices, or a check with what it expects in words. */
interface SettingRule {
  /** Kept per listing, or per operation that pages; one value for all when absent. */
  readonly perOperation?: "listing" | "paging";
  readonly choices?: readonly unknown[];
  readonly check?: (value: unknown, operation: PagingOperationName | undefined) => boolean;
  readonly expected?: (operation: PagingOperationName | undefined) => string;
}

/** The operations a per-operation setting is kept for. */
function operationsOf(rule: SettingRule): readonly PagingOperationName[] {
  return rule.perOperation === "paging" ? PAGING_OPERATIONS : LISTING_OPERATIONS;
}

const choice = (...choices: unknown[]): SettingRule => ({ choices });
/** A record's step: from 0 to a day of the fake's clock. */
const duration = (): SettingRule => ({
  check: (value) => typeof value === "number" && Number.isSafeInteger(value) && value >= 0 && value <= 86_400_000,
  expected: () => "a whole number of milliseconds from 0 to 86,400,000 (a day)",
});
const perOperationChoice = (...choices: unknown[]): SettingRule => ({ perOperation: "listing", choices });
const perPagingChoice = (...choices: unknown[]): SettingRule => ({ perOperation: "paging", choices });

const rules: { readonly [K in keyof FakeSettings]: SettingRule } = {
  lastPageToken: perPagingChoice("absent", "null", "empty"),
  defaultPageSize: {
    perOperation: "paging",
    check: (value, operation) =>
      typeof value === "number" &&
      Number.isInteger(value) &&
      value >= 1 &&
      value <= pageSizeMax(operation as PagingOperationName),
    expected: (operation) =>
      `a whole number from 1 to ${pageSizeMax(operation as PagingOperationName)}, the operation's maximum page size`,
  },
  zeroPageSize: perPagingChoice("default", "refused"),
  pageSizeOverMaximum: perPagingChoice("refused", "clamped"),
  defaultAccessLevel: perOperationChoice(...ACCESS_LEVELS),
  selfValueCase: perOperationChoice("exact", "insensitive"),
  accessLevelValueError: perOperationChoice("InvalidParametersException", "ValidationException"),
  tokenBoundToSort: choice(true, false),
  tokenBoundToFilters: choice(true, false),
  tokenBoundToAccessLevel: choice(true, false),
  tokenBoundToOperation: choice(true, false),
  tokenTtlSeconds: {
    check: (value) => value === null || (typeof value === "number" && Number.isFinite(value) && value > 0),
    expected: () => "a positive number of seconds or null",
  },
  errorTypeForm: choice("short", "namespaced"),
  errorMessageKey: choice("message", "Message"),
  errorTypeHeader: choice(true, false),
  modelledErrorTypeForm: choice("short", "namespaced"),
  modelledErrorMessageKey: choice("message", "Message"),
  modelledErrorTypeHeader: choice(true, false),
  unsortedPaging: perOperationChoice("stable", "aws-like"),
  searchTermsCombine: choice("and", "or"),
  searchCaseSensitive: choice(true, false),
  searchFieldMatch: choice("contains", "prefix", "exact"),
  tagsTerm: choice("key-value", "text", "none"),
  unknownSortBy: choice("InvalidParametersException", "ValidationException", "ignore"),
  unknownFilterKey: choice("ValidationException", "InvalidParametersException", "ignore"),
  recordInProgressAfterMs: duration(),
  recordCompleteAfterMs: duration(),
  mutationWhileUnderChange: choice("InvalidParametersException", "InvalidStateException"),
  failedProvisioningLeaves: choice("ERROR", "nothing"),
  newProductsInSearch: choice("at-once", "when-launched"),
  provisionTokenReuse: choice("first-record", "InvalidParametersException"),
  provisionedNameInUse: choice("DuplicateResourceException", "InvalidParametersException"),
  seed: {
    check: (value) => typeof value === "number" && Number.isSafeInteger(value),
    expected: () => "a whole number",
  },
  vary: choice("off", "per-call", "per-listing"),
};

/** A setting that cannot be used; the message names the setting and what it accepts. @public */
export class SettingsError extends Error {
  override readonly name = "SettingsError";
}

/** Applies `input` over `base`, checking every value; throws `SettingsError` naming what is wrong. @public */
export function resolveSettings(input: FakeSettingsInput = {}, base: FakeSettings = defaultSettings): FakeSettings {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new SettingsError("settings must be a JSON object");
  }
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) {
      continue;
    }
    // Setting names come from files and the control API: only the table's own keys are settings.
    const rule = Object.hasOwn(rules, key) ? rules[key as keyof FakeSettings] : undefined;
    if (rule === undefined) {
      throw new SettingsError(`settings.${key} is not a setting; known: ${Object.keys(rules).join(", ")}`);
    }
    if (rule.perOperation === undefined) {
      out[key] = checked(rule, `settings.${key}`, value, undefined);
      continue;
    }
    const operations = operationsOf(rule);
    const perOperation: Record<string, unknown> = { ...(base[key as keyof FakeSettings] as object) };
    if (typeof value === "object" && value !== null && !Array.isArray(value)) {
      for (const [operation, v] of Object.entries(value)) {
        if (!(operations as readonly string[]).includes(operation)) {
          throw new SettingsError(
            `settings.${key}.${operation} is not an operation it is kept for; known: ${operations.join(", ")}`,
          );
        }
        perOperation[operation] = checked(rule, `settings.${key}.${operation}`, v, operation as PagingOperationName);
      }
    } else {
      for (const operation of operations) {
        perOperation[operation] = checked(rule, `settings.${key}`, value, operation);
      }
    }
    out[key] = perOperation;
  }
  return out as unknown as FakeSettings;
}

function checked(rule: SettingRule, name: string, value: unknown, operation: PagingOperationName | undefined): unknown {
  if (rule.choices !== undefined && !rule.choices.includes(value)) {
    throw new SettingsError(
      `${name} must be one of ${rule.choices.map((v) => JSON.stringify(v)).join(", ")}, not ${JSON.stringify(value)}`,
    );
  }
  if (rule.check !== undefined && !rule.check(value, operation)) {
    throw new SettingsError(`${name} must be ${rule.expected?.(operation)}, not ${JSON.stringify(value)}`);
  }
  return value;
}

/** Reads a settings file's text (the `svccat-fake-settings/1` format). @public */
export function parseSettingsFile(text: string, source = "settings file"): FakeSettings {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new SettingsError(`${source}: not JSON (${(error as Error).message})`);
  }
  const file = parsed as Partial<SettingsFile> | null;
  if (typeof file !== "object" || file === null || file.format !== SETTINGS_FORMAT) {
    throw new SettingsError(`${source}: expected an object with "format": "${SETTINGS_FORMAT}" and "settings"`);
  }
  try {
    return resolveSettings(file.settings ?? {});
  } catch (error) {
    throw new SettingsError(`${source}: ${(error as Error).message}`);
  }
}

/**
 * The settings `vary` draws, each between the answers AWS may plausibly give: the ones no evidence decides
 * (docs/aws-behaviour.md). Search's unsorted order varies through `unsortedPaging` already.
 * @public
 */
export const VARIED_SETTINGS = [
  "lastPageToken",
  "errorTypeForm",
  "errorMessageKey",
  "errorTypeHeader",
  "modelledErrorTypeForm",
  "modelledErrorMessageKey",
  "modelledErrorTypeHeader",
  "mutationWhileUnderChange",
  "failedProvisioningLeaves",
  "newProductsInSearch",
  "provisionTokenReuse",
  "provisionedNameInUse",
] as const satisfies ReadonlyArray<keyof FakeSettings>;

/**
 * `settings` with every varied setting drawn for `key` (a call or a listing): the same seed and key always give
 * the same draw. @internal
 */
export function drawSettings(settings: FakeSettings, key: string): FakeSettings {
  const out: Record<string, unknown> = { ...settings };
  for (const name of VARIED_SETTINGS) {
    const choices = rules[name].choices as readonly unknown[];
    const pick = (operation: string) =>
      choices[seededIndex(`${settings.seed}\n${key}\n${name}\n${operation}`, choices.length)];
    const rule: SettingRule = rules[name];
    if (rule.perOperation !== undefined) {
      out[name] = Object.fromEntries(operationsOf(rule).map((operation) => [operation, pick(operation)]));
    } else {
      out[name] = pick("");
    }
  }
  return out as unknown as FakeSettings;
}

/** FNV-1a over the text, mixed (its low bits alone repeat for similar texts) and reduced to an index. */
export function seededIndex(text: string, length: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b) >>> 0;
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35) >>> 0;
  return ((hash ^ (hash >>> 16)) >>> 0) % length;
}
