import type { ServiceCatalogFakeCore } from "../core/create-fake.js";
import type { RecordedCall } from "../state/call-log.js";
import { type CatalogProduct, catalogFromJson } from "../state/catalog.js";
import type { FaultSpec } from "../state/faults.js";
import { generateProvisionedProducts } from "../state/generate-products.js";
import type { Principal } from "../state/principals.js";
import { createdTimeFromJson } from "../state/product-shape.js";
import { productsFromJson, productToJson } from "../state/products-file.js";
import { type FakeSettings, type FakeSettingsInput, resolveSettings, SettingsError } from "../state/settings.js";
import { type ProvisionedProduct, StoreError } from "../state/store.js";

/**
 * The path every control request starts with. No AWS request uses it: awsJson1_1 posts every operation to `/`
 * (moto's `/moto-api/` and LocalStack's `/_localstack/` are the same idea).
 */
export const CONTROL_PREFIX = "/_svccat/";

/** A control API answer: a status and a JSON body (none for 204). */
export interface ControlAnswer {
  status: number;
  body?: unknown;
}

/** What the control API needs of its server: what it started with, which `POST /_svccat/reset` restores. */
export interface ControlContext {
  products: readonly ProvisionedProduct[];
  catalog: readonly CatalogProduct[];
  settings: FakeSettings;
  principals: readonly Principal[];
  /** Whether the server checks signatures: then every principal needs a secret. */
  verifiesSignatures: boolean;
}

class ControlError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Answers one control request: products (list, add, replace, generate, update, remove), settings, faults,
 * principals, the call log, and a reset to the starting state. JSON in and out; a bad request gets
 * `{"error": {"code", "message"}}` naming what is wrong, never an exception.
 */
export function answerControl(
  fake: ServiceCatalogFakeCore,
  context: ControlContext,
  method: string,
  target: string,
  body: Uint8Array,
): ControlAnswer {
  try {
    const { segments, query } = route(target);
    const [resource, id, extra] = segments;
    // Only products and outputs are addressed one by one (`products/{id}`, `products/generate`, `outputs/{id}`).
    if (extra !== undefined || (id !== undefined && resource !== "products" && resource !== "outputs")) {
      throw notFound(target);
    }
    // What a test reads or changes is the state as the fake's clock stands now.
    fake.lifecycle.settle();
    switch (resource) {
      case "health":
        return only(method, "GET", () => ({ status: 200, body: { ok: true, products: fake.store.size } }));
      case "reset":
        return only(method, "POST", () => {
          fake.store.reset(context.products);
          fake.catalog.reset(context.catalog);
          fake.lifecycle.reset();
          fake.configure(context.settings);
          fake.resetPrincipals(context.principals);
          fake.clock.reset();
          fake.faults.clear();
          fake.calls.clear();
          return { status: 200, body: { products: fake.store.size } };
        });
      case "products":
        return products(fake, method, id, query, body);
      case "settings":
        return settings(fake, method, body);
      case "faults":
        return faults(fake, method, body);
      case "principals":
        return principals(fake, context, method, body);
      case "calls":
        return calls(fake, method, query);
      case "clock":
        return clock(fake, method, body);
      case "catalog":
        return catalog(fake, method, body);
      case "records":
        return only(method, "GET", () => ({
          status: 200,
          // The answer is written with JSON.stringify, which writes each Date as ISO 8601 text.
          body: { records: fake.lifecycle.records() },
        }));
      case "outputs":
        return outputs(fake, method, id, body);
      default:
        throw notFound(target);
    }
  } catch (error) {
    if (error instanceof ControlError) {
      return { status: error.status, body: { error: { code: error.code, message: error.message } } };
    }
    if (
      error instanceof StoreError ||
      error instanceof SettingsError ||
      error instanceof TypeError ||
      error instanceof RangeError
    ) {
      return { status: 400, body: { error: { code: "InvalidRequest", message: error.message } } };
    }
    const message = error instanceof Error ? error.message : String(error);
    return { status: 400, body: { error: { code: "InvalidRequest", message } } };
  }
}

/** How many products `GET /_svccat/products` answers at most, and without a `limit`. */
const MAX_PRODUCTS_PAGE = 10_000;
const DEFAULT_PRODUCTS_PAGE = 1_000;

