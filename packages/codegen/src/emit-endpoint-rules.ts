import { readFile } from "node:fs/promises";
import type { ServiceTables } from "@svccat/model";
import type { GeneratedFile } from "./generated-files.js";
import { TS_HEADER } from "./generated-header.js";

/** AWS's partitions as spec/partitions.json has them. */
export interface Partitions {
  partitions: Array<{
    id: string;
    regionRegex: string;
    outputs: Record<string, string | boolean>;
    regions: string[];
  }>;
}

/** Reads spec/partitions.json, with a message that names the file when it cannot. */
export async function loadPartitions(file: string): Promise<Partitions> {
  let parsed: Partitions;
  try {
    parsed = JSON.parse(await readFile(file, "utf8")) as Partitions;
  } catch (error) {
    throw new Error(`${file}: cannot read the partitions (${(error as Error).message})`);
  }
  if (!Array.isArray(parsed.partitions) || !parsed.partitions.some((p) => p.id === "aws")) {
    throw new Error(`${file}: expected { "partitions": [...] } with an "aws" partition`);
  }
  return parsed;
}

/**
 * The regions a partition's list must keep: those `aws.partition` would not find through the patterns. The rest
 * resolve the same without a list (the first partition whose pattern matches, else `aws`), and every name is
 * bytes in every browser bundle; a region listed twice stays only with the first partition, which wins it.
 */
function regionsToList(partitions: Partitions, partition: Partitions["partitions"][number]): string[] {
  const all = partitions.partitions;
  const aws = all.find((p) => p.id === "aws");
  const byPattern = (region: string) => all.find((p) => new RegExp(p.regionRegex).test(region)) ?? aws;
  const byList = (region: string) => all.find((p) => p.regions.includes(region));
  return partition.regions.filter((region) => byList(region) === partition && byPattern(region) !== partition);
}

/** The part of a Smithy endpoint rule set this compiler reads. */
interface RuleSet {
  parameters: Record<string, { type: string; required?: boolean; default?: unknown; builtIn?: string }>;
  rules: Rule[];
}
interface Rule {
  type: "tree" | "endpoint" | "error";
  conditions: Condition[];
  rules?: Rule[];
  endpoint?: { url: Expression; headers?: Record<string, Expression[]> };
  error?: Expression;
}
interface Condition {
  fn: string;
  argv: Expression[];
  assign?: string;
}
type Expression = string | boolean | number | { ref: string } | { fn: string; argv: Expression[] };

/**
 * Compiles the service's endpoint rule set into a function, at generation time, so that the client needs neither
 * the rule engine nor the rule set at run time, nor the AWS SDK's partition module: the partitions come from
 * spec/partitions.json. It reads the functions Service Catalog's rules use (`isSet`, `not`,
 * `booleanEquals`, `stringEquals`, `getAttr`, `aws.partition`) and refuses any other, naming it, so a rule set that
 * needs more fails at `pnpm generate`, not in a user's request. The client's tests hold the compiled function to
 * Smithy's own rule engine for every region, partition and flag combination they try.
 */
export function emitEndpointRules(tables: ServiceTables, partitions: Partitions, directory: string): GeneratedFile {
  const ruleSet = tables.service.endpointRuleSet as RuleSet;
  const params = Object.entries(ruleSet.parameters);
  const paramType = (type: string) => (type === "boolean" ? "boolean" : type === "stringArray" ? "string[]" : "string");
  const lines = [
    "",
    "/** The inputs of the service's endpoint rules. @internal */",
    "export interface EndpointRuleParams {",
    ...params.map(
      ([name, p]) => `  ${name}${p.required === true && p.default !== undefined ? "" : "?"}: ${paramType(p.type)};`,
    ),
    "}",
    "",
    "/** What `aws.partition` answers for a region. @internal */",
    "export interface PartitionResult {",
    "  name: string;",
    "  dnsSuffix: string;",
    "  dualStackDnsSuffix: string;",
    "  supportsFIPS: boolean;",
    "  supportsDualStack: boolean;",
    "  [attribute: string]: unknown;",
    "}",
    "",
    "/**",
    " * AWS's partitions, from spec/partitions.json: the pattern of each, what they offer, and the regions their",
    " * patterns alone would place elsewhere.",
    " */",
    `const PARTITIONS: ReadonlyArray<{ regionRegex: RegExp; outputs: PartitionResult; regions: ReadonlySet<string> }> = [`,
    ...partitions.partitions.map(
      (p) =>
        `  { regionRegex: new RegExp(${JSON.stringify(p.regionRegex)}), outputs: ${JSON.stringify(p.outputs)} as PartitionResult, regions: new Set(${JSON.stringify(regionsToList(partitions, p))}) },`,
    ),
    "];",
    "",
    "/**",
    " * `aws.partition`, as the AWS SDKs define it: the partition that lists the region, else the first whose pattern",
    " * matches it, else `aws`. @internal",
    " */",
    "export function partition(region: string): PartitionResult {",
    "  const found =",
    "    PARTITIONS.find((p) => p.regions.has(region)) ??",
    "    PARTITIONS.find((p) => p.regionRegex.test(region)) ??",
    `    PARTITIONS[${partitions.partitions.findIndex((p) => p.id === "aws")}];`,
    "  return { ...(found as (typeof PARTITIONS)[number]).outputs };",
    "}",
    "",
    "/** The endpoint rules, compiled from the spec's `smithy.rules#endpointRuleSet`. @internal */",
    "export function evaluateEndpointRules(params: EndpointRuleParams): { url: string; headers: Record<string, string[]> } {",
    ...params
      .filter(([, p]) => p.default !== undefined)
      .map(([name, p]) => `  const ${local(name)} = params.${name} ?? ${JSON.stringify(p.default)};`),
    ...params.filter(([, p]) => p.default === undefined).map(([name]) => `  const ${local(name)} = params.${name};`),
    ...compileRules(ruleSet.rules, "  ", new Set(params.map(([name]) => name))),
    ...(ruleSet.rules.length === 0 || fallsThrough(ruleSet.rules[ruleSet.rules.length - 1] as Rule)
      ? ['  throw new Error("No endpoint rule matched");']
      : []),
    "}",
    "",
    "/** A condition's value counts when it is set and not false. */",
    "function holds(value: unknown): boolean {",
    "  return value !== undefined && value !== null && value !== false;",
    "}",
    "",
  ];
  return { path: `${directory}/endpoint-rules.gen.ts`, contents: `${TS_HEADER}${lines.join("\n")}` };
}

