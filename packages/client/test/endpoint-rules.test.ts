import { readFileSync } from "node:fs";
import { awsEndpointFunctions, partition } from "@aws-sdk/core/client";
import { customEndpointFunctions, type RuleSetObject, resolveEndpoint } from "@smithy/core/endpoints";
import { describe, expect, it } from "vitest";
import { evaluateEndpointRules, type PartitionResult } from "../src/__generated__/endpoint-rules.gen.js";

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
    const compiled = outcome(() =>
      evaluateEndpointRules(defined as never, partition as (region: string) => PartitionResult | undefined),
    );
    expect(compiled).toBe(reference);
  });
});
