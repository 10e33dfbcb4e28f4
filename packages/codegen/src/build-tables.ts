import type {
  ArnForm,
  DefaultValue,
  ElementTable,
  ErrorTable,
  LengthConstraint,
  MemberTable,
  OperationTable,
  PagingTable,
  QueryTable,
  RangeConstraint,
  ServiceTables,
  ShapeTable,
  TimestampFormat,
  ValueConstraints,
  WaiterTable,
} from "@svccat/model";

import {
  type AstShape,
  closureOf,
  type MemberShape,
  mergedPaging,
  NUMBER_TYPES,
  namespaceOf,
  PRELUDE_SHAPES,
  type SmithyAst,
  shortName,
  TRAIT,
  type Traits,
} from "./smithy-ast.js";

/** awsJson1_1 sends timestamps as epoch seconds unless a @timestampFormat says otherwise. */
const PROTOCOL_TIMESTAMP_FORMAT: TimestampFormat = "epoch-seconds";
const AWS_JSON_1_1_CONTENT_TYPE = "application/x-amz-json-1.1";

/**
 * Turns a checked spec into the runtime tables. Shapes are keyed by short name (unique within the service, which
 * `checkSpec` enforces) and listed in the spec's own order, so the output is stable from run to run.
 */
export function buildTables(ast: SmithyAst): ServiceTables {
  const shapes = ast.shapes;
  const [serviceId, service] = Object.entries(shapes).find(([, s]) => s.type === "service") as [string, AstShape];
  const closure = new Set(closureOf(serviceId, shapes));
  const inOrder = Object.keys(shapes).filter((id) => closure.has(id));

  const shapeTables: Record<string, ShapeTable> = {};
  const operations: Record<string, OperationTable> = {};
  const errors: Record<string, ErrorTable> = {};
  const resolve = (id: string): AstShape => shapes[id] ?? { type: PRELUDE_SHAPES[id] ?? "structure" };

  for (const id of inOrder) {
    const shape = shapes[id] as AstShape;
    const name = shortName(id);
    if (shape.type === "operation") {
      operations[name] = operationTable(name, shape, serviceId, resolve);
      continue;
    }
    if (shape.type === "service") {
      continue;
    }
    shapeTables[name] = shapeTable(shape, resolve);
    if (shape.type === "structure" && typeof shape.traits?.[TRAIT.error] === "string") {
      const fault = shape.traits[TRAIT.error] as "client" | "server";
      const httpError = shape.traits[TRAIT.httpError];
      errors[name] = {
        shape: name,
        fault,
        httpStatus: typeof httpError === "number" ? httpError : fault === "client" ? 400 : 500,
      };
    }
  }
  // Members may target prelude shapes (smithy.api#String); the tables describe those too, so a lookup never misses.
  for (const table of Object.values(shapeTables)) {
    for (const target of targetsOf(table)) {
      if (PRELUDE_SHAPES[target] !== undefined && target !== "smithy.api#Unit" && shapeTables[target] === undefined) {
        shapeTables[target] = shapeTable(resolve(target), resolve);
      }
    }
  }

  const aws = service.traits?.[TRAIT.awsService] as Record<string, string>;
  const sigv4 = service.traits?.[TRAIT.sigv4] as { name: string };
  return {
    service: {
      shapeId: serviceId,
      namespace: namespaceOf(serviceId),
      name: shortName(serviceId),
      version: service.version ?? "",
      title: stringTrait(service.traits, TRAIT.title) ?? shortName(serviceId),
      sdkId: aws.sdkId ?? "",
      protocol: "awsJson1_1",
      contentType: AWS_JSON_1_1_CONTENT_TYPE,
      signingName: sigv4.name,
      endpointPrefix: aws.endpointPrefix ?? "",
      arnNamespace: aws.arnNamespace ?? aws.endpointPrefix ?? "",
      endpointRuleSet: service.traits?.[TRAIT.endpointRuleSet],
      ...documentation(service.traits),
    },
    operations,
    errors,
    shapes: shapeTables,
  };
}

