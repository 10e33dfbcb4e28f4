import { type AccessLevelFilterKey, type OperationName, serviceTables } from "@svccat/model";
import { requestedAccessLevel } from "../query/access-levels.js";
import { productJson } from "../query/query-engine.js";
import type { CatalogProduct } from "../state/catalog.js";
import { offsetPage } from "./offset-pages.js";
import type { OperationAnswer, OperationCall, OperationHandler } from "./operation-call.js";
import { errors, type WireAnswer } from "./wire-errors.js";

/**
 * The operations of a provisioned product's life and the catalog reads, over the fake's lifecycle and catalog.
 * Each answers from the state as the clock has moved it (the request path settles records before a handler runs).
 */

export const provisionProduct: OperationHandler<"ProvisionProduct"> = async (call) =>
  recordAnswer(call.state.lifecycle.provision(call.input, mutationContext(call)));

export const updateProvisionedProduct: OperationHandler<"UpdateProvisionedProduct"> = async (call) =>
  recordAnswer(call.state.lifecycle.update(call.input, mutationContext(call)));

export const terminateProvisionedProduct: OperationHandler<"TerminateProvisionedProduct"> = async (call) =>
  recordAnswer(call.state.lifecycle.terminate(call.input, mutationContext(call)));

export const describeRecord: OperationHandler<"DescribeRecord"> = async ({
  operation,
  input,
  caller,
  state,
  settings,
}) => {
  const id = input.Id as string;
  const { detail, outputs } = state.lifecycle.record(id, caller);
  const { page, next } = offsetPage(outputs, { operation, input, list: id, settings });
  return answered({ RecordDetail: detail, RecordOutputs: page, ...next });
};

export const describeProvisionedProduct: OperationHandler<"DescribeProvisionedProduct"> = async ({
  input,
  caller,
  state,
}) => {
  const product = state.lifecycle.provisionedProduct(input.Id, input.Name, caller);
  // The product's JSON as Scan's items are made, from the detail structure's members.
  const detail = productJson("ProvisionedProductDetail")(product);
  return answerOf(`{"ProvisionedProductDetail":${detail},"CloudWatchDashboards":[]}`);
};

export const listRecordHistory: OperationHandler<"ListRecordHistory"> = async ({
  operation,
  input,
  caller,
  state,
  settings,
}) => {
  // The classic API reference's default access level, as Scan's, and the listings' defaults for its value.
  const level = requestedAccessLevel(
    input.AccessLevelFilter as { Key?: AccessLevelFilterKey; Value?: string } | undefined,
    "User",
    { exactSelf: false, valueError: "InvalidParametersException" },
  );
  const search = input.SearchFilter as { Key?: string; Value?: string } | undefined;
  if (search !== undefined && search.Key !== "product" && search.Key !== "provisionedproduct") {
    throw errors.invalidParameters(
      `SearchFilter key '${search.Key ?? ""}' is not supported; use product or provisionedproduct`,
    );
  }
  const records = state.lifecycle.history(caller, level, search);
  const list = JSON.stringify([level, search?.Key, search?.Value, caller.arn]);
  const { page, next } = offsetPage(records, { operation, input, list, settings });
  return answered({ RecordDetails: page, ...next });
};

export const getProvisionedProductOutputs: OperationHandler<"GetProvisionedProductOutputs"> = async ({
  operation,
  input,
  caller,
  state,
  settings,
}) => {
  const product = state.lifecycle.provisionedProduct(input.ProvisionedProductId, input.ProvisionedProductName, caller);
  const keys = input.OutputKeys as string[] | undefined;
  const outputs = state.lifecycle
    .outputsOf(product.Id)
    .filter((output) => keys === undefined || keys.length === 0 || keys.includes(output.OutputKey ?? ""));
  const list = JSON.stringify([product.Id, keys ?? []]);
  const { page, next } = offsetPage(outputs, { operation, input, list, settings });
  return answered({ Outputs: page, ...next });
};

export const describeProduct: OperationHandler<"DescribeProduct"> = async ({ input, state }) => {
  const product = catalogProduct(input.Id, input.Name, state.catalog);
  return answered({
    ProductViewSummary: productView(product),
    ProvisioningArtifacts: product.ProvisioningArtifacts.map(({ Outputs: _outputs, ...artifact }) => artifact),
    Budgets: [],
    LaunchPaths: product.LaunchPaths ?? [],
  });
};

export const listLaunchPaths: OperationHandler<"ListLaunchPaths"> = async ({ operation, input, state, settings }) => {
  const product = catalogProduct(input.ProductId, undefined, state.catalog);
  const paths = (product.LaunchPaths ?? []).map((path) => ({
    Id: path.Id,
    ConstraintSummaries: [],
    Tags: [],
    Name: path.Name,
  }));
  const { page, next } = offsetPage(paths, { operation, input, list: product.Id, settings });
  return answered({ LaunchPathSummaries: page, ...next });
};

function mutationContext(call: OperationCall<OperationName>) {
  return { caller: call.caller, now: call.now, settings: call.settings, failure: call.recordFailure };
}

function recordAnswer(record: unknown): OperationAnswer {
  return answered({ RecordDetail: record });
}

function catalogProduct(
  id: unknown,
  name: unknown,
  catalog: { get(id: string): CatalogProduct | undefined; byName(name: string): CatalogProduct | undefined },
): CatalogProduct {
  if (id === undefined && name === undefined) {
    throw errors.invalidParameters("Give the product's Id or its name");
  }
  const found = typeof id === "string" ? catalog.get(id) : typeof name === "string" ? catalog.byName(name) : undefined;
  if (found === undefined) {
    throw errors.resourceNotFound(`Product ${String(id ?? name)} not found`);
  }
  return found;
}

function productView(product: CatalogProduct): Record<string, unknown> {
  const { Id, Name, ProvisioningArtifacts: _artifacts, LaunchPaths: _paths, ...summary } = product;
  return {
    Id: `prodview-${Id.replace(/^prod-/, "")}`.slice(0, 100),
    ProductId: Id,
    Name,
    Type: "CLOUD_FORMATION_TEMPLATE",
    HasDefaultPath: false,
    ...summary,
  };
}

/** A JSON answer; timestamps as the epoch seconds awsJson1_1 sends. */
function answered(output: Record<string, unknown>): OperationAnswer {
  return answerOf(
    JSON.stringify(output, function (this: Record<string, unknown>, key, value: unknown) {
      const raw = this[key];
      return raw instanceof Date ? raw.getTime() / 1000 : value;
    }),
  );
}

function answerOf(body: string): OperationAnswer {
  const answer: WireAnswer = { status: 200, headers: { "content-type": serviceTables.service.contentType }, body };
  return { answer, page: undefined };
}
