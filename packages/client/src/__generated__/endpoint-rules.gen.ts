/**
 * Generated from spec/servicecatalog.json by `pnpm generate`. Do not edit.
 */

/** The inputs of the service's endpoint rules. @internal */
export interface EndpointRuleParams {
  Region?: string;
  UseDualStack: boolean;
  UseFIPS: boolean;
  Endpoint?: string;
}

/** What `aws.partition` answers for a region. @internal */
export interface PartitionResult {
  name: string;
  dnsSuffix: string;
  dualStackDnsSuffix: string;
  supportsFIPS: boolean;
  supportsDualStack: boolean;
  [attribute: string]: unknown;
}

/** AWS's partitions, from spec/partitions.json: region names, the pattern of each, and what they offer. */
const PARTITIONS: ReadonlyArray<{ regionRegex: RegExp; outputs: PartitionResult; regions: ReadonlySet<string> }> = [
  { regionRegex: new RegExp("^(us|eu|ap|sa|ca|me|af|il|mx)\\-\\w+\\-\\d+$"), outputs: {"dnsSuffix":"amazonaws.com","dualStackDnsSuffix":"api.aws","implicitGlobalRegion":"us-east-1","name":"aws","supportsDualStack":true,"supportsFIPS":true} as PartitionResult, regions: new Set(["af-south-1","ap-east-1","ap-east-2","ap-northeast-1","ap-northeast-2","ap-northeast-3","ap-south-1","ap-south-2","ap-southeast-1","ap-southeast-2","ap-southeast-3","ap-southeast-4","ap-southeast-5","ap-southeast-6","ap-southeast-7","aws-global","ca-central-1","ca-west-1","eu-central-1","eu-central-2","eu-north-1","eu-south-1","eu-south-2","eu-west-1","eu-west-2","eu-west-3","il-central-1","me-central-1","me-south-1","me-west-1","mx-central-1","sa-east-1","sa-west-1","us-east-1","us-east-2","us-west-1","us-west-2"]) },
  { regionRegex: new RegExp("^cn\\-\\w+\\-\\d+$"), outputs: {"dnsSuffix":"amazonaws.com.cn","dualStackDnsSuffix":"api.amazonwebservices.com.cn","implicitGlobalRegion":"cn-northwest-1","name":"aws-cn","supportsDualStack":true,"supportsFIPS":true} as PartitionResult, regions: new Set(["aws-cn-global","cn-north-1","cn-northwest-1"]) },
  { regionRegex: new RegExp("^eusc\\-(de)\\-\\w+\\-\\d+$"), outputs: {"dnsSuffix":"amazonaws.eu","dualStackDnsSuffix":"api.amazonwebservices.eu","implicitGlobalRegion":"eusc-de-east-1","name":"aws-eusc","supportsDualStack":true,"supportsFIPS":true} as PartitionResult, regions: new Set(["eusc-de-east-1"]) },
  { regionRegex: new RegExp("^us\\-iso\\-\\w+\\-\\d+$"), outputs: {"dnsSuffix":"c2s.ic.gov","dualStackDnsSuffix":"api.aws.ic.gov","implicitGlobalRegion":"us-iso-east-1","name":"aws-iso","supportsDualStack":true,"supportsFIPS":true} as PartitionResult, regions: new Set(["aws-iso-global","us-iso-east-1","us-iso-west-1"]) },
  { regionRegex: new RegExp("^us\\-isob\\-\\w+\\-\\d+$"), outputs: {"dnsSuffix":"sc2s.sgov.gov","dualStackDnsSuffix":"api.aws.scloud","implicitGlobalRegion":"us-isob-east-1","name":"aws-iso-b","supportsDualStack":true,"supportsFIPS":true} as PartitionResult, regions: new Set(["aws-iso-b-global","us-isob-east-1","us-isob-west-1"]) },
  { regionRegex: new RegExp("^eu\\-isoe\\-\\w+\\-\\d+$"), outputs: {"dnsSuffix":"cloud.adc-e.uk","dualStackDnsSuffix":"api.cloud-aws.adc-e.uk","implicitGlobalRegion":"eu-isoe-west-1","name":"aws-iso-e","supportsDualStack":true,"supportsFIPS":true} as PartitionResult, regions: new Set(["aws-iso-e-global","eu-isoe-west-1"]) },
  { regionRegex: new RegExp("^us\\-isof\\-\\w+\\-\\d+$"), outputs: {"dnsSuffix":"csp.hci.ic.gov","dualStackDnsSuffix":"api.aws.hci.ic.gov","implicitGlobalRegion":"us-isof-south-1","name":"aws-iso-f","supportsDualStack":true,"supportsFIPS":true} as PartitionResult, regions: new Set(["aws-iso-f-global","us-isof-east-1","us-isof-south-1"]) },
  { regionRegex: new RegExp("^us\\-gov\\-\\w+\\-\\d+$"), outputs: {"dnsSuffix":"amazonaws.com","dualStackDnsSuffix":"api.aws","implicitGlobalRegion":"us-gov-west-1","name":"aws-us-gov","supportsDualStack":true,"supportsFIPS":true} as PartitionResult, regions: new Set(["aws-us-gov-global","us-gov-east-1","us-gov-west-1"]) },
];

