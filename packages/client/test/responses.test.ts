import { describe, expect, it } from "vitest";
import {
  ScanProvisionedProductsCommand,
  SearchProvisionedProductsCommand,
  type ServiceCatalogServiceException,
} from "../src/__generated__/index.gen.js";
import { CannedHandler, clientWith, jsonAnswer } from "./support/canned-handler.js";

describe("reading responses", () => {
  it("surfaces the request id (kitchen-sink parses_the_request_id_from_the_response)", async () => {
    const handler = new CannedHandler({
      status: 200,
      headers: { "X-Amzn-Requestid": "amazon-uniq-request-id" },
      body: "{}",
    });
    const output = await clientWith(handler).send(new ScanProvisionedProductsCommand({}));
    expect(output.$metadata).toMatchObject({
      httpStatusCode: 200,
      requestId: "amazon-uniq-request-id",
      attempts: 1,
      totalRetryDelay: 0,
    });
  });

  it("turns epoch seconds, fractional too, into Dates and ignores members the spec does not model", async () => {
    const handler = new CannedHandler(
      jsonAnswer({
        ProvisionedProducts: [
          {
            Id: "pp-1",
            Name: "web",
            CreatedTime: 1700000000.123,
            LastProvisioningRecordId: "rec-1",
            Status: "AVAILABLE",
            Brand: "new member AWS added",
          },
          { Id: "pp-2", CreatedTime: 1700000001 },
        ],
        NextPageToken: "tok",
        SomethingNew: { deep: true },
      }),
    );
    const output = await clientWith(handler).send(new ScanProvisionedProductsCommand({}));
    const [first, second] = output.ProvisionedProducts ?? [];
    expect(first?.CreatedTime).toEqual(new Date(1700000000123));
    expect(second?.CreatedTime).toEqual(new Date(1700000001000));
    expect(first?.Status).toBe("AVAILABLE");
    expect(first).not.toHaveProperty("Brand");
    expect(output).not.toHaveProperty("SomethingNew");
    expect(output.NextPageToken).toBe("tok");
  });

  it("reads Search's attributes, tags and total count", async () => {
    const handler = new CannedHandler(
      jsonAnswer({
        ProvisionedProducts: [
          {
            Id: "pp-1",
            Name: "web",
            Tags: [{ Key: "team", Value: "a" }],
            CreatedTime: 1.5,
            UserArn: "arn:aws:iam::123456789012:user/a",
          },
        ],
        TotalResultsCount: 41,
      }),
    );
    const output = await clientWith(handler).send(new SearchProvisionedProductsCommand({}));
    expect(output.TotalResultsCount).toBe(41);
    expect(output.ProvisionedProducts?.[0]?.Tags).toEqual([{ Key: "team", Value: "a" }]);
    expect(output.ProvisionedProducts?.[0]?.CreatedTime).toEqual(new Date(1500));
  });

  it("accepts an empty success body", async () => {
    const handler = new CannedHandler({ status: 200, body: "" });
    const output = await clientWith(handler).send(new ScanProvisionedProductsCommand({}));
    expect(output.ProvisionedProducts).toBeUndefined();
  });

  it("rejects a success body that is not JSON with an error naming the status", async () => {
    const handler = new CannedHandler({ status: 200, body: "<html>captive portal</html>" });
    const error = (await clientWith(handler)
      .send(new ScanProvisionedProductsCommand({}))
      .catch((e: unknown) => e)) as ServiceCatalogServiceException;
    expect(error.name).toBe("UnknownError");
    expect(error.message).toMatch(/^HTTP 200: a success response whose body is not JSON/);
  });

  it("sends Dates in the input as epoch seconds", async () => {
    // Neither operation takes a timestamp in its input, so this goes through the serde the generator compiles.
    const { ShapeSerde } = await import("../src/protocol/shape-serde.js");
    const { wireTables } = await import("../src/__generated__/wire-tables.gen.js");
    const write = new ShapeSerde(wireTables).writer("ProvisionedProductAttribute");
    expect(write({ Id: "x", CreatedTime: new Date(1700000000500) })).toEqual({ Id: "x", CreatedTime: 1700000000.5 });
  });
});

describe("validateInput", () => {
  it("rejects an out-of-range page size before sending, with the service's message", async () => {
    const handler = new CannedHandler(jsonAnswer({}));
    const error = (await clientWith(handler, { validateInput: true })
      .send(new ScanProvisionedProductsCommand({ PageSize: 21 }))
      .catch((e: unknown) => e)) as ServiceCatalogServiceException;
    expect(handler.requests).toHaveLength(0);
    expect(error.name).toBe("ValidationException");
    expect(error.$fault).toBe("client");
    expect(error.message).toBe(
      "1 validation error detected: Value '21' at 'pageSize' failed to satisfy constraint: Member must have value less than or equal to 20",
    );
  });

  it("lets Search's larger page size through and sends valid input", async () => {
    const handler = new CannedHandler(jsonAnswer({}));
    await clientWith(handler, { validateInput: true }).send(new SearchProvisionedProductsCommand({ PageSize: 100 }));
    expect(handler.requests).toHaveLength(1);
  });

  it("reports every violation, and an enum the spec does not list", async () => {
    const handler = new CannedHandler(jsonAnswer({}));
    const error = (await clientWith(handler, { validateInput: true })
      .send(
        new SearchProvisionedProductsCommand({
          PageSize: 101,
          SortOrder: "SIDEWAYS" as "ASCENDING",
        }),
      )
      .catch((e: unknown) => e)) as ServiceCatalogServiceException;
    expect(error.message).toMatch(/^2 validation errors detected: /);
    expect(error.message).toContain("Value 'SIDEWAYS' at 'sortOrder' failed to satisfy constraint");
  });

  it("is off by default: the service decides", async () => {
    const handler = new CannedHandler(jsonAnswer({}));
    await clientWith(handler).send(new ScanProvisionedProductsCommand({ PageSize: 21 }));
    expect(JSON.parse(handler.lastRequest.body)).toEqual({ PageSize: 21 });
  });
});

describe("cancellation", () => {
  it("passes the per-call abortSignal to the request handler", async () => {
    const seen: Array<AbortSignal | undefined> = [];
    const handler = new CannedHandler(jsonAnswer({}));
    const original = handler.handle.bind(handler);
    handler.handle = async (request, options?: { abortSignal?: AbortSignal }) => {
      seen.push(options?.abortSignal);
      return original(request);
    };
    const controller = new AbortController();
    await clientWith(handler).send(new ScanProvisionedProductsCommand({}), { abortSignal: controller.signal });
    expect(seen[0]).toBe(controller.signal);
  });
});
