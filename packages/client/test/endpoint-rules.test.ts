import { readFileSync } from "node:fs";
import { awsEndpointFunctions, partition as sdkPartition } from "@aws-sdk/core/client";
import { customEndpointFunctions, type RuleSetObject, resolveEndpoint } from "@smithy/core/endpoints";
import { describe, expect, it } from "vitest";
import { evaluateEndpointRules, partition } from "../src/__generated__/endpoint-rules.gen.js";

// The rule set as the spec has it, evaluated by Smithy's own rule engine: the reference for the compiled rules.
const spec = JSON.parse(readFileSync(new URL("../../../spec/servicecatalog.json", import.meta.url), "utf8"));
const ruleSet = spec.shapes["com.amazonaws.servicecatalog#AWS242ServiceCatalogService"].traits[
  "smithy.rules#endpointRuleSet"
] as RuleSetObject;
customEndpointFunctions.aws = awsEndpointFunctions;

function outcome(run: () => { url: string | URL }): string {
  try {
    return String(run().url).replace(/\/$/, "");
  } catch (error) {
    return `error: ${(error as Error).message}`;
  }
}

const REGIONS = [
  "us-east-1",
  "eu-west-1",
  "ap-southeast-2",
  "cn-north-1",
  "cn-northwest-1",
  "us-gov-west-1",
  "us-iso-east-1",
  "us-isob-east-1",
  "eu-isoe-west-1",
  "us-isof-south-1",
  "eusc-de-east-1",
  "aws-global",
  "mars-north-1",
  "nowhere",
  undefined,
];

describe("AWS's partitions from spec/partitions.json", () => {
  const data = JSON.parse(readFileSync(new URL("../../../spec/partitions.json", import.meta.url), "utf8")) as {
    partitions: Array<{ id: string; regions: string[] }>;
  };
  const regions = [
    ...data.partitions.flatMap((p) => p.regions),
    "us-west-9",
    "cn-south-7",
    "us-gov-north-3",
    "eu-isoe-north-2",
    "mars-north-1",
    "",
  ];

  it.each(regions)("answer as the AWS SDK's aws.partition does for %j", (region) => {
    const reference = sdkPartition(region) as unknown as Record<string, unknown>;
    const ours = partition(region) as unknown as Record<string, unknown>;
    // The SDK adds each region's description, which no rule reads.
    const { description: _description, ...outputs } = reference;
    expect(ours).toEqual(outputs);
  });
});

describe("the endpoint rules compiled at generation time", () => {
  const cases = REGIONS.flatMap((Region) =>
    [false, true].flatMap((UseFIPS) =>
      [false, true].flatMap((UseDualStack) =>
        [undefined, "https://example.com/base"].map((Endpoint) => ({ Region, UseFIPS, UseDualStack, Endpoint })),
      ),
    ),
  );

  it.each(cases)("agree with Smithy's rule engine for %j", (params) => {
    const defined = Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined)) as Record<
      string,
      string | boolean
    >;
    const reference = outcome(() => resolveEndpoint(ruleSet, { endpointParams: defined }));
    const compiled = outcome(() => evaluateEndpointRules(defined as never));
    expect(compiled).toBe(reference);
  });
});
