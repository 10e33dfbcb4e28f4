import { HttpRequest } from "@smithy/core/protocols";
import type { FinalizeHandler, FinalizeHandlerArguments, MetadataBearer, Pluggable } from "@smithy/types";
import { findHeader } from "../protocol/error-code.js";
import type { ServiceCatalogClientResolvedConfig } from "../ServiceCatalogClient.js";

/** AWS rejects a signature whose clock is more than 15 minutes off; correct before it gets that far. */
const SKEW_TOLERANCE_MS = 5 * 60 * 1000;

/**
 * Signs each attempt with SigV4 (after the retry middleware, so every retry is signed afresh) and, when the
 * service's clock disagrees with ours, corrects `systemClockOffset` from the response's `Date` header and marks the
 * error so the retry strategy tries again with the corrected clock.
 *
 * @internal
 */
export function getSigningPlugin(config: ServiceCatalogClientResolvedConfig): Pluggable<object, MetadataBearer> {
  return {
    applyToStack(stack) {
      stack.addRelativeTo(
        (next: FinalizeHandler<object, MetadataBearer>) => async (args: FinalizeHandlerArguments<object>) => {
          if (!HttpRequest.isInstance(args.request)) {
            return next(args);
          }
          const signer = await config.signer();
          const request = await signer.sign(args.request, {
            signingDate: new Date(Date.now() + config.systemClockOffset),
          });
          try {
            const result = await next({ ...args, request });
            updateClockOffset(config, result.response);
            return result;
          } catch (error) {
            const $response = (error as { $response?: unknown }).$response;
            if (updateClockOffset(config, $response)) {
              const bearer = error as { $metadata?: Record<string, unknown> };
              bearer.$metadata = { ...bearer.$metadata, clockSkewCorrected: true };
            }
            throw error;
          }
        },
        {
          name: "httpSigningMiddleware",
          relation: "after",
          toMiddleware: "retryMiddleware",
          override: true,
        },
      );
    },
  };
}

function updateClockOffset(config: ServiceCatalogClientResolvedConfig, response: unknown): boolean {
  const headers = (response as { headers?: Record<string, string> } | undefined)?.headers;
  const date = headers === undefined ? undefined : findHeader(headers, "date");
  if (date === undefined) {
    return false;
  }
  const serverTime = Date.parse(date);
  if (Number.isNaN(serverTime)) {
    return false;
  }
  const offset = serverTime - Date.now();
  if (Math.abs(offset - config.systemClockOffset) < SKEW_TOLERANCE_MS) {
    return false;
  }
  config.systemClockOffset = offset;
  return true;
}
