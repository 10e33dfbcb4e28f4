import { isDeepStrictEqual } from "node:util";
import type { OperationName } from "@svccat/model";
import {
  ACCOUNT,
  type CaseContext,
  type CaseResult,
  type ConformanceCase,
  describeOutcome,
  failed,
  notChecked,
  observed,
  passed,
  SCAN,
  SEARCH,
  traverse,
} from "../case.js";
import type { CallOutcome } from "../clients/client-contract.js";
import type { Caller, LifecycleRun } from "../lifecycle.js";

/**
 * A provisioned product's life, as provisioning code lives it: launch, wait on the record, find the product, update
 * it, terminate it and see it gone; and the open questions of that life, observed. Every case terminates what it
 * created before it ends (the runner cleans up after a failure or a stop as well), so the cases that follow see the
 * account as it was. Against an endpoint they run only with `--lifecycle`, which names what to provision.
 */

/** The labels each case names what it creates with (the dry run lists them). */
export const LIFECYCLE_LABELS: Readonly<Record<string, readonly string[]>> = {
  "lifecycle/whole-life": ["life"],
  "lifecycle/idempotent-provision": ["once"],
  "lifecycle/unknown-product": [],
  "observe/lifecycle-record-steps": ["steps"],
  "observe/lifecycle-search-sees-new": ["seen"],
  "observe/lifecycle-under-change-mutation": ["busy"],
  "observe/lifecycle-token-reuse": ["token"],
  "observe/lifecycle-name-in-use": ["name"],
  "observe/lifecycle-failed-launch": ["failed"],
};

type LifecycleCase = (context: CaseContext, run: LifecycleRun, call: Caller) => Promise<CaseResult>;

export function lifecycleCases(): ConformanceCase[] {
  return [
    lifecycleCase(
      "lifecycle/whole-life",
      "a product is provisioned (UNDER_CHANGE), its record ends SUCCEEDED, it is AVAILABLE and found by Search and Scan with its tags and names, updates to another artifact, terminates and is gone, its TerminateToken then not found",
      wholeLife,
    ),
    lifecycleCase(
      "lifecycle/idempotent-provision",
      "ProvisionProduct repeated with its ProvisionToken answers the same record and makes one product",
      idempotentProvision,
    ),
    lifecycleCase(
      "lifecycle/unknown-product",
      "ProvisionProduct of a product the catalog does not have is ResourceNotFoundException, and makes nothing",
      unknownProduct,
    ),
    {
      ...lifecycleCase(
        "observe/lifecycle-record-steps",
        "how a launch's record moves: whether IN_PROGRESS is seen, and how long it takes",
        recordSteps,
      ),
      observes: true,
    },
    {
      ...lifecycleCase(
        "observe/lifecycle-search-sees-new",
        "whether Search lists a product whose launch has not ended",
        searchSeesNew,
      ),
      observes: "newProductsInSearch",
    },
    {
      ...lifecycleCase(
        "observe/lifecycle-under-change-mutation",
        "what answers an update of a product that is UNDER_CHANGE",
        underChangeMutation,
      ),
      observes: "mutationWhileUnderChange",
    },
    {
      ...lifecycleCase(
        "observe/lifecycle-token-reuse",
        "ProvisionToken repeated with other parameters: the first record, or refused",
        tokenReuse,
      ),
      observes: "provisionTokenReuse",
    },
    {
      ...lifecycleCase(
        "observe/lifecycle-name-in-use",
        "the error for ProvisionProduct with the name of a provisioned product the account has",
        nameInUse,
      ),
      observes: "provisionedNameInUse",
    },
    {
      ...lifecycleCase(
        "observe/lifecycle-failed-launch",
        "what a launch whose record ends FAILED leaves: a product in ERROR, or nothing",
        failedLaunch,
      ),
      observes: "failedProvisioningLeaves",
    },
  ];
}

