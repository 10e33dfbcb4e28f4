import { CLIENT_PACKAGES, type JsClientName, makeClient } from "@svccat/test-kit/both-clients";
import { describe, expect, it } from "vitest";
import {
  type CatalogProduct,
  createServiceCatalogFakeCore,
  FakeHttpHandler,
  type FakeSettingsInput,
  parseCatalogFile,
  type ServiceCatalogFakeCore,
  StoreError,
} from "../src/index.js";

/**
 * A provisioned product's life through both JavaScript clients over `FakeHttpHandler`, on a clock the test moves:
 * records CREATED → IN_PROGRESS → SUCCEEDED or FAILED, products UNDER_CHANGE → AVAILABLE, ERROR, TAINTED or gone.
 */
const START = Date.parse("2026-06-01T12:00:00Z");

const CATALOG: CatalogProduct[] = [
  {
    Id: "prod-abcdefghijklm",
    Name: "Account Factory",
    Owner: "platform",
    ProvisioningArtifacts: [
      { Id: "pa-v1aaaaaaaaaaa", Name: "v1", Outputs: [{ OutputKey: "AccountEmail", OutputValue: "a@example.com" }] },
      {
        Id: "pa-v2bbbbbbbbbbb",
        Name: "v2",
        Outputs: [
          { OutputKey: "AccountEmail", OutputValue: "b@example.com" },
          { OutputKey: "AccountId", OutputValue: "210987654321" },
        ],
      },
    ],
  },
  {
    Id: "prod-twopathsxxxxx",
    Name: "Shared Bucket",
    ProvisioningArtifacts: [{ Id: "pa-bucket1111111", Name: "v1" }],
    LaunchPaths: [
      { Id: "lpv3-one", Name: "Portfolio One" },
      { Id: "lpv3-two", Name: "Portfolio Two" },
    ],
  },
];

function fakeWith(settings: FakeSettingsInput = {}): ServiceCatalogFakeCore {
  return createServiceCatalogFakeCore({ catalog: CATALOG, now: () => START, settings });
}

type Sender = (operation: string, input: unknown) => Promise<Record<string, unknown>>;

function clientOf(name: JsClientName, fake: ServiceCatalogFakeCore): Sender {
  const { send } = makeClient(name, {
    region: "us-east-1",
    credentials: { accessKeyId: "test", secretAccessKey: "test" },
    requestHandler: new FakeHttpHandler(fake),
    maxAttempts: 1,
  });
  return (operation, input) => send(operation as never, input) as Promise<Record<string, unknown>>;
}

interface Record_ {
  RecordId: string;
  Status: string;
  RecordType: string;
  ProvisionedProductId: string;
  RecordErrors?: { Code: string; Description: string }[];
  ProvisioningArtifactId?: string;
}

const recordOf = (output: Record<string, unknown>) => output.RecordDetail as Record_;
const detailOf = async (send: Sender, id: string) =>
  (await send("DescribeProvisionedProduct", { Id: id })).ProvisionedProductDetail as Record<string, unknown>;

async function provisioned(send: Sender, name: string, extra: Record<string, unknown> = {}): Promise<Record_> {
  return recordOf(
    await send("ProvisionProduct", {
      ProductId: "prod-abcdefghijklm",
      ProvisioningArtifactName: "v1",
      ProvisionedProductName: name,
      ProvisionToken: `token-${name}`,
      Tags: [{ Key: "team", Value: "blue" }],
      ...extra,
    }),
  );
}