function products(
  fake: ServiceCatalogFakeCore,
  method: string,
  id: string | undefined,
  query: URLSearchParams,
  body: Uint8Array,
) {
  if (id === "generate") {
    return only(method, "POST", () => {
      const options = objectOf(parse(body), "the generate options");
      const count = options.count;
      if (typeof count !== "number" || !Number.isInteger(count) || count < 0 || count > 100_000) {
        throw badRequest("count must be a whole number from 0 to 100000");
      }
      const seed = options.seed ?? 1;
      if (typeof seed !== "number" || !Number.isInteger(seed)) {
        throw badRequest("seed must be a whole number");
      }
      if (fake.store.size + count > fake.store.maxProducts) {
        throw badRequest(
          `the store holds at most ${fake.store.maxProducts} provisioned products (maxProducts); it has ${fake.store.size}`,
        );
      }
      const made = generateProvisionedProducts(count, { seed, accountId: fake.accountId, region: fake.region });
      fake.store.add(made);
      return { status: 201, body: { added: made.length, products: fake.store.size } };
    });
  }
  if (id !== undefined) {
    switch (method) {
      case "GET": {
        const product = fake.store.get(id);
        if (product === undefined) {
          throw new ControlError(404, "NotFound", `no provisioned product with Id '${id}'`);
        }
        return { status: 200, body: productToJson(product) };
      }
      case "PATCH": {
        // A JSON merge patch (RFC 7396): a member set to null is taken out, the rest replaces what is stored.
        const patch = objectOf(parse(body), "the patch");
        const update: Record<string, unknown> = Object.create(null);
        for (const [name, value] of Object.entries(patch)) {
          if (name === "CreatedTime" && value !== null) {
            const created = createdTimeFromJson(value);
            if (typeof created === "string") {
              throw badRequest(`CreatedTime ${created}`);
            }
            update[name] = created;
          } else {
            update[name] = value === null ? undefined : value;
          }
        }
        if (fake.store.get(id) === undefined) {
          throw new ControlError(404, "NotFound", `no provisioned product with Id '${id}'`);
        }
        return {
          status: 200,
          body: productToJson(fake.store.update(id, update as Partial<Omit<ProvisionedProduct, "Id">>)),
        };
      }
      case "DELETE":
        if (!fake.store.remove(id)) {
          throw new ControlError(404, "NotFound", `no provisioned product with Id '${id}'`);
        }
        return { status: 204 };
      default:
        throw methodNotAllowed(method, "GET, PATCH, DELETE");
    }
  }
  switch (method) {
    case "GET": {
      // A page at a time: a store of 200,000 products is far more than one answer should carry.
      const limit = count(query, "limit", MAX_PRODUCTS_PAGE) || DEFAULT_PRODUCTS_PAGE;
      const offset = count(query, "offset", Number.MAX_SAFE_INTEGER);
      const page = fake.store.slice(offset, offset + limit);
      const next = offset + page.length < fake.store.size ? offset + page.length : null;
      return {
        status: 200,
        body: { ProvisionedProducts: page.map(productToJson), total: fake.store.size, nextOffset: next },
      };
    }
    case "POST": {
      const parsed = parse(body);
      const list = productsFromJson(Array.isArray(parsed) || isProductList(parsed) ? parsed : [parsed], "the body");
      fake.store.add(list);
      return { status: 201, body: { added: list.length, products: fake.store.size } };
    }
    case "PUT": {
      const list = productsFromJson(parse(body), "the body");
      fake.store.reset(list);
      return { status: 200, body: { products: fake.store.size } };
    }
    default:
      throw methodNotAllowed(method, "GET, POST, PUT");
  }
}

function settings(fake: ServiceCatalogFakeCore, method: string, body: Uint8Array): ControlAnswer {
  switch (method) {
    case "GET":
      return { status: 200, body: fake.settings };
    case "PATCH": {
      const input = objectOf(parse(body), "the settings");
      // Checked whole before anything changes, so a bad value leaves the settings as they were.
      resolveSettings(input as FakeSettingsInput, fake.settings);
      fake.configure(input as FakeSettingsInput);
      return { status: 200, body: fake.settings };
    }
    default:
      throw methodNotAllowed(method, "GET, PATCH");
  }
}

function faults(fake: ServiceCatalogFakeCore, method: string, body: Uint8Array): ControlAnswer {
  switch (method) {
    case "GET":
      return { status: 200, body: { faults: fake.faults.list() } };
    case "POST": {
      const spec = objectOf(parse(body), "the fault") as unknown as FaultSpec;
      const injected = fake.faults.inject(spec);
      return { status: 201, body: { fault: { ...spec, remaining: injected.remaining } } };
    }
    case "DELETE":
      fake.faults.clear();
      return { status: 204 };
    default:
      throw methodNotAllowed(method, "GET, POST, DELETE");
  }
}

