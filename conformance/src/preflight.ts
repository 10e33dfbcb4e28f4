import { serviceTables } from "@svccat/model";
import type { CallOutcome, ConformanceClient } from "./clients/client-contract.js";

/** The error codes with which AWS refuses credentials or a signature, before any operation runs. */
const AUTHENTICATION_ERRORS = new Set([
  "UnrecognizedClientException",
  "InvalidSignatureException",
  "IncompleteSignatureException",
  "MissingAuthenticationTokenException",
  "ExpiredTokenException",
  "InvalidClientTokenId",
  "SignatureDoesNotMatch",
  "AccessDeniedException",
]);

/**
 * One minimal call before any case: the target must answer the way Service Catalog does (an awsJson1_1 answer with
 * a request id), or refuse the credentials the way AWS does. Answers undefined when the suite may run, else one
 * line saying why not: unreachable, not Service Catalog, credentials missing or refused. A run that stops here
 * runs no case and records nothing.
 */
export async function preflight(client: ConformanceClient): Promise<string | undefined> {
  const outcome = await client.call("ScanProvisionedProducts", {});
  const wire = outcome.wire;
  const shaped =
    wire !== undefined &&
    (wire.headers["content-type"] ?? "").split(";")[0]?.trim() === serviceTables.service.contentType &&
    (wire.headers["x-amzn-requestid"] ?? "") !== "";
  if (outcome.ok) {
    return shaped && isJsonObject(wire.body)
      ? undefined
      : `not Service Catalog: a success that is not an awsJson1_1 answer with a request id (${excerpt(outcome)})`;
  }
  if (!outcome.fromService) {
    return /credential/i.test(`${outcome.name} ${outcome.message}`)
      ? `credentials missing: ${outcome.message}`
      : `unreachable: ${outcome.name}: ${outcome.message}`;
  }
  if (AUTHENTICATION_ERRORS.has(outcome.name)) {
    return `credentials refused: ${outcome.name} (HTTP ${outcome.status}): ${outcome.message}`;
  }
  return shaped && isJsonObject(wire?.body ?? "") ? undefined : `not Service Catalog: ${excerpt(outcome)}`;
}

function isJsonObject(text: string): boolean {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed);
  } catch {
    return false;
  }
}

function excerpt(outcome: CallOutcome): string {
  const wire = outcome.wire;
  if (wire === undefined) {
    return "no HTTP answer";
  }
  const body = wire.body.length > 120 ? `${wire.body.slice(0, 120)}…` : wire.body;
  return `HTTP ${wire.status}, content-type ${wire.headers["content-type"] ?? "none"}: ${JSON.stringify(body)}`;
}