function operationTable(
  name: string,
  operation: AstShape,
  serviceId: string,
  resolve: (id: string) => AstShape,
): OperationTable {
  const paging = mergedPaging(operation.traits);
  let paginated: PagingTable | null = null;
  if (paging?.inputToken !== undefined && paging.outputToken !== undefined) {
    paginated = {
      inputToken: paging.inputToken,
      outputToken: paging.outputToken,
      ...(paging.pageSize === undefined ? {} : { pageSize: paging.pageSize }),
      ...(paging.items === undefined ? {} : { items: paging.items }),
      ...(paging.order === undefined ? {} : { order: paging.order }),
    };
  }
  return {
    name,
    target: `${shortName(serviceId)}.${name}`,
    input: shortName(operation.input?.target ?? ""),
    output: shortName(operation.output?.target ?? ""),
    errors: (operation.errors ?? []).map((ref) => shortName(ref.target)),
    paginated,
    ...idempotencyTokenOf(operation.input?.target === undefined ? undefined : resolve(operation.input.target)),
    ...queryTable(operation.traits),
    ...waitersOf(operation.traits),
    ...documentation(operation.traits),
  };
}

/** The waiters as `checkSpec` has let them through: dotted output paths and error types only. */
function waitersOf(traits: AstShape["traits"]): { waiters?: Record<string, WaiterTable> } {
  const raw = traits?.[TRAIT.waitable] as Record<string, Partial<WaiterTable>> | undefined;
  if (raw === undefined) {
    return {};
  }
  const waiters: Record<string, WaiterTable> = {};
  for (const [name, waiter] of Object.entries(raw)) {
    waiters[name] = {
      ...(waiter.documentation === undefined ? {} : { documentation: waiter.documentation }),
      // Smithy's defaults.
      minDelay: waiter.minDelay ?? 2,
      maxDelay: waiter.maxDelay ?? 120,
      acceptors: waiter.acceptors ?? [],
    };
  }
  return { waiters };
}

function idempotencyTokenOf(input: AstShape | undefined): { idempotencyToken?: string } {
  const found = Object.entries(input?.members ?? {}).find(
    ([, member]) => member.traits !== undefined && TRAIT.idempotencyToken in member.traits,
  );
  return found === undefined ? {} : { idempotencyToken: found[0] };
}

function queryTable(traits: AstShape["traits"]): { query?: QueryTable } {
  const raw = traits?.[TRAIT.svccatSearchQuery] as
    | { filterKey?: string; fields?: Record<string, string>; sortFields?: Record<string, string>; totalCount?: string }
    | undefined;
  if (raw?.filterKey === undefined) {
    return {};
  }
  return {
    query: {
      filterKey: raw.filterKey,
      fields: { ...raw.fields },
      sortFields: { ...raw.sortFields },
      ...(raw.totalCount === undefined ? {} : { totalCount: raw.totalCount }),
    },
  };
}

function shapeTable(shape: AstShape, resolve: (id: string) => AstShape): ShapeTable {
  const doc = documentation(shape.traits);
  switch (shape.type) {
    case "structure": {
      const members: Record<string, MemberTable> = {};
      for (const [name, member] of Object.entries(shape.members ?? {})) {
        members[name] = memberTable(member, resolve);
      }
      const fault = shape.traits?.[TRAIT.error];
      return {
        type: "structure",
        members,
        ...(fault === "client" || fault === "server" ? { error: fault } : {}),
        ...doc,
      };
    }
    case "list":
      return {
        type: "list",
        member: elementTable(shape.member as MemberShape, resolve),
        ...lengthOf(shape.traits),
        ...doc,
      };
    case "map":
      return {
        type: "map",
        key: elementTable(shape.key as MemberShape, resolve),
        value: elementTable(shape.value as MemberShape, resolve),
        ...lengthOf(shape.traits),
        ...doc,
      };
    case "enum":
      return {
        type: "enum",
        values: Object.entries(shape.members ?? {}).map(([name, member]) => ({
          name,
          value: stringTrait(member.traits, TRAIT.enumValue) ?? name,
          ...documentation(member.traits),
        })),
        ...doc,
      };
    case "string":
      return { type: "string", ...lengthOf(shape.traits), ...patternOf(shape.traits), ...doc };
    case "boolean": {
      const value = shape.traits?.[TRAIT.default];
      return { type: "boolean", ...(typeof value === "boolean" ? { default: value } : {}), ...doc };
    }
    case "timestamp":
      return {
        type: "timestamp",
        timestampFormat: timestampFormatOf(shape.traits) ?? PROTOCOL_TIMESTAMP_FORMAT,
        ...doc,
      };
    default: {
      if (!NUMBER_TYPES.has(shape.type)) {
        throw new Error(`buildTables: shape type ${shape.type} passed checkSpec but has no table form`);
      }
      const value = shape.traits?.[TRAIT.default];
      return {
        type: shape.type as "integer",
        ...rangeOf(shape.traits),
        ...(typeof value === "number" ? { default: value } : {}),
        ...doc,
      };
    }
  }
}

