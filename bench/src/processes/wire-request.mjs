// The request every hand-made caller of the bench sends: awsJson1_1 `POST /` for an operation, before signing.
import { HttpRequest } from "@smithy/core/protocols";

export function wireRequest(endpoint, operation, body) {
  const url = new URL(endpoint);
  return new HttpRequest({
    method: "POST",
    protocol: url.protocol,
    hostname: url.hostname,
    port: Number(url.port),
    path: "/",
    headers: {
      host: url.host,
      "content-type": "application/x-amz-json-1.1",
      "x-amz-target": `AWS242ServiceCatalogService.${operation}ProvisionedProducts`,
      "content-length": String(Buffer.byteLength(body)),
    },
    body,
  });
}