describe.each(Object.keys(CLIENT_PACKAGES) as JsClientName[])("a provisioned product's life through %s", (name) => {
  it("provisions, is found, updates, terminates and is gone; its records stay; the TerminateToken then is not found", async () => {
    const fake = fakeWith();
    const send = clientOf(name, fake);
    const launch = await provisioned(send, "vending-1");
    expect(launch).toMatchObject({ Status: "CREATED", RecordType: "PROVISION_PRODUCT" });
    const id = launch.ProvisionedProductId;
    expect(await detailOf(send, id)).toMatchObject({ Status: "UNDER_CHANGE", LastRecordId: launch.RecordId });

    fake.clock.advance(1_000);
    expect(recordOf(await send("DescribeRecord", { Id: launch.RecordId })).Status).toBe("IN_PROGRESS");
    fake.clock.advance(4_000);
    const done = await send("DescribeRecord", { Id: launch.RecordId });
    expect(recordOf(done).Status).toBe("SUCCEEDED");
    expect(done.RecordOutputs).toEqual([{ OutputKey: "AccountEmail", OutputValue: "a@example.com" }]);
    const available = await detailOf(send, id);
    expect(available).toMatchObject({
      Status: "AVAILABLE",
      IdempotencyToken: "token-vending-1",
      LastSuccessfulProvisioningRecordId: launch.RecordId,
      ProductId: "prod-abcdefghijklm",
      ProvisioningArtifactId: "pa-v1aaaaaaaaaaa",
    });
    expect((available.CreatedTime as Date).getTime()).toBe(START);

    // Search and Scan agree with Describe on every member they share.
    const search = await send("SearchProvisionedProducts", { Filters: { SearchQuery: ["name:vending-1"] } });
    const found = (search.ProvisionedProducts as Record<string, unknown>[])[0] as Record<string, unknown>;
    expect(found).toMatchObject({
      Id: id,
      Status: "AVAILABLE",
      Tags: [{ Key: "team", Value: "blue" }],
      ProductName: "Account Factory",
      ProvisioningArtifactName: "v1",
      UserArn: "arn:aws:iam::123456789012:user/test",
      UserArnSession: "arn:aws:iam::123456789012:user/test",
    });
    const scan = await send("ScanProvisionedProducts", { AccessLevelFilter: { Key: "Account", Value: "self" } });
    const scanned = (scan.ProvisionedProducts as Record<string, unknown>[]).find((p) => p.Id === id);
    for (const [member, value] of Object.entries(available)) {
      if (member in (scanned ?? {})) {
        expect((scanned as Record<string, unknown>)[member], member).toEqual(value);
      }
      if (member in found) {
        expect(found[member], member).toEqual(value);
      }
    }

    const update = recordOf(
      await send("UpdateProvisionedProduct", {
        ProvisionedProductName: "vending-1",
        ProvisioningArtifactId: "pa-v2bbbbbbbbbbb",
        UpdateToken: "update-1",
      }),
    );
    expect(update).toMatchObject({ Status: "CREATED", RecordType: "UPDATE_PROVISIONED_PRODUCT" });
    expect(await detailOf(send, id)).toMatchObject({
      Status: "UNDER_CHANGE",
      ProvisioningArtifactId: "pa-v1aaaaaaaaaaa",
    });
    fake.clock.advance(5_000);
    expect(await detailOf(send, id)).toMatchObject({
      Status: "AVAILABLE",
      ProvisioningArtifactId: "pa-v2bbbbbbbbbbb",
      LastRecordId: update.RecordId,
      LastSuccessfulProvisioningRecordId: update.RecordId,
    });
    const outputs = await send("GetProvisionedProductOutputs", {
      ProvisionedProductName: "vending-1",
      OutputKeys: ["AccountId"],
    });
    expect(outputs.Outputs).toEqual([{ OutputKey: "AccountId", OutputValue: "210987654321" }]);

    const end = recordOf(
      await send("TerminateProvisionedProduct", { ProvisionedProductId: id, TerminateToken: "end-1" }),
    );
    expect(end).toMatchObject({ Status: "CREATED", RecordType: "TERMINATE_PROVISIONED_PRODUCT" });
    // While it runs, the same token answers the same record.
    const again = recordOf(
      await send("TerminateProvisionedProduct", { ProvisionedProductId: id, TerminateToken: "end-1" }),
    );
    expect(again.RecordId).toBe(end.RecordId);
    fake.clock.advance(5_000);
    await expect(send("DescribeProvisionedProduct", { Id: id })).rejects.toMatchObject({
      name: "ResourceNotFoundException",
    });
    await expect(
      send("TerminateProvisionedProduct", { ProvisionedProductId: id, TerminateToken: "end-1" }),
    ).rejects.toMatchObject({ name: "ResourceNotFoundException" });
    const gone = await send("SearchProvisionedProducts", { Filters: { SearchQuery: [`id:${id}`] } });
    expect(gone.ProvisionedProducts).toEqual([]);
    const scanAfter = await send("ScanProvisionedProducts", { AccessLevelFilter: { Key: "Account", Value: "self" } });
    expect(scanAfter.ProvisionedProducts).toEqual([]);
    expect(recordOf(await send("DescribeRecord", { Id: end.RecordId })).Status).toBe("SUCCEEDED");
    const history = await send("ListRecordHistory", { SearchFilter: { Key: "provisionedproduct", Value: id } });
    expect((history.RecordDetails as Record_[]).map((record) => record.RecordType)).toEqual([
      "TERMINATE_PROVISIONED_PRODUCT",
      "UPDATE_PROVISIONED_PRODUCT",
      "PROVISION_PRODUCT",
    ]);
  });

  it("fills a left-out ProvisionToken with a fresh one, which the product keeps as its IdempotencyToken", async () => {
    const fake = fakeWith();
    const send = clientOf(name, fake);
    const record = recordOf(
      await send("ProvisionProduct", {
        ProductName: "Account Factory",
        ProvisioningArtifactId: "pa-v1aaaaaaaaaaa",
        ProvisionedProductName: "no-token",
      }),
    );
    const token = (await detailOf(send, record.ProvisionedProductId)).IdempotencyToken as string;
    expect(token).toMatch(/^[0-9a-f-]{36}$/);
    expect(fake.calls.all().at(0)?.input).toMatchObject({ ProvisionToken: token });
  });

  it("answers unknown products, artifacts and paths, names in use and changes while UNDER_CHANGE with AWS's errors", async () => {
    const fake = fakeWith();
    const send = clientOf(name, fake);
    const base = { ProvisionedProductName: "x", ProvisionToken: "t" };
    await expect(
      send("ProvisionProduct", { ...base, ProductId: "prod-nothere", ProvisioningArtifactName: "v1" }),
    ).rejects.toMatchObject({ name: "ResourceNotFoundException" });
    await expect(
      send("ProvisionProduct", { ...base, ProductId: "prod-abcdefghijklm", ProvisioningArtifactName: "v9" }),
    ).rejects.toMatchObject({ name: "ResourceNotFoundException" });
    await expect(
      send("ProvisionProduct", { ...base, ProductId: "prod-twopathsxxxxx", ProvisioningArtifactName: "v1" }),
    ).rejects.toMatchObject({ name: "InvalidParametersException" });
    await expect(
      send("ProvisionProduct", {
        ...base,
        ProductId: "prod-twopathsxxxxx",
        ProvisioningArtifactName: "v1",
        PathId: "lpv3-zzz",
      }),
    ).rejects.toMatchObject({ name: "ResourceNotFoundException" });
    expect(fake.store.size).toBe(0);
    // A product shared with nobody: AWS's own words (AFT#33).
    fake.catalog.add({
      Id: "prod-nopathsxxxx",
      Name: "Unshared",
      LaunchPaths: [],
      ProvisioningArtifacts: [{ Id: "pa-x", Name: "v1" }],
    });
    await expect(
      send("ProvisionProduct", { ...base, ProductId: "prod-nopathsxxxx", ProvisioningArtifactName: "v1" }),
    ).rejects.toMatchObject({
      name: "ResourceNotFoundException",
      message: "No launch paths found for resource: prod-nopathsxxxx",
    });
    expect(fake.store.size).toBe(0);

    const first = await provisioned(send, "taken");
    await expect(provisioned(send, "taken", { ProvisionToken: "another" })).rejects.toMatchObject({
      name: "DuplicateResourceException",
    });
    await expect(
      send("UpdateProvisionedProduct", { ProvisionedProductId: first.ProvisionedProductId, UpdateToken: "u" }),
    ).rejects.toMatchObject({ name: "InvalidParametersException" });
    fake.configure({
      mutationWhileUnderChange: "InvalidStateException",
      provisionedNameInUse: "InvalidParametersException",
    });
    await expect(
      send("TerminateProvisionedProduct", { ProvisionedProductId: first.ProvisionedProductId, TerminateToken: "e" }),
    ).rejects.toMatchObject({ name: "InvalidStateException" });
    await expect(provisioned(send, "taken", { ProvisionToken: "third" })).rejects.toMatchObject({
      name: "InvalidParametersException",
    });
    expect(fake.store.size).toBe(1);
  });
});