/**
 * `aws.partition`, as the AWS SDKs define it: the partition that lists the region, else the first whose pattern
 * matches it, else `aws`. @internal
 */
export function partition(region: string): PartitionResult {
  const found =
    PARTITIONS.find((p) => p.regions.has(region)) ??
    PARTITIONS.find((p) => p.regionRegex.test(region)) ??
    PARTITIONS[0];
  return { ...(found as (typeof PARTITIONS)[number]).outputs };
}

/** The endpoint rules, compiled from the spec's `smithy.rules#endpointRuleSet`. @internal */
export function evaluateEndpointRules(params: EndpointRuleParams): { url: string; headers: Record<string, string[]> } {
  const $UseDualStack = params.UseDualStack ?? false;
  const $UseFIPS = params.UseFIPS ?? false;
  const $Region = params.Region;
  const $Endpoint = params.Endpoint;
  if (($Endpoint !== undefined && $Endpoint !== null)) {
    if (($UseFIPS === true)) {
      throw new Error("Invalid Configuration: FIPS and custom endpoint are not supported");
    }
    if (($UseDualStack === true)) {
      throw new Error("Invalid Configuration: Dualstack and custom endpoint are not supported");
    }
    return { url: $Endpoint, headers: {} };
  }
  if (($Region !== undefined && $Region !== null)) {
    {
      const $PartitionResult = partition($Region);
      if (holds($PartitionResult)) {
        if (($UseFIPS === true)) {
          if (($UseDualStack === true)) {
            if ((true === $PartitionResult?.supportsFIPS)) {
              if ((true === $PartitionResult?.supportsDualStack)) {
                return { url: `https://servicecatalog-fips.${$Region}.${$PartitionResult?.dualStackDnsSuffix}`, headers: {} };
              }
            }
            throw new Error("FIPS and DualStack are enabled, but this partition does not support one or both");
          }
        }
        if (($UseFIPS === true)) {
          if (($PartitionResult?.supportsFIPS === true)) {
            return { url: `https://servicecatalog-fips.${$Region}.${$PartitionResult?.dnsSuffix}`, headers: {} };
          }
          throw new Error("FIPS is enabled but this partition does not support FIPS");
        }
        if (($UseDualStack === true)) {
          if ((true === $PartitionResult?.supportsDualStack)) {
            return { url: `https://servicecatalog.${$Region}.${$PartitionResult?.dualStackDnsSuffix}`, headers: {} };
          }
          throw new Error("DualStack is enabled but this partition does not support DualStack");
        }
        return { url: `https://servicecatalog.${$Region}.${$PartitionResult?.dnsSuffix}`, headers: {} };
      }
    }
    throw new Error("No endpoint rule matched");
  }
  throw new Error("Invalid Configuration: Missing Region");
}

/** A condition's value counts when it is set and not false. */
function holds(value: unknown): boolean {
  return value !== undefined && value !== null && value !== false;
}