function local(name: string): string {
  return `$${name}`;
}

function compileRules(rules: Rule[], indent: string, scope: Set<string>): string[] {
  return rules.flatMap((rule) => compileRule(rule, indent, new Set(scope)));
}

function compileRule(rule: Rule, indent: string, scope: Set<string>): string[] {
  const lines: string[] = [];
  const closers: string[] = [];
  let depth = indent;
  for (const condition of rule.conditions) {
    const value = expression({ fn: condition.fn, argv: condition.argv }, scope);
    if (condition.assign !== undefined) {
      // A block of its own, so the assigned name is scoped to the rule as the rules language scopes it.
      const name = local(condition.assign);
      lines.push(`${depth}{`, `${depth}  const ${name} = ${value};`, `${depth}  if (holds(${name})) {`);
      closers.push(`${depth}}`, `${depth}  }`);
      scope.add(condition.assign);
      depth += "    ";
    } else {
      lines.push(`${depth}if (${value}) {`);
      closers.push(`${depth}}`);
      depth += "  ";
    }
  }
  switch (rule.type) {
    case "tree": {
      const children = rule.rules ?? [];
      lines.push(...compileRules(children, depth, scope));
      // A tree whose conditions hold must end in one of its rules.
      if (children.length === 0 || fallsThrough(children[children.length - 1] as Rule)) {
        lines.push(`${depth}throw new Error("No endpoint rule matched");`);
      }
      break;
    }
    case "endpoint": {
      const headers = Object.entries(rule.endpoint?.headers ?? {}).map(
        ([name, values]) => `${JSON.stringify(name)}: [${values.map((v) => expression(v, scope)).join(", ")}]`,
      );
      lines.push(
        `${depth}return { url: ${expression(rule.endpoint?.url ?? "", scope)}, headers: {${headers.length === 0 ? "" : ` ${headers.join(", ")} `}} };`,
      );
      break;
    }
    case "error":
      lines.push(`${depth}throw new Error(${expression(rule.error ?? "", scope)});`);
      break;
    default:
      throw new Error(`endpoint rule set: unknown rule type ${(rule as { type: string }).type}`);
  }
  return [...lines, ...closers.reverse()];
}

/** Whether evaluation can pass a rule by: it has conditions that may fail, or it is a tree that can. */
function fallsThrough(rule: Rule): boolean {
  if (rule.conditions.length > 0) {
    return true;
  }
  const children = rule.rules ?? [];
  return rule.type === "tree" && (children.length === 0 || fallsThrough(children[children.length - 1] as Rule));
}

function expression(expr: Expression, scope: Set<string>): string {
  if (typeof expr === "string") {
    return template(expr, scope);
  }
  if (typeof expr === "boolean" || typeof expr === "number") {
    return JSON.stringify(expr);
  }
  if ("ref" in expr) {
    if (!scope.has(expr.ref)) {
      throw new Error(`endpoint rule set: reference to ${expr.ref}, which is neither a parameter nor assigned`);
    }
    return local(expr.ref);
  }
  const args = expr.argv.map((arg) => expression(arg, scope));
  switch (expr.fn) {
    case "isSet":
      return `(${args[0]} !== undefined && ${args[0]} !== null)`;
    case "not":
      return `!(${args[0]})`;
    case "booleanEquals":
    case "stringEquals":
      return `(${args[0]} === ${args[1]})`;
    case "getAttr": {
      const path = expr.argv[1];
      if (typeof path !== "string" || !/^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$/.test(path)) {
        throw new Error(`endpoint rule set: getAttr path ${JSON.stringify(path)} is not supported`);
      }
      return `${args[0]}?.${path.split(".").join("?.")}`;
    }
    case "aws.partition":
      return `partition(${args[0]})`;
    default:
      throw new Error(`endpoint rule set: the function ${expr.fn} is not supported by svccat's rule compiler`);
  }
}

/** `"https://x.{Region}.{PartitionResult#dnsSuffix}"` → a template literal over the compiled values. */
function template(text: string, scope: Set<string>): string {
  if (!text.includes("{")) {
    return JSON.stringify(text);
  }
  const parts = text.split(/(\{[^{}]+\})/).map((part) => {
    const match = /^\{([A-Za-z0-9_]+)(?:#([A-Za-z0-9_.]+))?\}$/.exec(part);
    if (match === null) {
      return part.replace(/[`\\$]/g, (c) => `\\${c}`);
    }
    const [, name, attribute] = match as unknown as [string, string, string | undefined];
    const base = expression({ ref: name }, scope);
    return `\${${attribute === undefined ? base : `${base}?.${attribute.split(".").join("?.")}`}}`;
  });
  return `\`${parts.join("")}\``;
}
