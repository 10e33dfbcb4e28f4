import {
  ServiceCatalogClient as SdkClient,
  ProvisionProductCommand as SdkProvision,
  TerminateProvisionedProductCommand as SdkTerminate,
  UpdateProvisionedProductCommand as SdkUpdate,
} from "@aws-sdk/client-service-catalog";
import { ConfiguredRetryStrategy } from "@smithy/core/retry";
import { WaiterState } from "@smithy/util-waiter";
import { describe, expect, it } from "vitest";
import {
  DescribeRecordCommand,
  DuplicateResourceException,
  ProvisionProductCommand,
  paginateGetProvisionedProductOutputs,
  paginateListLaunchPaths,
  ResourceNotFoundException,
  TerminateProvisionedProductCommand,
  UpdateProvisionedProductCommand,
  waitForProvisionedProductAvailable,
  waitForProvisionedProductTerminated,
  waitForRecordCompleted,
  waitUntilRecordCompleted,
} from "../src/__generated__/index.gen.js";
import { CannedHandler, clientWith, jsonAnswer, testCredentials } from "./support/canned-handler.js";

const CT = { "content-type": "application/x-amz-json-1.1" };
const record = (Status: string) => jsonAnswer({ RecordDetail: { RecordId: "rec-1", Status } });
const product = (Status: string) => jsonAnswer({ ProvisionedProductDetail: { Id: "pp-1", Status } });
const notFound = { status: 400, headers: CT, body: '{"__type":"ResourceNotFoundException","Message":"gone"}' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
/** Polls one second apart: the waiters' own sleeps, kept short (these tests wait for events, not for time). */
const FAST = { minDelay: 1, maxDelay: 1, maxWaitTime: 60 };

describe("the lifecycle commands", () => {
  it("fill a left-out idempotency token with a fresh UUID, keep a given one, and resend the same one on a retry", async () => {
    const throttled = { status: 400, headers: CT, body: '{"__type":"ThrottlingException","message":"slow"}' };
    const handler = new CannedHandler(throttled, record("CREATED"));
    const client = clientWith(handler, { retryStrategy: new ConfiguredRetryStrategy(3, () => 0) });
    await client.send(new ProvisionProductCommand({ ProvisionedProductName: "p", ProductId: "prod-1" }));
    const [first, retry] = handler.requests.map((request) => JSON.parse(request.body));
    expect(first.ProvisionToken).toMatch(UUID);
    expect(retry.ProvisionToken).toBe(first.ProvisionToken);
    await client.send(new ProvisionProductCommand({ ProvisionedProductName: "p", ProvisionToken: "mine" }));
    await client.send(new UpdateProvisionedProductCommand({ ProvisionedProductId: "pp-1" }));
    await client.send(new TerminateProvisionedProductCommand({ ProvisionedProductId: "pp-1" }));
    const [given, update, terminate] = handler.requests.slice(2).map((request) => JSON.parse(request.body));
    expect(given.ProvisionToken).toBe("mine");
    expect(update.UpdateToken).toMatch(UUID);
    expect(terminate.TerminateToken).toMatch(UUID);
    expect(new Set([first.ProvisionToken, update.UpdateToken, terminate.TerminateToken]).size).toBe(3);
  });

  it("send what the official SDK sends for the same input, tokens apart", async () => {
    const ours = new CannedHandler(record("CREATED"));
    const theirs = new CannedHandler(record("CREATED"));
    const config = { region: "us-east-1", credentials: testCredentials };
    const client = clientWith(ours);
    const sdk = new SdkClient({ ...config, requestHandler: theirs });
    const provision = {
      ProductId: "prod-1",
      ProvisioningArtifactName: "v1",
      ProvisionedProductName: "web",
      ProvisioningParameters: [{ Key: "Size", Value: "small" }],
      Tags: [{ Key: "team", Value: "blue" }],
    };
    await client.send(new ProvisionProductCommand(provision));
    await sdk.send(new SdkProvision(provision));
    const update = { ProvisionedProductName: "web", ProvisioningParameters: [{ Key: "Size", UsePreviousValue: true }] };
    await client.send(new UpdateProvisionedProductCommand(update));
    await sdk.send(new SdkUpdate(update));
    const terminate = { ProvisionedProductId: "pp-1", IgnoreErrors: true };
    await client.send(new TerminateProvisionedProductCommand(terminate));
    await sdk.send(new SdkTerminate(terminate));
    const withoutTokens = (handler: CannedHandler) =>
      handler.requests.map((request) => {
        const { ProvisionToken, UpdateToken, TerminateToken, ...rest } = JSON.parse(request.body);
        expect(ProvisionToken ?? UpdateToken ?? TerminateToken).toMatch(UUID);
        return { target: request.headers["x-amz-target"], body: rest };
      });
    expect(withoutTokens(ours)).toEqual(withoutTokens(theirs));
    expect(withoutTokens(ours).map((request) => request.target)).toEqual([
      "AWS242ServiceCatalogService.ProvisionProduct",
      "AWS242ServiceCatalogService.UpdateProvisionedProduct",
      "AWS242ServiceCatalogService.TerminateProvisionedProduct",
    ]);
  });

  it("throw the modelled error classes the model lists for them", async () => {
    const duplicate = { status: 400, headers: CT, body: '{"__type":"DuplicateResourceException","Message":"taken"}' };
    const client = clientWith(new CannedHandler(duplicate, notFound));
    const taken = await client.send(new ProvisionProductCommand({ ProvisionedProductName: "p" })).catch((e) => e);
    expect(taken).toBeInstanceOf(DuplicateResourceException);
    expect(taken.message).toBe("taken");
    const gone = await client.send(new DescribeRecordCommand({ Id: "rec-1" })).catch((e) => e);
    expect(gone).toBeInstanceOf(ResourceNotFoundException);
  });

  it("page launch paths and outputs through their paginators", async () => {
    const paths = new CannedHandler(
      jsonAnswer({ LaunchPathSummaries: [{ Id: "lp-1" }], NextPageToken: "t1" }),
      jsonAnswer({ LaunchPathSummaries: [{ Id: "lp-2" }] }),
    );
    const seen: string[] = [];
    for await (const page of paginateListLaunchPaths({ client: clientWith(paths) }, { ProductId: "prod-1" })) {
      seen.push(...(page.LaunchPathSummaries ?? []).map((path) => path.Id as string));
    }
    expect(seen).toEqual(["lp-1", "lp-2"]);
    expect(JSON.parse(paths.lastRequest.body)).toEqual({ ProductId: "prod-1", PageToken: "t1" });
    const outputs = new CannedHandler(jsonAnswer({ Outputs: [{ OutputKey: "Email", OutputValue: "a@b" }] }));
    const pages = [];
    for await (const page of paginateGetProvisionedProductOutputs(
      { client: clientWith(outputs), pageSize: 5 },
      { ProvisionedProductName: "web" },
    )) {
      pages.push(page.Outputs);
    }
    expect(pages).toEqual([[{ OutputKey: "Email", OutputValue: "a@b" }]]);
  });
});

describe("the waiters, which the official SDK does not have", () => {
  it("RecordCompleted polls DescribeRecord through CREATED and IN_PROGRESS to SUCCEEDED", async () => {
    const handler = new CannedHandler(record("CREATED"), record("IN_PROGRESS"), record("SUCCEEDED"));
    const result = await waitForRecordCompleted({ client: clientWith(handler), ...FAST }, { Id: "rec-1" });
    expect(result.state).toBe(WaiterState.SUCCESS);
    expect(handler.requests).toHaveLength(3);
  });

  it("RecordCompleted fails on FAILED, and waitUntil throws for it", async () => {
    const failed = await waitForRecordCompleted(
      { client: clientWith(new CannedHandler(record("FAILED"))), ...FAST },
      { Id: "rec-1" },
    );
    expect(failed.state).toBe(WaiterState.FAILURE);
    await expect(
      waitUntilRecordCompleted({ client: clientWith(new CannedHandler(notFound)), ...FAST }, { Id: "rec-1" }),
    ).rejects.toThrow(/FAILURE/);
  });

  it("ProvisionedProductAvailable succeeds on AVAILABLE and fails on TAINTED or ERROR", async () => {
    for (const [answers, state] of [
      [[product("UNDER_CHANGE"), product("AVAILABLE")], WaiterState.SUCCESS],
      [[product("TAINTED")], WaiterState.FAILURE],
      [[product("ERROR")], WaiterState.FAILURE],
    ] as const) {
      const result = await waitForProvisionedProductAvailable(
        { client: clientWith(new CannedHandler(...answers)), ...FAST },
        { Id: "pp-1" },
      );
      expect(result.state).toBe(state);
    }
  });

  it("ProvisionedProductTerminated succeeds once the product is not found", async () => {
    const handler = new CannedHandler(product("UNDER_CHANGE"), notFound);
    const result = await waitForProvisionedProductTerminated({ client: clientWith(handler), ...FAST }, { Id: "pp-1" });
    expect(result.state).toBe(WaiterState.SUCCESS);
  });
});
