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

/**
 * AWS's partitions, from spec/partitions.json: the pattern of each, what they offer, and the regions their
 * patterns alone would place elsewhere.
 */
const PARTITIONS: ReadonlyArray<{ regionRegex: RegExp; outputs: PartitionResult; regions: ReadonlySet<string> }> = [
  { regionRegex: new RegExp("^(us|eu|ap|sa|ca|me|af|il|mx)\\-\\w+\\-\\d+$"), outputs: {"dnsSuffix":"amazonaws.com","dualStackDnsSuffix":"api.aws","implicitGlobalRegion":"us-east-1","name":"aws","supportsDualStack":true,"supportsFIPS":true} as PartitionResult, regions: new Set([]) },
  { regionRegex: new RegExp("^cn\\-\\w+\\-\\d+$"), outputs: {"dnsSuffix":"amazonaws.com.cn","dualStackDnsSuffix":"api.amazonwebservices.com.cn","implicitGlobalRegion":"cn-northwest-1","name":"aws-cn","supportsDualStack":true,"supportsFIPS":true} as PartitionResult, regions: new Set(["aws-cn-global"]) },
  { regionRegex: new RegExp("^eusc\\-(de)\\-\\w+\\-\\d+$"), outputs: {"dnsSuffix":"amazonaws.eu","dualStackDnsSuffix":"api.amazonwebservices.eu","implicitGlobalRegion":"eusc-de-east-1","name":"aws-eusc","supportsDualStack":true,"supportsFIPS":true} as PartitionResult, regions: new Set([]) },
  { regionRegex: new RegExp("^us\\-iso\\-\\w+\\-\\d+$"), outputs: {"dnsSuffix":"c2s.ic.gov","dualStackDnsSuffix":"api.aws.ic.gov","implicitGlobalRegion":"us-iso-east-1","name":"aws-iso","supportsDualStack":true,"supportsFIPS":true} as PartitionResult, regions: new Set(["aws-iso-global"]) },
  { regionRegex: new RegExp("^us\\-isob\\-\\w+\\-\\d+$"), outputs: {"dnsSuffix":"sc2s.sgov.gov","dualStackDnsSuffix":"api.aws.scloud","implicitGlobalRegion":"us-isob-east-1","name":"aws-iso-b","supportsDualStack":true,"supportsFIPS":true} as PartitionResult, regions: new Set(["aws-iso-b-global"]) },
  { regionRegex: new RegExp("^eu\\-isoe\\-\\w+\\-\\d+$"), outputs: {"dnsSuffix":"cloud.adc-e.uk","dualStackDnsSuffix":"api.cloud-aws.adc-e.uk","implicitGlobalRegion":"eu-isoe-west-1","name":"aws-iso-e","supportsDualStack":true,"supportsFIPS":true} as PartitionResult, regions: new Set(["aws-iso-e-global"]) },
  { regionRegex: new RegExp("^us\\-isof\\-\\w+\\-\\d+$"), outputs: {"dnsSuffix":"csp.hci.ic.gov","dualStackDnsSuffix":"api.aws.hci.ic.gov","implicitGlobalRegion":"us-isof-south-1","name":"aws-iso-f","supportsDualStack":true,"supportsFIPS":true} as PartitionResult, regions: new Set(["aws-iso-f-global"]) },
  { regionRegex: new RegExp("^us\\-gov\\-\\w+\\-\\d+$"), outputs: {"dnsSuffix":"amazonaws.com","dualStackDnsSuffix":"api.aws","implicitGlobalRegion":"us-gov-west-1","name":"aws-us-gov","supportsDualStack":true,"supportsFIPS":true} as PartitionResult, regions: new Set(["aws-us-gov-global"]) },
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