function lifecycleCase(id: string, title: string, body: LifecycleCase): ConformanceCase {
  return {
    id,
    title,
    run: async (context) => {
      const run = context.lifecycle;
      if (run === undefined) {
        return notChecked(
          "lifecycle cases provision real products: give --lifecycle PRODUCT_ID:ARTIFACT_ID[:UPDATE_ARTIFACT_ID] to run them against an endpoint",
        );
      }
      const call: Caller = (operation, input) => context.call(operation, input);
      run.plan.hold?.(true);
      try {
        return await body(context, run, call);
      } finally {
        // What this case made goes before the next case looks at the account.
        await run.cleanUp(call);
        run.plan.hold?.(false);
      }
    },
  };
}

async function wholeLife(context: CaseContext, run: LifecycleRun, call: Caller): Promise<CaseResult> {
  const client = context.client.name;
  const token = `${run.plan.prefix}-life-${client}`;
  const tags = [{ Key: "svccat-conformance", Value: run.plan.prefix }];
  const launch = await run.provision(call, "life", client, { ProvisionToken: token, Tags: tags });
  if (!launch.ok) {
    return failed("ProvisionProduct answered with a record", describeOutcome(launch));
  }
  const record = launch.output.RecordDetail;
  const id = record?.ProvisionedProductId;
  if (record?.RecordId === undefined || id === undefined) {
    return failed("a RecordDetail with RecordId and ProvisionedProductId", JSON.stringify(record));
  }
  if (record.RecordType !== "PROVISION_PRODUCT" || !["CREATED", "IN_PROGRESS"].includes(record.Status ?? "")) {
    return failed("a PROVISION_PRODUCT record, CREATED or IN_PROGRESS", `${record.RecordType} ${record.Status}`);
  }
  const early = await call("DescribeProvisionedProduct", { Id: id });
  if (!early.ok || early.output.ProvisionedProductDetail?.Status !== "UNDER_CHANGE") {
    return failed("UNDER_CHANGE right after ProvisionProduct", statusOf(early));
  }
  const ended = await run.waitForRecord(call, record.RecordId);
  if (ended.status !== "SUCCEEDED") {
    return failed("the launch's record ends SUCCEEDED", ended.error ? describeOutcome(ended.error) : `${ended.status}`);
  }
  const described = await call("DescribeProvisionedProduct", { Id: id });
  const detail = described.ok ? described.output.ProvisionedProductDetail : undefined;
  const expected = {
    Status: "AVAILABLE",
    IdempotencyToken: token,
    LastRecordId: record.RecordId,
    LastSuccessfulProvisioningRecordId: record.RecordId,
    ProductId: run.plan.productId,
    ProvisioningArtifactId: run.plan.artifactId,
  };
  const wrong = mismatches(detail, expected);
  if (wrong !== undefined) {
    return failed(`DescribeProvisionedProduct: ${JSON.stringify(expected)}`, wrong);
  }
  // Search and Scan find it with its tags and names, and say what Describe says of every member they share.
  const search = await call(SEARCH, { ...ACCOUNT, Filters: { SearchQuery: [`name:${run.name("life", client)}`] } });
  const found = search.ok ? search.output.ProvisionedProducts?.find((product) => product.Id === id) : undefined;
  if (found === undefined) {
    return failed("Search name:<its name> finds it", describeOutcome(search, SEARCH));
  }
  if (
    !found.Tags?.some((tag) => tag.Key === tags[0]?.Key && tag.Value === tags[0]?.Value) ||
    found.ProductName === undefined ||
    found.ProvisioningArtifactName === undefined
  ) {
    return failed("its tag, ProductName and ProvisioningArtifactName in Search", JSON.stringify(found));
  }
  if (context.callerArn !== undefined && found.UserArnSession !== context.callerArn) {
    return failed(`UserArnSession ${context.callerArn}`, `${found.UserArnSession}`);
  }
  const scan = await traverse(context, SCAN, { ...ACCOUNT });
  if (scan.error !== undefined || !scan.ids.includes(id)) {
    return failed("Scan at Account level lists it", scan.error ? describeOutcome(scan.error) : "not listed");
  }
  const disagreement = mismatches(found, pick(detail, Object.keys(found)));
  if (disagreement !== undefined) {
    return failed("Search and Describe agree on every member they share", disagreement);
  }
  if (run.plan.updateArtifactId !== undefined) {
    const update = await call("UpdateProvisionedProduct", {
      ProvisionedProductId: id,
      ProvisioningArtifactId: run.plan.updateArtifactId,
      UpdateToken: run.token("update"),
    });
    if (!update.ok || update.output.RecordDetail?.RecordType !== "UPDATE_PROVISIONED_PRODUCT") {
      return failed("UpdateProvisionedProduct answers an UPDATE_PROVISIONED_PRODUCT record", describeOutcome(update));
    }
    const updated = await run.waitForRecord(call, update.output.RecordDetail.RecordId ?? "");
    const after = await call("DescribeProvisionedProduct", { Id: id });
    const artifact = after.ok ? after.output.ProvisionedProductDetail?.ProvisioningArtifactId : undefined;
    if (updated.status !== "SUCCEEDED" || artifact !== run.plan.updateArtifactId) {
      return failed(`the update SUCCEEDED, on ${run.plan.updateArtifactId}`, `${updated.status}, on ${artifact}`);
    }
  }
  const terminateToken = `${run.plan.prefix}-end-${client}`;
  const end = await call("TerminateProvisionedProduct", { ProvisionedProductId: id, TerminateToken: terminateToken });
  if (!end.ok || end.output.RecordDetail?.RecordType !== "TERMINATE_PROVISIONED_PRODUCT") {
    return failed("TerminateProvisionedProduct answers a TERMINATE_PROVISIONED_PRODUCT record", describeOutcome(end));
  }
  const endRecord = end.output.RecordDetail.RecordId ?? "";
  const terminated = await run.waitForRecord(call, endRecord);
  if (terminated.status !== "SUCCEEDED") {
    return failed("the termination's record ends SUCCEEDED", `${terminated.status}`);
  }
  const gone = await call("DescribeProvisionedProduct", { Id: id });
  if (gone.ok || gone.name !== "ResourceNotFoundException") {
    return failed("DescribeProvisionedProduct: ResourceNotFoundException once terminated", statusOf(gone));
  }
  const again = await call("TerminateProvisionedProduct", { ProvisionedProductId: id, TerminateToken: terminateToken });
  if (again.ok || again.name !== "ResourceNotFoundException") {
    return failed("the TerminateToken once the product is gone: ResourceNotFoundException", describeOutcome(again));
  }
  const kept = await call("DescribeRecord", { Id: endRecord });
  if (!kept.ok || kept.output.RecordDetail?.Status !== "SUCCEEDED") {
    return failed("its records stay readable", describeOutcome(kept));
  }
  return passed(`statuses of the launch's record: ${ended.seen.join(" → ")}`);
}

