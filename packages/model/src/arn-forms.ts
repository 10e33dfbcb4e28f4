import { serviceEndpoints } from "./__generated__/endpoints.gen.js";
import type { ArnForm } from "./tables.js";

/**
 * Whether an ARN takes the form the spec records for its member (`svccat.traits#arn`): a partition of AWS's
 * (spec/partitions.json), one of the form's services, a region of that partition or none, a twelve-digit account,
 * and the resource template with `{Member}` read from `structure` and `*` as any non-empty text.
 * Returns undefined when it does, else what is wrong, in words that name the expected form.
 * @public
 */
export function arnFormViolation(
  form: ArnForm,
  value: string,
  structure: Readonly<Record<string, unknown>>,
): string | undefined {
  const expected = `arn:<partition>:${form.services.join("|")}:${form.regional ? "<region>" : ""}:<account>:${form.resource}`;
  const fields = /^arn:([^:]+):([^:]+):([^:]*):([^:]*):(.+)$/s.exec(value);
  if (fields === null) {
    return `is not an ARN (${expected})`;
  }
  const [, partitionId, service, region, account, resource] = fields as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const partition = serviceEndpoints.partitions.find((candidate) => candidate.id === partitionId);
  if (partition === undefined) {
    return `names partition '${partitionId}', which AWS does not have (${expected})`;
  }
  if (!form.services.includes(service)) {
    return `names service '${service}' (${expected})`;
  }
  if (form.regional) {
    const regions: readonly string[] = partition.regions;
    if (!regions.includes(region) && !compiled(partition.regionRegex).test(region)) {
      return `names region '${region}', which partition ${partitionId} does not have (${expected})`;
    }
  } else if (region !== "") {
    return `names a region, which ${form.services.join(" and ")} ARNs never do (${expected})`;
  }
  if (!/^\d{12}$/.test(account)) {
    return `names account '${account}', not twelve digits (${expected})`;
  }
  const literal = literalResource(form.resource, structure);
  if (literal !== undefined ? resource !== literal : !resourcePattern(form.resource, structure).test(resource)) {
    return `has resource '${resource}' (${expected})`;
  }
  return undefined;
}

/** Each partition's region pattern, compiled once: a store of 200,000 products checks as many ARNs. */
const regionPatterns = new Map<string, RegExp>();

function compiled(source: string): RegExp {
  let pattern = regionPatterns.get(source);
  if (pattern === undefined) {
    pattern = new RegExp(source);
    regionPatterns.set(source, pattern);
  }
  return pattern;
}

/** Templates that name no member make the same pattern every time: compiled once. */
const constantPatterns = new Map<string, RegExp>();

/** The template as a pattern: literal text escaped, `{Member}` the member's value, `*` any non-empty text. */
function resourcePattern(template: string, structure: Readonly<Record<string, unknown>>): RegExp {
  if (!template.includes("{")) {
    let pattern = constantPatterns.get(template);
    if (pattern === undefined) {
      pattern = buildPattern(template, structure);
      constantPatterns.set(template, pattern);
    }
    return pattern;
  }
  return buildPattern(template, structure);
}

function buildPattern(template: string, structure: Readonly<Record<string, unknown>>): RegExp {
  const source = template
    .split(/(\{[A-Za-z0-9_]+\}|\*)/)
    .map((part) => {
      if (part === "*") {
        return ".+";
      }
      const member = /^\{([A-Za-z0-9_]+)\}$/.exec(part)?.[1];
      if (member !== undefined) {
        const memberValue = Object.hasOwn(structure, member) ? structure[member] : undefined;
        // A member the structure lacks cannot be matched against: anything stands in for it.
        return typeof memberValue === "string" ? escapeRegExp(memberValue) : "[^/]+";
      }
      return escapeRegExp(part);
    })
    .join("");
  return new RegExp(`^${source}$`, "s");
}

/** A template without `*` whose members are all given is one exact text: compared as such, with no pattern. */
function literalResource(template: string, structure: Readonly<Record<string, unknown>>): string | undefined {
  if (template.includes("*")) {
    return undefined;
  }
  let missing = false;
  const text = template.replace(/\{([A-Za-z0-9_]+)\}/g, (_, member: string) => {
    const value = Object.hasOwn(structure, member) ? structure[member] : undefined;
    missing ||= typeof value !== "string";
    return typeof value === "string" ? value : "";
  });
  return missing ? undefined : text;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
}
