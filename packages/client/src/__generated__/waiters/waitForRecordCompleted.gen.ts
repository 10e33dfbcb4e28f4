/**
 * Generated from spec/servicecatalog.json by `pnpm generate`. Do not edit.
 */

import { checkExceptions, createWaiter, type WaiterConfiguration, type WaiterResult, WaiterState } from "@smithy/util-waiter";
import type { ServiceCatalogClient } from "../../ServiceCatalogClient.js";
import { DescribeRecordCommand, type DescribeRecordCommandInput } from "../commands/DescribeRecordCommand.gen.js";

/** One poll: the command's answer (or error) against the waiter's acceptors, in the spec's order. */
async function checkState(client: ServiceCatalogClient, input: DescribeRecordCommandInput): Promise<WaiterResult> {
  let reason: unknown;
  try {
    const result = await client.send(new DescribeRecordCommand(input));
    reason = result;
    if (result?.RecordDetail?.Status === "SUCCEEDED") {
      return { state: WaiterState.SUCCESS, reason };
    }
    if (result?.RecordDetail?.Status === "FAILED") {
      return { state: WaiterState.FAILURE, reason };
    }
  } catch (exception) {
    reason = exception;
    const name = (exception as { name?: unknown }).name;
    if (name === "ResourceNotFoundException") {
      return { state: WaiterState.FAILURE, reason };
    }
  }
  return { state: WaiterState.RETRY, reason };
}

const DEFAULTS = { minDelay: 2, maxDelay: 60 };

/**
 * Waits until a record's request has ended: SUCCEEDED is success; FAILED, or a record that does not exist, is failure. Not in AWS's model: svccat's addition.
 *
 * Polls `DescribeRecord` from 2 s apart up to 60 s apart, until `maxWaitTime` (seconds) runs out;
 * answers the waiter's result (`state` and the last answer or error as `reason`).
 * @public
 */
export async function waitForRecordCompleted(
  params: WaiterConfiguration<ServiceCatalogClient>,
  input: DescribeRecordCommandInput,
): Promise<WaiterResult> {
  return createWaiter({ ...DEFAULTS, ...params }, input, checkState);
}

/**
 * As {@link waitForRecordCompleted}, but throws unless the wait succeeded (failure, timeout or abort), as the AWS SDK's
 * `waitUntil…` functions do.
 * @public
 */
export async function waitUntilRecordCompleted(
  params: WaiterConfiguration<ServiceCatalogClient>,
  input: DescribeRecordCommandInput,
): Promise<WaiterResult> {
  return checkExceptions(await createWaiter({ ...DEFAULTS, ...params }, input, checkState));
}