function principals(
  fake: ServiceCatalogFakeCore,
  context: ControlContext,
  method: string,
  body: Uint8Array,
): ControlAnswer {
  switch (method) {
    case "GET":
      return {
        status: 200,
        body: { principals: [...fake.principals.values()].map(({ accessKeyId, arn }) => ({ accessKeyId, arn })) },
      };
    case "POST": {
      const principal = objectOf(parse(body), "the principal");
      for (const field of ["accessKeyId", "arn"] as const) {
        if (typeof principal[field] !== "string" || principal[field] === "") {
          throw badRequest(`the principal needs a string ${field}`);
        }
      }
      for (const field of ["secretAccessKey", "sessionToken"] as const) {
        if (principal[field] !== undefined && typeof principal[field] !== "string") {
          throw badRequest(`the principal's ${field} must be a string`);
        }
      }
      for (const field of Object.keys(principal)) {
        if (!PRINCIPAL_FIELDS.includes(field)) {
          throw badRequest(
            `the principal has ${JSON.stringify(field.slice(0, 64))}; its fields are ${PRINCIPAL_FIELDS.join(", ")}`,
          );
        }
      }
      if (principal.replace !== undefined && typeof principal.replace !== "boolean") {
        throw badRequest("the principal's replace must be true or false");
      }
      if (context.verifiesSignatures && (principal.secretAccessKey === undefined || principal.secretAccessKey === "")) {
        throw badRequest(
          "the principal needs a secretAccessKey: this server checks signatures (a key without a secret is only for a server started with signature checks off)",
        );
      }
      const accessKeyId = principal.accessKeyId as string;
      if (fake.principals.has(accessKeyId) && principal.replace !== true) {
        throw new ControlError(
          409,
          "Conflict",
          `access key ${accessKeyId} is taken; send "replace": true to replace its principal`,
        );
      }
      const { replace: _replace, ...added } = principal;
      fake.addPrincipal(added as unknown as Principal);
      return { status: 201, body: { accessKeyId, arn: principal.arn } };
    }
    default:
      throw methodNotAllowed(method, "GET, POST");
  }
}

function catalog(fake: ServiceCatalogFakeCore, method: string, body: Uint8Array): ControlAnswer {
  const listed = () => ({ Products: fake.catalog.list() });
  switch (method) {
    case "GET":
      return { status: 200, body: listed() };
    case "POST":
      fake.catalog.add(catalogFromJson(parse(body), "the catalog"));
      return { status: 201, body: { products: fake.catalog.size } };
    case "PUT":
      fake.catalog.reset(catalogFromJson(parse(body), "the catalog"));
      return { status: 200, body: { products: fake.catalog.size } };
    default:
      throw methodNotAllowed(method, "GET, POST, PUT");
  }
}

/** `PUT /_svccat/outputs/{provisionedProductId}` with `{"Outputs": [{"OutputKey", "OutputValue", "Description"?}]}`. */
function outputs(
  fake: ServiceCatalogFakeCore,
  method: string,
  id: string | undefined,
  body: Uint8Array,
): ControlAnswer {
  if (id === undefined) {
    throw notFound("/_svccat/outputs");
  }
  return only(method, "PUT", () => {
    const list = objectOf(parse(body), "the outputs").Outputs;
    if (!Array.isArray(list)) {
      throw badRequest('the body must be {"Outputs": [{"OutputKey": "...", "OutputValue": "..."}]}');
    }
    const checked = list.map((output: unknown, index) => {
      const fields = objectOf(output, `Outputs[${index}]`);
      for (const [key, value] of Object.entries(fields)) {
        if (
          !["OutputKey", "OutputValue", "Description"].includes(key) ||
          typeof value !== "string" ||
          value.length > 4096
        ) {
          throw badRequest(
            `Outputs[${index}].${key.slice(0, 64)} must be OutputKey, OutputValue or Description, as text`,
          );
        }
      }
      if (typeof fields.OutputKey !== "string" || typeof fields.OutputValue !== "string") {
        throw badRequest(`Outputs[${index}] needs OutputKey and OutputValue`);
      }
      return { ...fields } as { OutputKey: string; OutputValue: string; Description?: string };
    });
    if (fake.store.get(id) === undefined) {
      throw new ControlError(404, "NotFound", `no provisioned product with Id '${id.slice(0, 100)}'`);
    }
    fake.lifecycle.setOutputs(id, checked);
    return { status: 200, body: { outputs: checked.length } };
  });
}

function clock(fake: ServiceCatalogFakeCore, method: string, body: Uint8Array): ControlAnswer {
  const state = () => {
    const { now, offsetMs, stepOnReadMs, frozen } = fake.clock.state();
    return { now: new Date(now).toISOString(), offsetMs, stepOnReadMs, frozen };
  };
  switch (method) {
    case "GET":
      return { status: 200, body: state() };
    case "POST": {
      const change = objectOf(parse(body), "the clock change");
      for (const field of Object.keys(change)) {
        if (field !== "advanceMs" && field !== "stepOnReadMs" && field !== "frozen") {
          throw badRequest(
            `the clock change has ${JSON.stringify(field.slice(0, 64))}; its fields are advanceMs, stepOnReadMs, frozen`,
          );
        }
      }
      fake.clock.change(change);
      return { status: 200, body: state() };
    }
    default:
      throw methodNotAllowed(method, "GET, POST");
  }
}

