import { type AccessLevelFilterKey, type OperationName, pageSizeRange, serviceTables } from "@svccat/model";
import { enumValues } from "../core/tables.js";

/**
 * How the fake answers where AWS's behaviour is not known (docs/aws-behaviour.md, "Open questions"). Each
 * default is the fake's best reading of the documentation; the conformance suite's live mode records what AWS
 * really does in a settings file (see `parseSettingsFile`), which the fake can load.
 *
 * @public
 */
export interface FakeSettings {
  /** On the last page: leave `NextPageToken` out, send `null`, or send `""`. Default `"absent"`. */
  lastPageToken: "absent" | "null" | "empty";
  /** Page size when `PageSize` is 0 or omitted, per operation; at most the operation's maximum. Default 20 for both. */
  defaultPageSize: Record<OperationKey, number>;
  /**
   * Access level when the input has no `AccessLevelFilter`. Default `"User"` for Scan (its documentation) and
   * `"Account"` for Search (the spec's documentation, botocore 1.43 and the official SDK say so; decisions/0010).
   */
  defaultAccessLevel: Record<OperationKey, AccessLevelFilterKey>;
  /** Whether `AccessLevelFilter.Value` must be exactly `self` or may be any case (`Self`, older docs). Default `"insensitive"`. */
  selfValueCase: "exact" | "insensitive";
  /** A page token reused with another query is refused (`true`) or applied to it (`false`). Default `true`. */
  tokenBoundToQuery: boolean;
  /** Seconds after which a page token is refused; `null` never. Default `null`. */
  tokenTtlSeconds: number | null;
  /** `__type` as the short name (`ValidationException`) or namespaced (`com.amazon.coral.validate#ValidationException`). Default `"short"`. */
  errorTypeForm: "short" | "namespaced";
  /** The key of the message in the bodies of Coral's framework errors (`ValidationException`, ...). Default `"message"`. */
  errorMessageKey: "message" | "Message";
  /**
   * The key of the message in the bodies of the spec's modelled errors. Default `"Message"`: the model gives
   * `InvalidParametersException` a `Message` member, which AWS's SDKs read (decisions/0010).
   */
  modelledErrorMessageKey: "message" | "Message";
  /** Whether error responses carry an `x-amzn-ErrorType` header. Default `true`. */
  errorTypeHeader: boolean;
  /**
   * Paging without `SortBy`: `"stable"` pages in creation order with cursors that never repeat or skip an item;
   * `"aws-like"` pages by offset over an order that changes between calls, reproducing the duplicates and misses
   * AWS documents for unsorted paging, so that callers can test their de-duplication. Default `"stable"`.
   */
  unsortedPaging: "stable" | "aws-like";
  /** How SearchQuery terms combine: all must match (`"and"`) or any (`"or"`). Default `"and"`. */
  searchTermsCombine: "and" | "or";
  /** Whether SearchQuery matching is case-sensitive. Default `false`. */
  searchCaseSensitive: boolean;
  /** How a `field:value` term matches its field: containing the value, starting with it, or equal. Default `"contains"`. */
  searchFieldMatch: "contains" | "prefix" | "exact";
  /** A `SortBy` the fake does not know: an `InvalidParametersException`, or ignored (unsorted). Default `"error"`. */
  unknownSortBy: "error" | "ignore";
}

/** The operations, keyed as in settings files. @public */
export type OperationKey = OperationName;

/** The settings the fake starts with. @public */
export const defaultSettings: FakeSettings = Object.freeze({
  lastPageToken: "absent",
  defaultPageSize: Object.freeze({ ScanProvisionedProducts: 20, SearchProvisionedProducts: 20 }),
  defaultAccessLevel: Object.freeze({ ScanProvisionedProducts: "User", SearchProvisionedProducts: "Account" }),
  selfValueCase: "insensitive",
  tokenBoundToQuery: true,
  tokenTtlSeconds: null,
  errorTypeForm: "short",
  errorMessageKey: "message",
  modelledErrorMessageKey: "Message",
  errorTypeHeader: true,
  unsortedPaging: "stable",
  searchTermsCombine: "and",
  searchCaseSensitive: false,
  searchFieldMatch: "contains",
  unknownSortBy: "error",
}) as FakeSettings;