describe("a provisioned product's life: failures, tokens, outputs and the catalog", () => {
  const send = (fake: ServiceCatalogFakeCore) => clientOf("svccat", fake);

  it("a failed provisioning leaves the product in ERROR with the fault's message, or nothing as a setting says", async () => {
    const fake = fakeWith();
    fake.faults.inject({
      kind: "record-failure",
      operation: "ProvisionProduct",
      errorCode: "CREATE_FAILED",
      errorMessage: "Parameter BucketName is not valid",
    });
    const record = await provisioned(send(fake), "broken");
    expect(record.Status).toBe("CREATED");
    fake.clock.advance(5_000);
    const ended = recordOf(await send(fake)("DescribeRecord", { Id: record.RecordId }));
    expect(ended).toMatchObject({
      Status: "FAILED",
      RecordErrors: [{ Code: "CREATE_FAILED", Description: "Parameter BucketName is not valid" }],
    });
    expect(await detailOf(send(fake), record.ProvisionedProductId)).toMatchObject({
      Status: "ERROR",
      StatusMessage: "Parameter BucketName is not valid",
    });
    expect(
      (await detailOf(send(fake), record.ProvisionedProductId)).LastSuccessfulProvisioningRecordId,
    ).toBeUndefined();

    const nothing = fakeWith({ failedProvisioningLeaves: "nothing" });
    nothing.faults.inject({ kind: "record-failure", operation: "ProvisionProduct" });
    const lost = await provisioned(send(nothing), "broken");
    nothing.clock.advance(5_000);
    await expect(send(nothing)("DescribeProvisionedProduct", { Id: lost.ProvisionedProductId })).rejects.toMatchObject({
      name: "ResourceNotFoundException",
    });
    expect(recordOf(await send(nothing)("DescribeRecord", { Id: lost.RecordId })).Status).toBe("FAILED");
  });

  it("a failed update rolls back to TAINTED on its old artifact; a failed termination leaves ERROR unless IgnoreErrors", async () => {
    const fake = fakeWith();
    const client = send(fake);
    const { ProvisionedProductId: id } = await provisioned(client, "tainted");
    fake.clock.advance(5_000);
    fake.faults.inject({ kind: "record-failure", operation: "UpdateProvisionedProduct", errorMessage: "rolled back" });
    const update = recordOf(
      await client("UpdateProvisionedProduct", {
        ProvisionedProductId: id,
        ProvisioningArtifactName: "v2",
        UpdateToken: "u",
      }),
    );
    fake.clock.advance(5_000);
    const tainted = await detailOf(client, id);
    expect(tainted).toMatchObject({
      Status: "TAINTED",
      StatusMessage: "rolled back",
      ProvisioningArtifactId: "pa-v1aaaaaaaaaaa",
    });
    expect(tainted.LastRecordId).toBe(update.RecordId);
    expect(tainted.LastSuccessfulProvisioningRecordId).not.toBe(update.RecordId);

    fake.faults.inject({
      kind: "record-failure",
      operation: "TerminateProvisionedProduct",
      errorMessage: "DELETE_FAILED",
    });
    await client("TerminateProvisionedProduct", { ProvisionedProductId: id, TerminateToken: "t1" });
    fake.clock.advance(5_000);
    expect(await detailOf(client, id)).toMatchObject({ Status: "ERROR", StatusMessage: "DELETE_FAILED" });
    fake.faults.inject({ kind: "record-failure", operation: "TerminateProvisionedProduct" });
    const forced = recordOf(
      await client("TerminateProvisionedProduct", {
        ProvisionedProductId: id,
        TerminateToken: "t2",
        IgnoreErrors: true,
      }),
    );
    fake.clock.advance(5_000);
    expect(recordOf(await client("DescribeRecord", { Id: forced.RecordId })).Status).toBe("SUCCEEDED");
    expect(fake.store.size).toBe(0);
  });

  it("a repeated ProvisionToken answers the first record; with other parameters as the setting says", async () => {
    const fake = fakeWith();
    const client = send(fake);
    const first = await provisioned(client, "once");
    const again = await provisioned(client, "once");
    expect(again.RecordId).toBe(first.RecordId);
    const other = await provisioned(client, "once", { Tags: [] });
    expect(other.RecordId).toBe(first.RecordId);
    fake.configure({ provisionTokenReuse: "InvalidParametersException" });
    await expect(provisioned(client, "once", { Tags: [] })).rejects.toMatchObject({
      name: "InvalidParametersException",
    });
    expect(fake.store.size).toBe(1);
  });

  it("Search sees a launching product at once, or only once launched, as the setting says; Describe always does", async () => {
    const fake = fakeWith({ newProductsInSearch: "when-launched" });
    const client = send(fake);
    const { ProvisionedProductId: id } = await provisioned(client, "late");
    const search = () => client("SearchProvisionedProducts", { Filters: { SearchQuery: ["name:late"] } });
    expect((await search()).TotalResultsCount).toBe(0);
    expect((await detailOf(client, id)).Status).toBe("UNDER_CHANGE");
    fake.clock.advance(5_000);
    expect((await search()).TotalResultsCount).toBe(1);
  });

  it("records step on the clock's own step at each read, so a polling loop ends with no sleep", async () => {
    const fake = fakeWith();
    const client = send(fake);
    const { RecordId } = await provisioned(client, "polled");
    fake.clock.stepOnRead(1_000);
    const seen: string[] = [];
    for (let polls = 0; polls < 20; polls++) {
      const status = recordOf(await client("DescribeRecord", { Id: RecordId })).Status;
      if (seen.at(-1) !== status) {
        seen.push(status);
      }
      if (status === "SUCCEEDED") {
        break;
      }
    }
    expect(seen).toEqual(["IN_PROGRESS", "SUCCEEDED"]);
  });

  it("outputs a test gives a product replace its artifact's, page and filter by key", async () => {
    const fake = fakeWith();
    const client = send(fake);
    const { ProvisionedProductId: id } = await provisioned(client, "outputs");
    fake.lifecycle.setOutputs(
      id,
      Array.from({ length: 25 }, (_, index) => ({ OutputKey: `Key${index}`, OutputValue: String(index) })),
    );
    fake.clock.advance(5_000);
    const first = await client("GetProvisionedProductOutputs", { ProvisionedProductId: id, PageSize: 10 });
    expect((first.Outputs as unknown[]).length).toBe(10);
    const second = await client("GetProvisionedProductOutputs", {
      ProvisionedProductId: id,
      PageSize: 10,
      PageToken: first.NextPageToken,
    });
    expect((second.Outputs as { OutputKey: string }[])[0]?.OutputKey).toBe("Key10");
    await expect(
      client("GetProvisionedProductOutputs", {
        ProvisionedProductName: "outputs",
        OutputKeys: ["Key1"],
        PageToken: first.NextPageToken,
      }),
    ).rejects.toMatchObject({ name: "InvalidParametersException" });
  });

  it("reads the catalog: DescribeProduct by Id or name, ListLaunchPaths, not found for others", async () => {
    const fake = fakeWith();
    const client = send(fake);
    const byName = await client("DescribeProduct", { Name: "Account Factory" });
    expect(byName.ProductViewSummary).toMatchObject({
      ProductId: "prod-abcdefghijklm",
      Name: "Account Factory",
      Owner: "platform",
    });
    expect((byName.ProvisioningArtifacts as { Name: string }[]).map((a) => a.Name)).toEqual(["v1", "v2"]);
    const paths = await client("ListLaunchPaths", { ProductId: "prod-twopathsxxxxx", PageSize: 1 });
    expect(paths.LaunchPathSummaries).toMatchObject([{ Id: "lpv3-one", Name: "Portfolio One" }]);
    const rest = await client("ListLaunchPaths", { ProductId: "prod-twopathsxxxxx", PageToken: paths.NextPageToken });
    expect(rest.LaunchPathSummaries).toMatchObject([{ Id: "lpv3-two" }]);
    await expect(client("DescribeProduct", { Id: "prod-nope" })).rejects.toMatchObject({
      name: "ResourceNotFoundException",
    });
    await expect(client("ListLaunchPaths", { ProductId: "prod-nope" })).rejects.toMatchObject({
      name: "ResourceNotFoundException",
    });
  });

  it("another account's provisioned products and records are not found", async () => {
    const fake = createServiceCatalogFakeCore({
      catalog: CATALOG,
      now: () => START,
      principals: [
        { accessKeyId: "test", secretAccessKey: "test", arn: "arn:aws:iam::123456789012:user/test" },
        { accessKeyId: "other", secretAccessKey: "other", arn: "arn:aws:iam::210987654321:user/other" },
      ],
    });
    const mine = await provisioned(send(fake), "mine");
    const { send: otherSend } = makeClient("svccat", {
      region: "us-east-1",
      credentials: { accessKeyId: "other", secretAccessKey: "other" },
      requestHandler: new FakeHttpHandler(fake),
    });
    await expect(otherSend("DescribeProvisionedProduct", { Id: mine.ProvisionedProductId })).rejects.toMatchObject({
      name: "ResourceNotFoundException",
    });
    await expect(otherSend("DescribeRecord", { Id: mine.RecordId })).rejects.toMatchObject({
      name: "ResourceNotFoundException",
    });
  });
});

