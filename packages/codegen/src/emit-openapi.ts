import type {
  ElementTable,
  MemberTable,
  OperationTable,
  ServiceTables,
  ShapeTable,
  ValueConstraints,
} from "@svccat/model";
import { GENERATED_NOTICE } from "./generated-header.js";

type JsonSchema = Record<string, unknown>;

/** Marks a timestamp that travels as epoch seconds; `emit-types.ts` turns it into `Date`. */
export const EPOCH_SECONDS_FORMAT = "epoch-seconds";

/**
 * The OpenAPI 3.1 document of the service.
 *
 * awsJson1_1 sends every operation as `POST /` and tells them apart by the `X-Amz-Target` header, while OpenAPI keys
 * operations by path. Each operation therefore gets the path `/#<X-Amz-Target value>`: unique per operation, and since
 * HTTP clients never send a URL's fragment, a generic client that follows the path still posts to `/`. The header
 * is also declared as a required parameter with a `const` value (decisions/0002-openapi-for-awsjson.md).
 */
export function emitOpenApi(tables: ServiceTables): JsonSchema {
  const { service } = tables;
  const schemas: Record<string, JsonSchema> = {};
  for (const [name, shape] of Object.entries(tables.shapes)) {
    if (isComponentName(name)) {
      schemas[name] = shapeSchema(shape, tables);
    }
  }
  const paths: Record<string, JsonSchema> = {};
  for (const operation of Object.values(tables.operations)) {
    paths[`/#${operation.target}`] = { post: operationObject(operation, tables) };
  }
  return {
    "x-generated": GENERATED_NOTICE,
    openapi: "3.1.0",
    info: {
      title: service.title,
      version: service.version,
      ...(service.documentation === undefined ? {} : { description: service.documentation }),
      "x-smithy-service": service.shapeId,
      "x-aws-sdk-id": service.sdkId,
    },
    servers: [
      {
        url: `https://${service.endpointPrefix}.{region}.amazonaws.com`,
        description:
          "The service's regional endpoint in the aws partition; other partitions follow the endpoint rule set.",
        variables: { region: { default: "us-east-1" } },
      },
    ],
    security: [{ sigv4: [] }],
    paths,
    components: {
      schemas,
      securitySchemes: {
        sigv4: {
          type: "apiKey",
          name: "Authorization",
          in: "header",
          description: `AWS Signature Version 4, signing name \`${service.signingName}\`.`,
          "x-amazon-apigateway-authtype": "awsSigv4",
          "x-aws-signing-name": service.signingName,
        },
      },
    },
    "x-aws-protocol": service.protocol,
  };
}

function operationObject(operation: OperationTable, tables: ServiceTables): JsonSchema {
  const contentType = tables.service.contentType;
  const requestId = {
    description: "The request id AWS assigns; quote it to AWS support.",
    schema: { type: "string" },
  };
  const errorBody = {
    description: "Who sent it and what went wrong: `__type` names the error, `message` (or `Message`) says why.",
    type: "object",
    properties: { __type: { type: "string" }, message: { type: "string" }, Message: { type: "string" } },
  };
  const modelled = operation.errors.map((name) => ({
    allOf: [ref(name), { type: "object", properties: { __type: { type: "string", const: name } } }],
  }));
  return {
    operationId: operation.name,
    ...(operation.documentation === undefined
      ? {}
      : { summary: firstSentence(operation.documentation), description: operation.documentation }),
    parameters: [
      {
        name: "X-Amz-Target",
        in: "header",
        required: true,
        description: "Selects the operation; every operation is sent to `POST /`.",
        schema: { type: "string", const: operation.target },
      },
    ],
    requestBody: { required: true, content: { [contentType]: { schema: ref(operation.input) } } },
    responses: {
      "200": {
        description: "Success.",
        headers: { "x-amzn-RequestId": requestId },
        content: { [contentType]: { schema: ref(operation.output) } },
      },
      "400": {
        description: "A modelled error, or a framework error such as ValidationException or ThrottlingException.",
        headers: {
          "x-amzn-RequestId": requestId,
          "x-amzn-ErrorType": {
            description: "The error's name, when the service sends it.",
            schema: { type: "string" },
          },
        },
        content: { [contentType]: { schema: modelled.length === 0 ? errorBody : { anyOf: [...modelled, errorBody] } } },
      },
      default: {
        description: "A server-side failure (InternalFailure, ServiceUnavailable) or an error outside the model.",
        headers: { "x-amzn-RequestId": requestId },
        content: { [contentType]: { schema: errorBody } },
      },
    },
    "x-amz-target": operation.target,
    ...(operation.paginated === null ? {} : { "x-svccat-paginated": operation.paginated }),
    ...(operation.query === undefined ? {} : { "x-svccat-query": operation.query }),
  };
}