/** Settings as a user gives them: any subset, per-operation records partly too. @public */
export type FakeSettingsInput = {
  [K in keyof FakeSettings]?: FakeSettings[K] extends Record<OperationKey, infer V>
    ? Partial<Record<OperationKey, V>>
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

const choices: { [K in keyof FakeSettings]?: readonly unknown[] } = {
  lastPageToken: ["absent", "null", "empty"],
  selfValueCase: ["exact", "insensitive"],
  tokenBoundToQuery: [true, false],
  errorTypeForm: ["short", "namespaced"],
  errorMessageKey: ["message", "Message"],
  modelledErrorMessageKey: ["message", "Message"],
  errorTypeHeader: [true, false],
  unsortedPaging: ["stable", "aws-like"],
  searchTermsCombine: ["and", "or"],
  searchCaseSensitive: [true, false],
  searchFieldMatch: ["contains", "prefix", "exact"],
  unknownSortBy: ["error", "ignore"],
};

const OPERATIONS = Object.keys(serviceTables.operations) as OperationKey[];
const ACCESS_LEVELS = enumValues("AccessLevelFilterKey");

/** A setting that cannot be used; the message names the setting and what it accepts. @public */
export class SettingsError extends Error {
  override readonly name = "SettingsError";
}

/** Applies `input` over `base`, checking every value; throws `SettingsError` naming what is wrong. @public */
export function resolveSettings(input: FakeSettingsInput = {}, base: FakeSettings = defaultSettings): FakeSettings {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new SettingsError("settings must be a JSON object");
  }
  const out = {
    ...base,
    defaultPageSize: { ...base.defaultPageSize },
    defaultAccessLevel: { ...base.defaultAccessLevel },
  };
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) {
      continue;
    }
    switch (key) {
      case "defaultPageSize":
        out.defaultPageSize = {
          ...out.defaultPageSize,
          ...perOperation(key, value, isPageSize, "a whole number from 1 to the operation's maximum page size"),
        };
        for (const operation of OPERATIONS) {
          const max = pageSizeRange(serviceTables, operation).max;
          if (out.defaultPageSize[operation] > max) {
            throw new SettingsError(
              `settings.defaultPageSize.${operation} must be at most ${max}, the operation's maximum page size`,
            );
          }
        }
        break;
      case "defaultAccessLevel":
        out.defaultAccessLevel = {
          ...out.defaultAccessLevel,
          ...perOperation(
            key,
            value,
            (v): v is AccessLevelFilterKey => ACCESS_LEVELS.includes(v as string),
            ACCESS_LEVELS.join(", "),
          ),
        };
        break;
      case "tokenTtlSeconds":
        if (value !== null && !(typeof value === "number" && Number.isFinite(value) && value > 0)) {
          throw new SettingsError(
            `settings.tokenTtlSeconds must be a positive number of seconds or null, not ${JSON.stringify(value)}`,
          );
        }
        out.tokenTtlSeconds = value as number | null;
        break;
      default: {
        // Setting names come from files and the control API: only the table's own keys are settings.
        const allowed = Object.hasOwn(choices, key) ? choices[key as keyof FakeSettings] : undefined;
        if (allowed === undefined) {
          throw new SettingsError(
            `settings.${key} is not a setting; known: ${Object.keys(defaultSettings).join(", ")}`,
          );
        }
        if (!allowed.includes(value)) {
          throw new SettingsError(
            `settings.${key} must be one of ${allowed.map((v) => JSON.stringify(v)).join(", ")}, not ${JSON.stringify(value)}`,
          );
        }
        (out as Record<string, unknown>)[key] = value;
      }
    }
  }
  return out;
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

function isPageSize(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 1;
}

function perOperation<V>(
  key: string,
  value: unknown,
  check: (v: unknown) => v is V,
  expected: string,
): Partial<Record<OperationKey, V>> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new SettingsError(`settings.${key} must be an object keyed by operation (${OPERATIONS.join(", ")})`);
  }
  const out: Partial<Record<OperationKey, V>> = {};
  for (const [operation, v] of Object.entries(value)) {
    if (!OPERATIONS.includes(operation as OperationKey)) {
      throw new SettingsError(`settings.${key}.${operation} is not an operation; known: ${OPERATIONS.join(", ")}`);
    }
    if (!check(v)) {
      throw new SettingsError(`settings.${key}.${operation} must be ${expected}, not ${JSON.stringify(v)}`);
    }
    out[operation as OperationKey] = v;
  }
  return out;
}