function memberTable(member: MemberShape, resolve: (id: string) => AstShape): MemberTable {
  const traits = member.traits;
  return {
    target: shortName(member.target),
    required: traits !== undefined && TRAIT.required in traits,
    ...(traits !== undefined && TRAIT.default in traits ? { default: traits[TRAIT.default] as DefaultValue } : {}),
    ...constraintsOf(member, resolve),
    ...(traits !== undefined && TRAIT.svccatArn in traits ? { arn: traits[TRAIT.svccatArn] as ArnForm } : {}),
    ...documentation(traits),
  };
}

function elementTable(ref: MemberShape, resolve: (id: string) => AstShape): ElementTable {
  return { target: shortName(ref.target), ...constraintsOf(ref, resolve) };
}

/** A member trait wins over the same trait on its target, as Smithy specifies. */
function constraintsOf(ref: MemberShape, resolve: (id: string) => AstShape): ValueConstraints {
  const target = resolve(ref.target);
  const traits: Traits = { ...target.traits, ...ref.traits };
  const enumValues =
    target.type === "enum"
      ? Object.entries(target.members ?? {}).map(([name, m]) => stringTrait(m.traits, TRAIT.enumValue) ?? name)
      : undefined;
  const timestampFormat =
    target.type === "timestamp" ? (timestampFormatOf(traits) ?? PROTOCOL_TIMESTAMP_FORMAT) : undefined;
  return {
    ...lengthOf(traits),
    ...rangeOf(traits),
    ...patternOf(traits),
    ...(enumValues === undefined ? {} : { enum: enumValues }),
    ...(timestampFormat === undefined ? {} : { timestampFormat }),
  };
}

function lengthOf(traits: Traits | undefined): { length?: LengthConstraint } {
  const value = traits?.[TRAIT.length] as LengthConstraint | undefined;
  return value === undefined ? {} : { length: bounds(value) };
}

function rangeOf(traits: Traits | undefined): { range?: RangeConstraint } {
  const value = traits?.[TRAIT.range] as RangeConstraint | undefined;
  return value === undefined ? {} : { range: bounds(value) };
}

function bounds(value: { min?: number; max?: number }): { min?: number; max?: number } {
  return {
    ...(value.min === undefined ? {} : { min: value.min }),
    ...(value.max === undefined ? {} : { max: value.max }),
  };
}

function patternOf(traits: Traits | undefined): { pattern?: string } {
  const value = stringTrait(traits, TRAIT.pattern);
  return value === undefined ? {} : { pattern: value };
}

function timestampFormatOf(traits: Traits | undefined): TimestampFormat | undefined {
  return stringTrait(traits, TRAIT.timestampFormat) as TimestampFormat | undefined;
}

function documentation(traits: Traits | undefined): { documentation?: string } {
  const value = stringTrait(traits, TRAIT.documentation);
  return value === undefined ? {} : { documentation: value };
}

function stringTrait(traits: Traits | undefined, trait: string): string | undefined {
  const value = traits?.[trait];
  return typeof value === "string" ? value : undefined;
}

function targetsOf(table: ShapeTable): string[] {
  switch (table.type) {
    case "structure":
      return Object.values(table.members).map((m) => m.target);
    case "list":
      return [table.member.target];
    case "map":
      return [table.key.target, table.value.target];
    default:
      return [];
  }
}
