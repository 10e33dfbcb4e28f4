import { serviceEndpoints } from "./__generated__/endpoints.gen.js";

/**
 * A regular expression that matches the URL of every Service Catalog endpoint the client's endpoint rules can
 * produce, in every partition, FIPS and dual-stack included, with the path `/` that awsJson1_1 posts to. It is
 * built from the spec's endpoint URL templates and AWS's partitions (`serviceEndpoints`): a template applies to a
 * partition when every attribute its rule branch checks (`supportsFIPS`, `supportsDualStack`) is true there; its
 * `{Region}` is any region the partition lists or its region pattern accepts.
 * @public
 */
export function serviceEndpointPattern(): RegExp {
  built ??= buildPattern();
  return built;
}

/** The data it is built from is generated and fixed: built once, on first use. */
let built: RegExp | undefined;

function buildPattern(): RegExp {
  const alternatives: string[] = [];
  for (const partition of serviceEndpoints.partitions) {
    const outputs = partition.outputs as Readonly<Record<string, string | boolean>>;
    const region = `(?:${[...partition.regions.map(escapeRegExp), unanchored(partition.regionRegex)].join("|")})`;
    for (const template of serviceEndpoints.templates) {
      if (!template.requires.every((attribute) => outputs[attribute] === true)) {
        continue;
      }
      let supported = true;
      const source = template.url
        .split(/(\{[^}]+\})/)
        .map((part) => {
          if (part === "{Region}") {
            return region;
          }
          const attribute = /^\{PartitionResult#(\w+)\}$/.exec(part)?.[1];
          if (attribute !== undefined) {
            const value = outputs[attribute];
            supported &&= typeof value === "string";
            return escapeRegExp(String(value));
          }
          return escapeRegExp(part);
        })
        .join("");
      if (supported) {
        alternatives.push(source);
      }
    }
  }
  return new RegExp(`^(?:${[...new Set(alternatives)].join("|")})/$`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
}

/** A partition's region pattern without its anchors, to embed in a larger pattern. */
function unanchored(pattern: string): string {
  return `(?:${pattern.replace(/^\^/, "").replace(/\$$/, "")})`;
}
