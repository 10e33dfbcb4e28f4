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

/** The endpoint rules, compiled from the spec's `smithy.rules#endpointRuleSet`. @internal */
export function evaluateEndpointRules(
  params: EndpointRuleParams,
  partition: (region: string) => PartitionResult | undefined,
): { url: string; headers: Record<string, string[]> } {
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