function shapeSchema(shape: ShapeTable, tables: ServiceTables): JsonSchema {
  const doc = shape.documentation === undefined ? {} : { description: shape.documentation };
  switch (shape.type) {
    case "structure": {
      const properties: Record<string, JsonSchema> = {};
      for (const [name, member] of Object.entries(shape.members)) {
        properties[name] = memberSchema(member, tables);
      }
      const required = Object.entries(shape.members)
        .filter(([, m]) => m.required)
        .map(([name]) => name);
      return {
        type: "object",
        ...doc,
        properties,
        ...(required.length === 0 ? {} : { required }),
        ...(shape.error === undefined ? {} : { "x-smithy-error": shape.error }),
      };
    }
    case "list":
      return {
        type: "array",
        ...doc,
        items: elementSchema(shape.member, tables),
        ...keywords(shape.length?.min, "minItems", shape.length?.max, "maxItems"),
      };
    case "map":
      return {
        type: "object",
        ...doc,
        propertyNames: elementSchema(shape.key, tables),
        additionalProperties: elementSchema(shape.value, tables),
        ...keywords(shape.length?.min, "minProperties", shape.length?.max, "maxProperties"),
      };
    case "enum":
      return { type: "string", ...doc, enum: shape.values.map((v) => v.value) };
    case "string":
      return {
        type: "string",
        ...doc,
        ...keywords(shape.length?.min, "minLength", shape.length?.max, "maxLength"),
        ...(shape.pattern === undefined ? {} : { pattern: shape.pattern }),
      };
    case "boolean":
      return { type: "boolean", ...doc, ...(shape.default === undefined ? {} : { default: shape.default }) };
    case "timestamp":
      return shape.timestampFormat === "epoch-seconds"
        ? { type: "number", format: EPOCH_SECONDS_FORMAT, ...doc }
        : { type: "string", format: shape.timestampFormat, ...doc };
    default:
      return {
        type: shape.type === "float" || shape.type === "double" ? "number" : "integer",
        ...(shape.type === "long" ? { format: "int64" } : shape.type === "integer" ? { format: "int32" } : {}),
        ...doc,
        ...keywords(shape.range?.min, "minimum", shape.range?.max, "maximum"),
        ...(shape.default === undefined ? {} : { default: shape.default }),
      };
  }
}

/** A reference to the target, plus the member's own documentation, default and any constraint it overrides. */
function memberSchema(member: MemberTable, tables: ServiceTables): JsonSchema {
  return {
    ...elementSchema(member, tables),
    ...(member.documentation === undefined ? {} : { description: member.documentation }),
    ...(member.default === undefined ? {} : { default: member.default }),
  };
}

function elementSchema(element: ElementTable, tables: ServiceTables): JsonSchema {
  const target = tables.shapes[element.target];
  if (!isComponentName(element.target) && target !== undefined) {
    return shapeSchema(target, tables);
  }
  return { ...ref(element.target), ...overrides(element, target) };
}

/** Constraint keywords where the member's resolved constraints differ from its target's own. */
function overrides(element: ValueConstraints, target: ShapeTable | undefined): JsonSchema {
  const own = (target ?? {}) as ValueConstraints;
  const isString = target?.type === "string";
  const out: JsonSchema = {};
  if (element.length !== undefined && JSON.stringify(element.length) !== JSON.stringify(own.length)) {
    Object.assign(
      out,
      isString
        ? keywords(element.length.min, "minLength", element.length.max, "maxLength")
        : keywords(element.length.min, "minItems", element.length.max, "maxItems"),
    );
  }
  if (element.range !== undefined && JSON.stringify(element.range) !== JSON.stringify(own.range)) {
    Object.assign(out, keywords(element.range.min, "minimum", element.range.max, "maximum"));
  }
  if (element.pattern !== undefined && element.pattern !== own.pattern) {
    out.pattern = element.pattern;
  }
  return out;
}

function keywords(min: number | undefined, minKey: string, max: number | undefined, maxKey: string): JsonSchema {
  return { ...(min === undefined ? {} : { [minKey]: min }), ...(max === undefined ? {} : { [maxKey]: max }) };
}

function ref(name: string): JsonSchema {
  return { $ref: `#/components/schemas/${name}` };
}

/** Prelude ids (`smithy.api#String`) are not valid component names; their schemas are written inline. */
function isComponentName(name: string): boolean {
  return /^[A-Za-z0-9._-]+$/.test(name);
}

function firstSentence(text: string): string {
  const end = text.search(/\.(\s|$)/);
  return end === -1 ? text : text.slice(0, end + 1);
}
