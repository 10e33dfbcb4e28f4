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
    if (!regions.includes(region) && !new RegExp(partition.regionRegex).test(region)) {
      return `names region '${region}', which partition ${partitionId} does not have (${expected})`;
    }
  } else if (region !== "") {
    return `names a region, which ${form.services.join(" and ")} ARNs never do (${expected})`;
  }
  if (!/^\d{12}$/.test(account)) {
    return `names account '${account}', not twelve digits (${expected})`;
  }
  if (!resourcePattern(form.resource, structure).test(resource)) {
    return `has resource '${resource}' (${expected})`;
  }
  return undefined;
}

/** The template as a pattern: literal text escaped, `{Member}` the member's value, `*` any non-empty text. */
function resourcePattern(template: string, structure: Readonly<Record<string, unknown>>): RegExp {
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

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
}
