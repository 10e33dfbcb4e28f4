import type { ServiceCatalogFakeCore } from "../../src/index.js";

export interface Answer {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

/** One call through `dispatch`, as an SDK would send it (the access key in an Authorization header). */
export async function call(
  fake: ServiceCatalogFakeCore,
  operation: "ScanProvisionedProducts" | "SearchProvisionedProducts" | string,
  input: unknown,
  options: { accessKeyId?: string; headers?: Record<string, string>; rawBody?: string; method?: string } = {},
): Promise<Answer> {
  const method = options.method ?? "POST";
  const response = await fake.dispatch(
    new Request("https://servicecatalog.us-east-1.amazonaws.com/", {
      method,
      headers: {
        "content-type": "application/x-amz-json-1.1",
        "x-amz-target": `AWS242ServiceCatalogService.${operation}`,
        authorization: `AWS4-HMAC-SHA256 Credential=${options.accessKeyId ?? "test"}/20260101/us-east-1/servicecatalog/aws4_request, SignedHeaders=host, Signature=${"0".repeat(64)}`,
        ...options.headers,
      },
      ...(method === "GET" ? {} : { body: options.rawBody ?? JSON.stringify(input) }),
    }),
  );
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text === "" ? {} : JSON.parse(text) };
}

/** Every item of a listing, following NextPageToken. */
export async function traverse(
  fake: ServiceCatalogFakeCore,
  operation: "ScanProvisionedProducts" | "SearchProvisionedProducts",
  input: Record<string, unknown>,
  between?: (page: number) => void,
  accessKeyId?: string,
): Promise<string[]> {
  const ids: string[] = [];
  let token: unknown;
  let page = 0;
  do {
    const answer = await call(fake, operation, token === undefined ? input : { ...input, PageToken: token }, {
      ...(accessKeyId === undefined ? {} : { accessKeyId }),
    });
    if (answer.status !== 200) {
      throw new Error(`page ${page}: ${JSON.stringify(answer.body)}`);
    }
    for (const product of answer.body.ProvisionedProducts as Array<{ Id: string }>) {
      ids.push(product.Id);
    }
    token = answer.body.NextPageToken;
    between?.(page++);
  } while (typeof token === "string" && token !== "");
  return ids;
}