describe("the records a fake keeps", () => {
  it("are bounded: at maxRecords the oldest ended record, and its token, are forgotten", async () => {
    const fake = createServiceCatalogFakeCore({ catalog: CATALOG, now: () => START, maxRecords: 3 });
    const send = clientOf("svccat", fake);
    const records = [];
    for (const name of ["a", "b", "c"]) {
      records.push(await provisioned(send, name));
    }
    fake.clock.advance(5_000);
    const fourth = await provisioned(send, "d");
    expect(fake.lifecycle.records().map((record) => record.RecordId)).toEqual([
      fourth.RecordId,
      records[2]?.RecordId,
      records[1]?.RecordId,
    ]);
    await expect(send("DescribeRecord", { Id: records[0]?.RecordId })).rejects.toMatchObject({
      name: "ResourceNotFoundException",
    });
    // Its token is forgotten with it: the same token is a new request now (here refused, the name being taken).
    await expect(provisioned(send, "a")).rejects.toMatchObject({ name: "DuplicateResourceException" });
    expect(() => createServiceCatalogFakeCore({ maxRecords: 0 })).toThrow(RangeError);
  });
});

describe("ListRecordHistory", () => {
  it("lists the caller's records (User, the default), its role's, or the account's, newest first, paged", async () => {
    const fake = createServiceCatalogFakeCore({
      catalog: CATALOG,
      now: () => START,
      principals: [
        { accessKeyId: "alice", secretAccessKey: "a", arn: "arn:aws:sts::123456789012:assumed-role/Deployer/alice" },
        { accessKeyId: "bob", secretAccessKey: "b", arn: "arn:aws:sts::123456789012:assumed-role/Deployer/bob" },
        { accessKeyId: "carol", secretAccessKey: "c", arn: "arn:aws:iam::123456789012:user/carol" },
      ],
    });
    const as = (key: string) =>
      makeClient("svccat", {
        region: "us-east-1",
        credentials: { accessKeyId: key, secretAccessKey: key[0] as string },
        requestHandler: new FakeHttpHandler(fake),
      }).send as Sender;
    for (const [key, count] of [
      ["alice", 2],
      ["bob", 1],
      ["carol", 22],
    ] as const) {
      for (let index = 0; index < count; index++) {
        await provisioned(as(key), `${key}-${index}`);
      }
    }
    const names = async (key: string, input: object) =>
      ((await as(key)("ListRecordHistory", input)).RecordDetails as { ProvisionedProductName: string }[]).map(
        (record) => record.ProvisionedProductName,
      );
    expect(await names("alice", {})).toEqual(["alice-1", "alice-0"]);
    expect(await names("alice", { AccessLevelFilter: { Key: "Role", Value: "self" } })).toEqual([
      "bob-0",
      "alice-1",
      "alice-0",
    ]);
    const account = await as("bob")("ListRecordHistory", { AccessLevelFilter: { Key: "Account", Value: "self" } });
    expect((account.RecordDetails as unknown[]).length).toBe(20);
    const rest = await as("bob")("ListRecordHistory", {
      AccessLevelFilter: { Key: "Account", Value: "self" },
      PageToken: account.NextPageToken,
    });
    expect((rest.RecordDetails as unknown[]).length).toBe(5);
    expect(rest.NextPageToken).toBeUndefined();
    await expect(as("bob")("ListRecordHistory", { SearchFilter: { Key: "colour", Value: "x" } })).rejects.toMatchObject(
      {
        name: "InvalidParametersException",
      },
    );
  });
});