function calls(fake: ServiceCatalogFakeCore, method: string, query: URLSearchParams): ControlAnswer {
  switch (method) {
    case "GET": {
      const operation = query.get("operation");
      const limit = count(query, "limit", Number.MAX_SAFE_INTEGER);
      const list: RecordedCall[] = operation === null ? fake.calls.all() : fake.calls.of(operation);
      // The newest `limit`, oldest first; every key present (null when empty), so a reader can index any of them.
      return { status: 200, body: { calls: (limit === 0 ? list : list.slice(-limit)).map(callToJson) } };
    }
    case "DELETE":
      fake.calls.clear();
      return { status: 204 };
    default:
      throw methodNotAllowed(method, "GET, DELETE");
  }
}

/** A whole-number query parameter from 0 to `max`; 0 when absent. */
function count(query: URLSearchParams, name: string, max: number): number {
  const text = query.get(name);
  if (text === null) {
    return 0;
  }
  const value = Number(text);
  if (!/^\d{1,16}$/.test(text) || value > max) {
    throw badRequest(`${name} must be a whole number from 0 to ${max}, not ${JSON.stringify(text.slice(0, 40))}`);
  }
  return value;
}

/** A call record as JSON: every key there, null when it has no value, the time as ISO 8601 text. */
function callToJson(call: RecordedCall): Record<string, unknown> {
  return {
    requestId: call.requestId,
    operation: call.operation ?? null,
    accessKeyId: call.accessKeyId ?? null,
    callerArn: call.callerArn ?? null,
    input: call.input ?? null,
    inputBytes: call.inputBytes,
    status: call.status,
    errorCode: call.errorCode ?? null,
    fault: call.fault ?? null,
    page: call.page ?? null,
    at: call.at.toISOString(),
  };
}

const PRINCIPAL_FIELDS = ["accessKeyId", "secretAccessKey", "sessionToken", "arn", "replace"];

/**
 * The segments of a control path, matched exactly: the target as the client sent it, never normalized, so that
 * `/_svccat/../x` or `/_svccat//health` name no resource (a normalizing parser would read the first as `/x` and
 * cutting the prefix by its length would then read `health`).
 */
function route(target: string): { segments: string[]; query: URLSearchParams } {
  const queryAt = target.indexOf("?");
  const path = queryAt === -1 ? target : target.slice(0, queryAt);
  if (!path.startsWith(CONTROL_PREFIX)) {
    throw notFound(path);
  }
  const rest = path.slice(CONTROL_PREFIX.length);
  const segments = rest === "" ? [] : rest.split("/");
  const decoded = segments.map((segment) => {
    let value: string;
    try {
      value = decodeURIComponent(segment);
    } catch {
      throw notFound(path);
    }
    if (value === "" || value === "." || value === ".." || value.includes("/")) {
      throw notFound(path);
    }
    return value;
  });
  return { segments: decoded, query: new URLSearchParams(queryAt === -1 ? "" : target.slice(queryAt + 1)) };
}

function only(method: string, allowed: string, answer: () => ControlAnswer): ControlAnswer {
  if (method !== allowed) {
    throw methodNotAllowed(method, allowed);
  }
  return answer();
}

function parse(body: Uint8Array): unknown {
  const text = new TextDecoder().decode(body);
  if (text.trim() === "") {
    return {};
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw badRequest(`the body is not JSON (${(error as Error).message})`);
  }
}

function objectOf(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw badRequest(`${what} must be a JSON object`);
  }
  // Rebuilt without a prototype: member names from the request are data.
  return Object.assign(Object.create(null) as Record<string, unknown>, value);
}

function isProductList(value: unknown): boolean {
  return typeof value === "object" && value !== null && Object.hasOwn(value, "ProvisionedProducts");
}

function badRequest(message: string): ControlError {
  return new ControlError(400, "InvalidRequest", message);
}

function notFound(path: string): ControlError {
  return new ControlError(
    404,
    "NotFound",
    `no control resource at ${path.slice(0, 200)}; see the fake's README, "Control API"`,
  );
}

function methodNotAllowed(method: string, allowed: string): ControlError {
  return new ControlError(405, "MethodNotAllowed", `${method} is not allowed here; use ${allowed}`);
}