async function idempotentProvision(context: CaseContext, run: LifecycleRun, call: Caller): Promise<CaseResult> {
  const client = context.client.name;
  const token = `${run.plan.prefix}-once-${client}`;
  const first = await run.provision(call, "once", client, { ProvisionToken: token });
  const second = await run.provision(call, "once", client, { ProvisionToken: token });
  if (!first.ok || !second.ok) {
    return failed("both requests answered with a record", describeOutcome(first.ok ? second : first));
  }
  const a = first.output.RecordDetail;
  const b = second.output.RecordDetail;
  if (a?.RecordId !== b?.RecordId || a?.ProvisionedProductId !== b?.ProvisionedProductId) {
    return failed(
      "the same record and product",
      `${a?.RecordId}/${b?.RecordId}, ${a?.ProvisionedProductId}/${b?.ProvisionedProductId}`,
    );
  }
  return passed();
}

async function unknownProduct(context: CaseContext, run: LifecycleRun, call: Caller): Promise<CaseResult> {
  const outcome = await call("ProvisionProduct", {
    ProductId: "prod-svccatnosuchthing",
    ProvisioningArtifactId: run.plan.artifactId,
    ProvisionedProductName: run.name("unknown", context.client.name),
    ProvisionToken: run.token("unknown"),
  });
  if (outcome.ok) {
    run.track(outcome.output.RecordDetail?.ProvisionedProductId, run.name("unknown", context.client.name));
    return failed("ResourceNotFoundException", "a record");
  }
  return outcome.name === "ResourceNotFoundException"
    ? passed()
    : failed("ResourceNotFoundException", describeOutcome(outcome));
}

