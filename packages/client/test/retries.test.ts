import { ConfiguredRetryStrategy } from "@smithy/core/retry";
import { describe, expect, it, onTestFinished, vi } from "vitest";
import {
  InvalidParametersException,
  ScanProvisionedProductsCommand,
  ServiceCatalogClient,
  type ServiceCatalogServiceException,
} from "../src/__generated__/index.gen.js";
import {
  type CannedAnswer,
  CannedHandler,
  jsonAnswer,
  clientWith as sharedClientWith,
  testCredentials,
} from "./support/canned-handler.js";

/** Standard-mode retry decisions, without the backoff sleeps. */
const clientWith = (handler: CannedHandler) =>
  sharedClientWith(handler, { retryStrategy: new ConfiguredRetryStrategy(3, () => 0) });

const CT = { "content-type": "application/x-amz-json-1.1" };
const ok = jsonAnswer({ ProvisionedProducts: [] });

describe("retries", () => {
  it.each([
    ["ThrottlingException", { status: 400, headers: CT, body: '{"__type":"ThrottlingException","message":"slow"}' }],
    [
      'a ValidationException saying "Rate exceeded"',
      { status: 400, headers: CT, body: '{"__type":"ValidationException","message":"Rate exceeded"}' },
    ],
    ["a 500", { status: 500, headers: CT, body: '{"__type":"InternalFailure"}' }],
    ["a 503 with an HTML body", { status: 503, headers: { "content-type": "text/html" }, body: "<html>" }],
    ["a connection reset", { networkError: Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }) }],
  ] as Array<[string, CannedAnswer]>)("retries %s and succeeds on the next attempt", async (_what, failure) => {
    const handler = new CannedHandler(failure, ok);
    const output = await clientWith(handler).send(new ScanProvisionedProductsCommand({}));
    expect(handler.requests).toHaveLength(2);
    expect(output.$metadata.attempts).toBe(2);
    expect(output.ProvisionedProducts).toEqual([]);
  });

  it("gives up after maxAttempts with the last error, counting the attempts", async () => {
    const handler = new CannedHandler({ status: 500, headers: CT, body: '{"__type":"InternalFailure"}' });
    const error = (await clientWith(handler)
      .send(new ScanProvisionedProductsCommand({}))
      .catch((e: unknown) => e)) as ServiceCatalogServiceException;
    expect(handler.requests).toHaveLength(3);
    expect(error.name).toBe("InternalFailure");
    expect(error.$metadata.attempts).toBe(3);
  });

  it.each([
    ["a ValidationException", { status: 400, headers: CT, body: '{"__type":"ValidationException","message":"bad"}' }],
    [
      "an InvalidParametersException",
      { status: 400, headers: CT, body: '{"__type":"InvalidParametersException","Message":"bad token"}' },
    ],
    ["an AccessDeniedException", { status: 400, headers: CT, body: '{"__type":"AccessDeniedException"}' }],
  ] as Array<[string, CannedAnswer]>)("never retries %s", async (_what, failure) => {
    const handler = new CannedHandler(failure, ok);
    await expect(clientWith(handler).send(new ScanProvisionedProductsCommand({}))).rejects.toThrow();
    expect(handler.requests).toHaveLength(1);
  });

  it("signs every attempt afresh, with the retry headers", async () => {
    const handler = new CannedHandler({ status: 500, headers: CT, body: '{"__type":"InternalFailure"}' }, ok);
    await clientWith(handler).send(new ScanProvisionedProductsCommand({}));
    const [first, second] = handler.requests;
    expect(first?.headers["amz-sdk-request"]).toBe("attempt=1; max=3");
    expect(second?.headers["amz-sdk-request"]).toBe("attempt=2; max=3");
    expect(first?.headers["amz-sdk-invocation-id"]).toBe(second?.headers["amz-sdk-invocation-id"]);
    expect(first?.headers.authorization).not.toBe(second?.headers.authorization);
  });

  it("retries with the default standard strategy when nothing is configured", async () => {
    // The backoff is full jitter (a random share of the base delay), which rounds to 0 ms about once in 200 runs:
    // fix the random draw so the delay the test reads is never 0 by chance.
    const random = vi.spyOn(Math, "random").mockReturnValue(0.5);
    onTestFinished(() => random.mockRestore());
    const handler = new CannedHandler({ status: 503, headers: CT, body: '{"__type":"ServiceUnavailable"}' }, ok);
    const client = new ServiceCatalogClient({
      region: "us-east-1",
      credentials: testCredentials,
      requestHandler: handler,
    });
    const output = await client.send(new ScanProvisionedProductsCommand({}));
    expect(output.$metadata.attempts).toBe(2);
    expect(output.$metadata.totalRetryDelay).toBeGreaterThan(0);
  });

  it("is an InvalidParametersException the caller can catch by class", async () => {
    const handler = new CannedHandler({
      status: 400,
      headers: CT,
      body: '{"__type":"InvalidParametersException","Message":"bad token"}',
    });
    const error = await clientWith(handler)
      .send(new ScanProvisionedProductsCommand({ PageToken: "nope" }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidParametersException);
  });
});
