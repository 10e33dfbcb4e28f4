import { type Agent, request as httpRequest, type OutgoingHttpHeaders } from "node:http";
import { Sha256 } from "@smithy/core/checksum";
import { HttpRequest } from "@smithy/core/protocols";
import { SignatureV4 } from "@smithy/signature-v4";

export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** POSTs a body to a server as is, with exactly these headers: for the requests a client would never send. */
export function post(url: string, headers: OutgoingHttpHeaders, body: string, agent?: Agent): Promise<RawAnswer> {
  return send(url, { method: "POST", path: "/", headers, body, ...(agent ? { agent } : {}) });
}

/** Sends a request exactly as given: the path is not normalized, the headers are these and no others. */
export function send(
  url: string,
  request: { method: string; path: string; headers: OutgoingHttpHeaders; body?: string; agent?: Agent },
): Promise<RawAnswer> {
  const { hostname, port } = new URL(url);
  const { method, path, headers, body, agent } = request;
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: hostname, port, method, path, headers, ...(agent ? { agent } : {}) }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }),
      );
    });
    req.on("error", reject);
    req.end(body ?? "");
  });
}

/** The headers of an awsJson1_1 request to `url`, SigV4-signed with these credentials unless `credentials` is undefined. */
export async function requestHeaders(
  url: string,
  operation: string,
  body: string,
  credentials?: { accessKeyId: string; secretAccessKey: string },
  signingDate = new Date(),
  signing: { extraHeaders?: Record<string, string>; unsigned?: string[]; query?: Record<string, string> } = {},
): Promise<Record<string, string>> {
  const { host, hostname, port } = new URL(url);
  const request = new HttpRequest({
    method: "POST",
    protocol: "http:",
    hostname,
    port: Number(port),
    path: "/",
    ...(signing.query === undefined ? {} : { query: signing.query }),
    headers: {
      host,
      "content-type": "application/x-amz-json-1.1",
      "x-amz-target": `AWS242ServiceCatalogService.${operation}`,
      ...signing.extraHeaders,
    },
    body,
  });
  if (credentials === undefined) {
    return request.headers;
  }
  const signer = new SignatureV4({ service: "servicecatalog", region: "us-east-1", credentials, sha256: Sha256 });
  return (await signer.sign(request, { signingDate, unsignableHeaders: new Set(signing.unsigned ?? []) })).headers;
}