async function recordSteps(context: CaseContext, run: LifecycleRun, call: Caller): Promise<CaseResult> {
  const launch = await run.provision(call, "steps", context.client.name);
  const recordId = launch.ok ? launch.output.RecordDetail?.RecordId : undefined;
  if (recordId === undefined) {
    return failed("a record", describeOutcome(launch));
  }
  const ended = await run.waitForRecord(call, recordId);
  const statuses = [launch.ok ? (launch.output.RecordDetail?.Status ?? "?") : "?", ...ended.seen];
  const path = statuses.filter((status, index) => statuses[index - 1] !== status).join(" → ");
  return observed(
    undefined,
    { inProgressSeen: statuses.includes("IN_PROGRESS"), endedWithin: `${ended.elapsedMs} ms` },
    `the record went ${path}, ending within ${ended.elapsedMs} ms of polling every ${run.plan.pollMs} ms`,
  );
}

async function searchSeesNew(context: CaseContext, run: LifecycleRun, call: Caller): Promise<CaseResult> {
  const launch = await run.provision(call, "seen", context.client.name);
  const id = launch.ok ? launch.output.RecordDetail?.ProvisionedProductId : undefined;
  if (id === undefined) {
    return failed("a record", describeOutcome(launch));
  }
  const search = await call(SEARCH, {
    ...ACCOUNT,
    Filters: { SearchQuery: [`name:${run.name("seen", context.client.name)}`] },
  });
  if (!search.ok) {
    return failed("a search result", describeOutcome(search));
  }
  const listed = search.output.ProvisionedProducts?.some((product) => product.Id === id) === true;
  const value = listed ? "at-once" : "when-launched";
  return observed(
    "newProductsInSearch",
    value,
    `right after ProvisionProduct, Search ${listed ? "listed" : "did not list"} it`,
  );
}

async function underChangeMutation(context: CaseContext, run: LifecycleRun, call: Caller): Promise<CaseResult> {
  const launch = await run.provision(call, "busy", context.client.name);
  const id = launch.ok ? launch.output.RecordDetail?.ProvisionedProductId : undefined;
  if (id === undefined) {
    return failed("a record", describeOutcome(launch));
  }
  const update = await call("UpdateProvisionedProduct", {
    ProvisionedProductId: id,
    ProvisioningArtifactId: run.plan.artifactId,
    UpdateToken: run.token("busy"),
  });
  if (update.ok) {
    return observed(
      undefined,
      "accepted",
      "an update while UNDER_CHANGE was accepted (no setting of the fake says so)",
    );
  }
  const known = ["InvalidParametersException", "InvalidStateException"];
  return known.includes(update.name)
    ? observed(
        "mutationWhileUnderChange",
        update.name,
        `UpdateProvisionedProduct while UNDER_CHANGE: ${update.name}: ${update.message}`,
      )
    : observed(undefined, update.name, `UpdateProvisionedProduct while UNDER_CHANGE: ${describeOutcome(update)}`);
}

async function tokenReuse(context: CaseContext, run: LifecycleRun, call: Caller): Promise<CaseResult> {
  const client = context.client.name;
  const token = `${run.plan.prefix}-token-${client}`;
  const first = await run.provision(call, "token", client, { ProvisionToken: token });
  if (!first.ok) {
    return failed("a record", describeOutcome(first));
  }
  const other = await run.provision(call, "token", client, {
    ProvisionToken: token,
    Tags: [{ Key: "svccat-conformance", Value: "other-parameters" }],
  });
  if (other.ok) {
    const same = other.output.RecordDetail?.RecordId === first.output.RecordDetail?.RecordId;
    return same
      ? observed("provisionTokenReuse", "first-record", "the same token with other tags answered the first record")
      : observed(undefined, "new-record", "the same token with other tags made a new record");
  }
  return other.name === "InvalidParametersException"
    ? observed("provisionTokenReuse", "InvalidParametersException", `refused: ${other.message}`)
    : observed(undefined, other.name, `refused: ${describeOutcome(other)}`);
}

