/**
 * The part of the Smithy 2.0 JSON AST (https://smithy.io/2.0/spec/json-ast.html) that svccat's spec uses.
 * Values come from a hand-edited file, so every field is checked by `checkSpec` before anything trusts it.
 */

/** Trait values are free-form JSON keyed by absolute trait id. */
export type Traits = Record<string, unknown>;

interface ShapeReference {
  target: string;
}

export interface MemberShape extends ShapeReference {
  traits?: Traits;
}

export interface AstShape {
  type: string;
  traits?: Traits;
  /** structure, union, enum, intEnum */
  members?: Record<string, MemberShape>;
  /** list, set */
  member?: MemberShape;
  /** map */
  key?: MemberShape;
  value?: MemberShape;
  /** operation */
  input?: ShapeReference;
  output?: ShapeReference;
  errors?: ShapeReference[];
  /** service */
  version?: string;
  operations?: ShapeReference[];
  resources?: ShapeReference[];
}

export interface SmithyAst {
  smithy: string;
  metadata?: Record<string, unknown>;
  shapes: Record<string, AstShape>;
}

const PRELUDE_NAMESPACE = "smithy.api";

/** Prelude shapes a member may target without defining them (smithy.api#String and friends). */
export const PRELUDE_SHAPES: Readonly<Record<string, string>> = {
  "smithy.api#String": "string",
  "smithy.api#Boolean": "boolean",
  "smithy.api#PrimitiveBoolean": "boolean",
  "smithy.api#Byte": "byte",
  "smithy.api#PrimitiveByte": "byte",
  "smithy.api#Short": "short",
  "smithy.api#PrimitiveShort": "short",
  "smithy.api#Integer": "integer",
  "smithy.api#PrimitiveInteger": "integer",
  "smithy.api#Long": "long",
  "smithy.api#PrimitiveLong": "long",
  "smithy.api#Float": "float",
  "smithy.api#PrimitiveFloat": "float",
  "smithy.api#Double": "double",
  "smithy.api#PrimitiveDouble": "double",
  "smithy.api#Timestamp": "timestamp",
  "smithy.api#Unit": "structure",
};

/** Every shape type of Smithy 2.0, so that a typo reads differently from a real type svccat does not generate. */
export const SMITHY_SHAPE_TYPES = new Set([
  "blob",
  "boolean",
  "string",
  "byte",
  "short",
  "integer",
  "long",
  "float",
  "double",
  "bigInteger",
  "bigDecimal",
  "timestamp",
  "document",
  "enum",
  "intEnum",
  "list",
  "set",
  "map",
  "structure",
  "union",
  "member",
  "service",
  "operation",
  "resource",
]);

/** The shape types svccat's generators turn into tables, schemas and types. */
export const SUPPORTED_SHAPE_TYPES = new Set([
  "boolean",
  "string",
  "byte",
  "short",
  "integer",
  "long",
  "float",
  "double",
  "timestamp",
  "enum",
  "list",
  "map",
  "structure",
  "service",
  "operation",
]);

export const NUMBER_TYPES = new Set(["byte", "short", "integer", "long", "float", "double"]);

/** Prelude and AWS traits the generators understand; anything else must be defined in the spec itself. */
export const KNOWN_TRAITS = new Set([
  "smithy.api#documentation",
  "smithy.api#title",
  "smithy.api#required",
  "smithy.api#default",
  "smithy.api#length",
  "smithy.api#range",
  "smithy.api#pattern",
  "smithy.api#enumValue",
  "smithy.api#error",
  "smithy.api#httpError",
  "smithy.api#retryable",
  "smithy.api#input",
  "smithy.api#output",
  "smithy.api#paginated",
  "smithy.api#readonly",
  "smithy.api#idempotent",
  "smithy.api#idempotencyToken",
  "smithy.api#deprecated",
  "smithy.api#sensitive",
  "smithy.api#timestampFormat",
  "smithy.api#trait",
  "smithy.api#examples",
  "smithy.api#clientOptional",
  "aws.api#service",
  "aws.auth#sigv4",
  "aws.protocols#awsJson1_1",
  "smithy.rules#endpointRuleSet",
  "smithy.rules#endpointTests",
  "smithy.waiters#waitable",
]);

