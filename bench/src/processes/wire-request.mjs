// The request every hand-made caller of the bench sends: awsJson1_1 `POST /` for an operation, before signing.
import { HttpRequest } from "@smithy/core/protocols";

/**
 * `wire` is the content type and target prefix from the spec's tables: the bench passes them (wire-facts.ts);
 * a process it started reads them from its environment.
 */
export function wireRequest(endpoint, operation, body, wire = wireFromEnvironment()) {
  const url = new URL(endpoint);
  return new HttpRequest({
    method: "POST",
    protocol: url.protocol,
    hostname: url.hostname,
    port: Number(url.port),
    path: "/",
    headers: {
      host: url.host,
      "content-type": wire.contentType,
      "x-amz-target": `${wire.targetPrefix}${operation}ProvisionedProducts`,
      "content-length": String(Buffer.byteLength(body)),
    },
    body,
  });
}

function wireFromEnvironment() {
  const { SVCCAT_CONTENT_TYPE: contentType, SVCCAT_TARGET_PREFIX: targetPrefix } = process.env;
  if (contentType === undefined || targetPrefix === undefined) {
    throw new Error("wire-request.mjs: the bench sets SVCCAT_CONTENT_TYPE and SVCCAT_TARGET_PREFIX for its processes");
  }
  return { contentType, targetPrefix };
}