describe("the catalog", () => {
  it("reads the file form and refuses what no catalog could hold, naming the product and member", () => {
    const products = parseCatalogFile(
      JSON.stringify({ Products: [{ Id: "prod-a", Name: "A", ProvisioningArtifacts: [{ Id: "pa-1", Name: "v1" }] }] }),
    );
    const fake = createServiceCatalogFakeCore({ catalog: products });
    expect(fake.catalog.get("prod-a")?.LaunchPaths).toHaveLength(1);
    for (const bad of [
      { Id: "prod-a", Name: "A" },
      { Id: "prod-a", Name: "A", ProvisioningArtifacts: [] },
      { Id: "prod a!", Name: "A", ProvisioningArtifacts: [{ Id: "pa-1", Name: "v1" }] },
      { Id: "prod-a", Name: "A", Colour: "red", ProvisioningArtifacts: [{ Id: "pa-1", Name: "v1" }] },
      {
        Id: "prod-a",
        Name: "A",
        ProvisioningArtifacts: [
          { Id: "pa-1", Name: "v1" },
          { Id: "pa-1", Name: "v2" },
        ],
      },
      { Id: "prod-a", Name: null, ProvisioningArtifacts: [{ Id: "pa-1", Name: "v1" }] },
    ]) {
      expect(() => createServiceCatalogFakeCore({ catalog: [bad as never] }), JSON.stringify(bad)).toThrow(StoreError);
    }
    expect(() =>
      fake.catalog.add({ Id: "prod-b", Name: "A", ProvisioningArtifacts: [{ Id: "pa", Name: "v" }] }),
    ).toThrow(/named 'A'/);
  });
});
