// One way of calling Scan or Search, per client, imported only when asked for, so that a process measures the
// loading of its own client and nothing else. `next(token)` reads one page: its item count and next token.
const region = "us-east-1";
const credentials = { accessKeyId: "AKIDBENCH", secretAccessKey: "bench-secret" };

export function inputOf(operation) {
  return { AccessLevelFilter: { Key: "Account", Value: "self" }, PageSize: operation === "Search" ? 100 : 20 };
}

export async function pageCaller(client, operation, endpoint) {
  const input = inputOf(operation);
  const withToken = (token) => (token === undefined ? input : { ...input, PageToken: token });
  const read = (output) => ({
    items: output.ProvisionedProducts?.length ?? 0,
    next: output.NextPageToken || undefined,
  });
  switch (client) {
    case "svccat":
    case "aws-sdk": {
      // The two clients share the official SDK's names.
      const m = await import(client === "svccat" ? "@svccat/client" : "@aws-sdk/client-service-catalog");
      const c = new m.ServiceCatalogClient({ region, endpoint, credentials, maxAttempts: 1 });
      const Command = operation === "Search" ? m.SearchProvisionedProductsCommand : m.ScanProvisionedProductsCommand;
      return { next: async (token) => read(await c.send(new Command(withToken(token)))), destroy: () => c.destroy() };
    }
    case "signed-request": {
      // By hand on the smithy pieces: sign with SignatureV4, send with NodeHttpHandler, JSON.parse the body.
      const { SignatureV4 } = await import("@smithy/signature-v4");
      const { NodeHttpHandler } = await import("@smithy/node-http-handler");
      const { Sha256 } = await import("@smithy/core/checksum");
      const { wireRequest } = await import("./wire-request.mjs");
      const signer = new SignatureV4({ service: "servicecatalog", region, credentials, sha256: Sha256 });
      const handler = new NodeHttpHandler();
      return {
        next: async (token) => {
          const body = JSON.stringify(withToken(token));
          const request = await signer.sign(wireRequest(endpoint, operation, body));
          const { response } = await handler.handle(request);
          const chunks = [];
          for await (const chunk of response.body) {
            chunks.push(chunk);
          }
          return read(JSON.parse(Buffer.concat(chunks).toString("utf8")));
        },
        destroy: () => handler.destroy(),
      };
    }
    case "node-http": {
      // The floor of any client: node:http with a keep-alive agent, unsigned, JSON.parse of each page.
      const http = await import("node:http");
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      const headers = {
        "content-type": process.env.SVCCAT_CONTENT_TYPE,
        "x-amz-target": `${process.env.SVCCAT_TARGET_PREFIX}${operation}ProvisionedProducts`,
      };
      return {
        next: (token) =>
          new Promise((resolve, reject) => {
            const req = http.request(endpoint, { method: "POST", agent, headers }, (res) => {
              const chunks = [];
              res.on("data", (chunk) => chunks.push(chunk));
              res.on("end", () => resolve(read(JSON.parse(Buffer.concat(chunks).toString("utf8")))));
              res.on("error", reject);
            });
            req.on("error", reject);
            req.end(JSON.stringify(withToken(token)));
          }),
        destroy: () => agent.destroy(),
      };
    }
    default:
      throw new Error(`unknown client ${client}`);
  }
}
