import type { ServiceTables } from "@svccat/model";
import type { Partitions } from "./emit-endpoint-rules.js";
import { TS_HEADER } from "./generated-header.js";

/** The part of a Smithy endpoint rule this reads: its kind, its conditions, its children and its URL. */
interface Rule {
  type: string;
  conditions?: Array<{ fn: string; argv: unknown[] }>;
  rules?: Rule[];
  endpoint?: { url: unknown };
}

/** One URL the rules can produce, with the partition attributes that must be true for the rules to produce it. */
interface EndpointTemplate {
  url: string;
  requires: string[];
}

/**
 * The service's host names, from the same two sources as the client's compiled endpoint rules: every URL template
 * of the spec's `smithy.rules#endpointRuleSet` (with the partition features its branch checks, such as
 * `supportsFIPS`), and every partition of spec/partitions.json. The fake's msw handlers match hosts with them, so a
 * region or partition the client can reach is one the fake answers on.
 */
export function emitServiceEndpoints(tables: ServiceTables, partitions: Partitions): string {
  const ruleSet = tables.service.endpointRuleSet as { rules?: Rule[] } | undefined;
  const templates = endpointTemplates(ruleSet?.rules ?? [], []);
  const data = {
    templates,
    partitions: partitions.partitions.map((p) => ({
      id: p.id,
      regionRegex: p.regionRegex,
      regions: p.regions,
      outputs: p.outputs,
    })),
  };
  return [
    TS_HEADER,
    "/**",
    " * The service's endpoint URL templates (from the spec's endpoint rules, each with the partition attributes its",
    " * branch requires) and AWS's partitions (spec/partitions.json). @public",
    " */",
    `export const serviceEndpoints = ${JSON.stringify(data, null, 2)} as const;`,
    "",
  ].join("\n");
}

/** Walks the rule tree, collecting each literal endpoint URL with the `getAttr(PartitionResult, x) == true` checks above it. */
function endpointTemplates(rules: readonly Rule[], requires: readonly string[]): EndpointTemplate[] {
  const found: EndpointTemplate[] = [];
  for (const rule of rules) {
    const needs = [...requires, ...(rule.conditions ?? []).flatMap(requiredAttribute)];
    if (rule.type === "tree") {
      found.push(...endpointTemplates(rule.rules ?? [], needs));
    } else if (rule.type === "endpoint" && typeof rule.endpoint?.url === "string") {
      found.push({ url: rule.endpoint.url, requires: [...new Set(needs)] });
    }
  }
  return found;
}

function requiredAttribute(condition: { fn: string; argv: unknown[] }): string[] {
  if (condition.fn !== "booleanEquals" || !condition.argv.includes(true)) {
    return [];
  }
  for (const arg of condition.argv) {
    const call = arg as { fn?: string; argv?: unknown[] };
    if (call.fn === "getAttr" && typeof call.argv?.[1] === "string") {
      return [call.argv[1]];
    }
  }
  return [];
}
