/**
 * Generated from spec/servicecatalog.json by `pnpm generate`. Do not edit.
 */

import { checkExceptions, createWaiter, type WaiterConfiguration, type WaiterResult, WaiterState } from "@smithy/util-waiter";
import type { ServiceCatalogClient } from "../../ServiceCatalogClient.js";
import { DescribeProvisionedProductCommand, type DescribeProvisionedProductCommandInput } from "../commands/DescribeProvisionedProductCommand.gen.js";

/** One poll: the command's answer (or error) against the waiter's acceptors, in the spec's order. */
async function checkState(client: ServiceCatalogClient, input: DescribeProvisionedProductCommandInput): Promise<WaiterResult> {
  let reason: unknown;
  try {
    const result = await client.send(new DescribeProvisionedProductCommand(input));
    reason = result;
    if (result?.ProvisionedProductDetail?.Status === "ERROR") {
      return { state: WaiterState.FAILURE, reason };
    }
  } catch (exception) {
    reason = exception;
    const name = (exception as { name?: unknown }).name;
    if (name === "ResourceNotFoundException") {
      return { state: WaiterState.SUCCESS, reason };
    }
  }
  return { state: WaiterState.RETRY, reason };
}

const DEFAULTS = { minDelay: 2, maxDelay: 60 };

/**
 * Waits until a provisioned product is gone (not found), as terraform's provider does after a termination; ERROR (the termination failed) is failure. Not in AWS's model: svccat's addition.
 *
 * Polls `DescribeProvisionedProduct` from 2 s apart up to 60 s apart, until `maxWaitTime` (seconds) runs out;
 * answers the waiter's result (`state` and the last answer or error as `reason`).
 * @public
 */
export async function waitForProvisionedProductTerminated(
  params: WaiterConfiguration<ServiceCatalogClient>,
  input: DescribeProvisionedProductCommandInput,
): Promise<WaiterResult> {
  return createWaiter({ ...DEFAULTS, ...params }, input, checkState);
}

/**
 * As {@link waitForProvisionedProductTerminated}, but throws unless the wait succeeded (failure, timeout or abort), as the AWS SDK's
 * `waitUntil…` functions do.
 * @public
 */
export async function waitUntilProvisionedProductTerminated(
  params: WaiterConfiguration<ServiceCatalogClient>,
  input: DescribeProvisionedProductCommandInput,
): Promise<WaiterResult> {
  return checkExceptions(await createWaiter({ ...DEFAULTS, ...params }, input, checkState));
}
