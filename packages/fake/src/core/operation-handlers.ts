import type { ListingOperationName, OperationName } from "@svccat/model";
import { serviceTables } from "@svccat/model";
import type { ListInput } from "../query/query-plan.js";
import type { FakeSettings } from "../state/settings.js";
import {
  describeProduct,
  describeProvisionedProduct,
  describeRecord,
  getProvisionedProductOutputs,
  listLaunchPaths,
  listRecordHistory,
  provisionProduct,
  terminateProvisionedProduct,
  updateProvisionedProduct,
} from "./lifecycle-handlers.js";
import type { OperationAnswer, OperationCall, OperationHandler } from "./operation-call.js";
import { paging, queryOf } from "./tables.js";
import type { WireAnswer } from "./wire-errors.js";

/**
 * What answers each operation of the spec. Keyed by the generated operation names, so that an operation added to
 * the spec without a handler here does not compile; should one still reach the fake (code run without a type
 * check), it is answered with an AWS-shaped `UnknownOperationException`, never a 500.
 */
const HANDLERS: { readonly [Op in OperationName]: OperationHandler<Op> } = {
  ScanProvisionedProducts: answerListing,
  SearchProvisionedProducts: answerListing,
  DescribeProduct: describeProduct,
  DescribeProvisionedProduct: describeProvisionedProduct,
  DescribeRecord: describeRecord,
  GetProvisionedProductOutputs: getProvisionedProductOutputs,
  ListLaunchPaths: listLaunchPaths,
  ListRecordHistory: listRecordHistory,
  ProvisionProduct: provisionProduct,
  TerminateProvisionedProduct: terminateProvisionedProduct,
  UpdateProvisionedProduct: updateProvisionedProduct,
};

/**
 * The handler of an operation named on the wire, or undefined when the spec's operation has none (or the name is
 * not an own key of the table: `constructor`). The call it takes is for that same operation.
 */
export function handlerOf(
  operation: OperationName,
): ((call: OperationCall<OperationName>) => Promise<OperationAnswer>) | undefined {
  return Object.hasOwn(HANDLERS, operation)
    ? (HANDLERS[operation] as (call: OperationCall<OperationName>) => Promise<OperationAnswer>)
    : undefined;
}

/** A page of a listing, from the query engine. */
async function answerListing(call: OperationCall<ListingOperationName>): Promise<OperationAnswer> {
  const { operation, input, caller, settings, state, now } = call;
  const result = await state.engine.list(operation, input as ListInput, caller, Math.floor(now / 1000), settings);
  return {
    answer: listResponse(operation, result, settings),
    page: { items: result.itemsJson.length, total: result.total, more: result.nextToken !== undefined },
  };
}

/** The body is put together from each item's JSON, which the engine keeps per stored product. */
function listResponse(
  operation: ListingOperationName,
  result: { itemsJson: string[]; total: number; nextToken: string | undefined },
  settings: FakeSettings,
): WireAnswer {
  const paged = paging(operation);
  const totalMember = queryOf(operation)?.totalCount;
  let json = `{${JSON.stringify(paged.items)}:[${result.itemsJson.join(",")}]`;
  if (totalMember !== undefined) {
    json += `,${JSON.stringify(totalMember)}:${result.total}`;
  }
  if (result.nextToken !== undefined) {
    json += `,${JSON.stringify(paged.outputToken)}:${JSON.stringify(result.nextToken)}`;
  } else if (settings.lastPageToken[operation] !== "absent") {
    json += `,${JSON.stringify(paged.outputToken)}:${settings.lastPageToken[operation] === "null" ? "null" : '""'}`;
  }
  return { status: 200, headers: { "content-type": serviceTables.service.contentType }, body: `${json}}` };
}