export const TRAIT = {
  documentation: "smithy.api#documentation",
  title: "smithy.api#title",
  required: "smithy.api#required",
  default: "smithy.api#default",
  length: "smithy.api#length",
  range: "smithy.api#range",
  pattern: "smithy.api#pattern",
  enumValue: "smithy.api#enumValue",
  error: "smithy.api#error",
  httpError: "smithy.api#httpError",
  input: "smithy.api#input",
  output: "smithy.api#output",
  paginated: "smithy.api#paginated",
  idempotencyToken: "smithy.api#idempotencyToken",
  timestampFormat: "smithy.api#timestampFormat",
  trait: "smithy.api#trait",
  awsService: "aws.api#service",
  sigv4: "aws.auth#sigv4",
  awsJson1_1: "aws.protocols#awsJson1_1",
  endpointRuleSet: "smithy.rules#endpointRuleSet",
  waitable: "smithy.waiters#waitable",
  svccatPaginated: "svccat.traits#paginated",
  svccatSearchQuery: "svccat.traits#searchQuery",
  svccatArn: "svccat.traits#arn",
} as const;

/** `com.example#Foo` → `Foo`; prelude ids are kept whole so they can never clash with a service shape. */
export function shortName(shapeId: string): string {
  if (shapeId.startsWith(`${PRELUDE_NAMESPACE}#`)) {
    return shapeId;
  }
  const hash = shapeId.indexOf("#");
  return hash === -1 ? shapeId : shapeId.slice(hash + 1);
}

export function namespaceOf(shapeId: string): string {
  const hash = shapeId.indexOf("#");
  return hash === -1 ? "" : shapeId.slice(0, hash);
}

/** The members that name how an operation pages, in `smithy.api#paginated` and `svccat.traits#paginated`. */
const PAGING_KEYS = ["inputToken", "outputToken", "pageSize", "items", "order"] as const;
export type PagingKey = (typeof PAGING_KEYS)[number];

/** smithy.api#paginated with svccat.traits#paginated laid over it; null when neither is present. */
export function mergedPaging(traits: Traits | undefined): Partial<Record<PagingKey, string>> | null {
  const upstream = traits?.[TRAIT.paginated];
  const ours = traits?.[TRAIT.svccatPaginated];
  if (!isObject(upstream) && !isObject(ours)) {
    return null;
  }
  const merged: Partial<Record<PagingKey, string>> = {};
  for (const source of [upstream, ours]) {
    if (!isObject(source)) {
      continue;
    }
    for (const key of PAGING_KEYS) {
      const value = source[key];
      if (typeof value === "string") {
        merged[key] = value;
      }
    }
  }
  return merged;
}

/** Every shape id reachable from the service: operations, their inputs, outputs and errors, and all they target. */
export function closureOf(serviceId: string, shapes: Record<string, AstShape>): string[] {
  const seen = new Set<string>();
  const pending = [serviceId];
  // A work list, not recursion: a hand-edited spec may nest or cycle as deep as it likes.
  while (pending.length > 0) {
    const id = pending.pop() as string;
    const shape = shapes[id];
    if (seen.has(id) || shape === undefined) {
      continue;
    }
    seen.add(id);
    const refs: (ShapeReference | undefined)[] = [
      ...(shape.operations ?? []),
      shape.input,
      shape.output,
      ...(shape.errors ?? []),
      shape.member,
      shape.key,
      shape.value,
      ...(shape.type === "enum" ? [] : Object.values(shape.members ?? {})),
    ];
    // Pushed last-first, so shapes come out in the order a depth-first walk meets them (the tables keep it).
    for (let i = refs.length - 1; i >= 0; i--) {
      const target = refs[i]?.target;
      if (target !== undefined) {
        pending.push(target);
      }
    }
  }
  return [...seen];
}

/** The type of a shape, if it is an object with a string `type`. */
export function shapeType(shape: AstShape | undefined): string | undefined {
  return isObject(shape) && typeof shape.type === "string" ? shape.type : undefined;
}

export function hasTrait(shape: AstShape | undefined, trait: string): boolean {
  return isObject(shape) && isObject(shape.traits) && trait in shape.traits;
}

export function isObject(value: unknown): value is Record<string, unknown> & AstShape {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