async function nameInUse(context: CaseContext, run: LifecycleRun, call: Caller): Promise<CaseResult> {
  const client = context.client.name;
  const first = await run.provision(call, "name", client);
  if (!first.ok) {
    return failed("a record", describeOutcome(first));
  }
  // The same name with a token of its own (a new request, not a retry).
  const second = await run.provision(call, "name", client, { ProvisionToken: `${run.plan.prefix}-name-2-${client}` });
  if (second.ok) {
    return observed(undefined, "accepted", "a second product of the same name was provisioned");
  }
  const known = ["DuplicateResourceException", "InvalidParametersException"];
  return known.includes(second.name)
    ? observed("provisionedNameInUse", second.name, `${second.name}: ${second.message}`)
    : observed(undefined, second.name, describeOutcome(second));
}

async function failedLaunch(context: CaseContext, run: LifecycleRun, call: Caller): Promise<CaseResult> {
  if (run.plan.failingLaunch === undefined) {
    return notChecked(
      "no launch can be made to fail here: give --failing-artifact ARTIFACT_ID, one whose launch fails",
    );
  }
  const launch = await run.provision(call, "failed", context.client.name, {
    ProvisioningArtifactId: run.plan.failingLaunch(),
  });
  const record = launch.ok ? launch.output.RecordDetail : undefined;
  if (record?.RecordId === undefined || record.ProvisionedProductId === undefined) {
    return failed("a record", describeOutcome(launch));
  }
  const ended = await run.waitForRecord(call, record.RecordId);
  if (ended.status !== "SUCCEEDED" && ended.status !== "FAILED") {
    return failed("the record ends", `${ended.status}`);
  }
  if (ended.status === "SUCCEEDED") {
    return notChecked("the launch that was to fail succeeded");
  }
  const after = await call("DescribeProvisionedProduct", { Id: record.ProvisionedProductId });
  if (!after.ok) {
    return after.name === "ResourceNotFoundException"
      ? observed("failedProvisioningLeaves", "nothing", "after the FAILED record, the product is not found")
      : failed("the product, or ResourceNotFoundException", describeOutcome(after));
  }
  const status = after.output.ProvisionedProductDetail?.Status;
  return status === "ERROR"
    ? observed("failedProvisioningLeaves", "ERROR", "after the FAILED record, the product is there, in ERROR")
    : observed(undefined, status, `after the FAILED record, the product is ${status}`);
}

function statusOf(outcome: CallOutcome<OperationName>): string {
  if (!outcome.ok) {
    return describeOutcome(outcome);
  }
  const detail = (outcome.output as { ProvisionedProductDetail?: { Status?: string } }).ProvisionedProductDetail;
  return `Status ${detail?.Status}`;
}

/** The members of `actual` that differ from `expected`, in words; undefined when all agree. */
function mismatches(actual: object | undefined, expected: Readonly<Record<string, unknown>>): string | undefined {
  const fields = (actual ?? {}) as Record<string, unknown>;
  const wrong = Object.entries(expected)
    .filter(([member, value]) => !isDeepStrictEqual(fields[member], value))
    .map(([member, value]) => `${member} ${JSON.stringify(fields[member])} (expected ${JSON.stringify(value)})`);
  return wrong.length === 0 ? undefined : wrong.join("; ");
}

/** The members of `source` named in `members` that it has. */
function pick(source: object | undefined, members: readonly string[]): Record<string, unknown> {
  const fields = (source ?? {}) as Record<string, unknown>;
  return Object.fromEntries(members.filter((member) => member in fields).map((member) => [member, fields[member]]));
}
