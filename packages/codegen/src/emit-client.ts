import type { EnumShapeTable, OperationTable, ServiceTables, ShapeTable, StructureShapeTable } from "@svccat/model";
import { emitEndpointRules, type Partitions } from "./emit-endpoint-rules.js";
import { waiterSources } from "./emit-waiters.js";
import { CLIENT_GENERATED_DIR, type GeneratedFile } from "./generated-files.js";
import { TS_HEADER } from "./generated-header.js";

const CLIENT_NAME = "ServiceCatalogClient";
const AGGREGATE_NAME = "ServiceCatalog";

/**
 * The client's spec-driven half: per operation a command, a paginator when it pages and its waiters, per modelled error a
 * class, the enum value objects, the aggregated client and the barrel that is the package's entry point. The
 * runtime they stand on (serde, signing, endpoints, retries) is hand-written in `packages/client/src`.
 */
export function emitClient(tables: ServiceTables, partitions: Partitions): GeneratedFile[] {
  const operations = Object.values(tables.operations);
  const errors = Object.keys(tables.errors);
  const files: GeneratedFile[] = [];
  for (const operation of operations) {
    files.push(file(`commands/${operation.name}Command.gen.ts`, commandSource(operation, tables)));
    if (operation.paginated !== null) {
      files.push(file(`pagination/${operation.name}Paginator.gen.ts`, paginatorSource(operation)));
    }
  }
  const waiters = waiterSources(operations, file);
  files.push(...waiters.files);
  for (const error of errors) {
    files.push(file(`errors/${error}.gen.ts`, errorSource(error, tables)));
  }
  files.push(file("errors/index.gen.ts", errorIndexSource(errors)));
  files.push(file("protocols/aws-json-1-1.gen.ts", protocolSource(operations)));
  files.push(file("enums.gen.ts", enumsSource(tables)));
  files.push(file("service-types.gen.ts", serviceTypesSource(operations)));
  files.push(file(`${AGGREGATE_NAME}.gen.ts`, aggregateSource(operations)));
  files.push(file("index.gen.ts", barrelSource(operations, errors, tables, waiters.exports)));
  files.push(emitEndpointRules(tables, partitions, CLIENT_GENERATED_DIR));
  files.push(file("wire-tables.gen.ts", wireTablesSource(tables)));
  return files;
}

/**
 * The slice of the runtime tables the client sends and reads with, in the client's `WireTables` form: the service
 * facts it reads, each operation's target, shapes and paging, and of each shape only its kind, where its members
 * lead and its timestamp format (scalars have no entry). Constraints, enum values and required flags stay in
 * `@svccat/model`'s tables, which validation loads on demand; every byte here is in every browser bundle.
 */
function wireTablesSource(tables: ServiceTables): string {
  const { version, sdkId, contentType, signingName } = tables.service;
  const slice = {
    service: { version, sdkId, contentType, signingName },
    operations: Object.fromEntries(
      Object.entries(tables.operations).map(([name, { target, input, output, paginated, idempotencyToken }]) => [
        name,
        { target, input, output, paginated, ...(idempotencyToken === undefined ? {} : { idempotencyToken }) },
      ]),
    ),
    shapes: Object.fromEntries(
      Object.entries(tables.shapes).flatMap(([name, shape]) => {
        const wire = wireShape(shape);
        return wire === undefined ? [] : [[name, wire]];
      }),
    ),
  };
  return [
    'import type { WireTables } from "../protocol/wire-tables.js";',
    "",
    "/** What the client's protocol, paginators and endpoint read of the spec. */",
    `export const wireTables = ${JSON.stringify(slice, null, 2)} as const satisfies WireTables;`,
    "",
  ].join("\n");
}

/** A shape in the client's `WireShape` form; undefined for a scalar, which travels as it is. */
function wireShape(shape: ShapeTable): Record<string, unknown> | undefined {
  switch (shape.type) {
    case "structure":
      return {
        type: shape.type,
        members: Object.fromEntries(Object.entries(shape.members).map(([name, member]) => [name, member.target])),
      };
    case "list":
      return { type: shape.type, member: shape.member.target };
    case "map":
      return { type: shape.type, value: shape.value.target };
    case "timestamp":
      return { type: shape.type, timestampFormat: shape.timestampFormat };
    default:
      return undefined;
  }
}

function file(path: string, body: string): GeneratedFile {
  return { path: `${CLIENT_GENERATED_DIR}/${path}`, contents: `${TS_HEADER}${body}` };
}

function docComment(lines: (string | undefined)[], indent = ""): string {
  const text = lines.filter((line): line is string => line !== undefined);
  return `${indent}/**\n${text.map((line) => `${indent} *${line === "" ? "" : ` ${line}`}`).join("\n")}\n${indent} */\n`;
}

/** The protocol's serializer and deserializer of each operation, named as smithy-typescript names them. */
function protocolSource(operations: readonly OperationTable[]): string {
  const names = operations.map(({ name }) => name);
  return `
import { awsJson11Deserializer, awsJson11Serializer } from "../../protocol/aws-json-1-1.js";
${names
  .map(
    (name) => `
/** \`${name}\`'s input as the awsJson1_1 request. @internal */
export const se_${name}Command = awsJson11Serializer("${name}");

/** The awsJson1_1 response as \`${name}\`'s output, or its error thrown. @internal */
export const de_${name}Command = awsJson11Deserializer("${name}");
`,
  )
  .join("")}`;
}

function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/**
 * A command's input: the operation's, except that an idempotency token may be left out (the serializer fills it
 * with a fresh UUID), as in the AWS SDK's commands.
 */
function commandInputSource(command: string, input: string, token: string | undefined): string {
  if (token === undefined) {
    return `/** The input of {@link ${command}}. @public */\nexport interface ${command}Input extends ${input} {}`;
  }
  return `/** The input of {@link ${command}}; \`${token}\` is a fresh UUID when left out. @public */
export interface ${command}Input extends Omit<${input}, "${token}"> {
  ${token}?: ${input}["${token}"];
}`;
}

function commandSource(operation: OperationTable, tables: ServiceTables): string {
  const { name, input, output } = operation;
  const command = `${name}Command`;
  const throws = operation.errors.map(
    (error) => `@throws {@link ${error}} (${tables.errors[error]?.fault ?? "client"} fault)`,
  );
  return `
import { Command as $Command } from "@smithy/smithy-client";
import type { MetadataBearer as __MetadataBearer } from "@smithy/types";
import type { ${input}, ${output} } from "@svccat/model";
import { getAwsJson11Plugin, type RequestSerializer, type ResponseDeserializer } from "../../protocol/aws-json-1-1.js";
import type { ${CLIENT_NAME}ResolvedConfig } from "../../${CLIENT_NAME}.js";
import { de_${command}, se_${command} } from "../protocols/aws-json-1-1.gen.js";
import type { ServiceInputTypes, ServiceOutputTypes } from "../service-types.gen.js";

${commandInputSource(command, input, operation.idempotencyToken)}

/** The output of {@link ${command}}, with the response's \`$metadata\`. @public */
export interface ${command}Output extends ${output}, __MetadataBearer {}

${docComment([
  operation.documentation,
  "",
  `Sends \`POST /\` with \`X-Amz-Target: ${operation.target}\`.`,
  "",
  "@example",
  "```ts",
  `import { ${CLIENT_NAME}, ${command} } from "@svccat/client";`,
  `const client = new ${CLIENT_NAME}({ region: "us-east-1" });`,
  `const response = await client.send(new ${command}({}));`,
  "```",
  "",
  ...throws,
  `@throws {@link ServiceCatalogServiceException} for any other error the service answers with.`,
  "@public",
])}export class ${command} extends $Command
  .classBuilder<${command}Input, ${command}Output, ${CLIENT_NAME}ResolvedConfig, ServiceInputTypes, ServiceOutputTypes>()
  .m(function (
    this: { serialize: RequestSerializer; deserialize: ResponseDeserializer },
    _command: unknown,
    _clientStack: unknown,
    config: ${CLIENT_NAME}ResolvedConfig,
  ) {
    return [getAwsJson11Plugin(config, this.serialize, this.deserialize)];
  })
  .s("${tables.service.name}", "${name}", {})
  .n("${CLIENT_NAME}", "${command}")
  .f(void 0, void 0)
  .ser(se_${command})
  .de(de_${command} as (response: unknown, config: unknown) => Promise<${command}Output>)
  .build() {
  /** @internal Type navigation helper, as in the AWS SDK's commands. */
  protected declare static __types: {
    api: { input: ${input}; output: ${output} };
    sdk: { input: ${command}Input; output: ${command}Output };
  };
}
`;
}

function paginatorSource(operation: OperationTable): string {
  const { name } = operation;
  const command = `${name}Command`;
  const items = operation.paginated?.items;
  const itemsHelper =
    items === undefined
      ? ""
      : `
/**
 * Every item of every page of ${name}, one at a time.
 *
 * @example
 * \`\`\`ts
 * for await (const item of paginate${name}Items({ client }, {})) {
 *   console.log(item.Id);
 * }
 * \`\`\`
 * @public
 */
export function paginate${name}Items(
  config: ServiceCatalogPaginationConfiguration,
  input: ${command}Input,
  ...rest: unknown[]
): AsyncGenerator<NonNullable<${command}Output["${items}"]>[number], undefined, unknown> {
  return paginateItems(paginate${name}(config, input, ...rest), "${items}");
}
`;
  return `
import type { Paginator } from "@smithy/types";
import { wireTables } from "../wire-tables.gen.js";
import { type ServiceCatalogPaginationConfiguration, paginate, paginateItems } from "../../pagination/paginate.js";
import { ${command}, type ${command}Input, type ${command}Output } from "../commands/${command}.gen.js";

/**
 * Pages through ${name}: each page is one call, until the service returns no \`${operation.paginated?.outputToken}\`.
 * The caller's input is never modified.
 *
 * @example
 * \`\`\`ts
 * for await (const page of paginate${name}({ client, pageSize: ${name.startsWith("Scan") ? 20 : 100} }, {})) {
 *   console.log(page.${items ?? operation.paginated?.outputToken});
 * }
 * \`\`\`
 * @public
 */
export function paginate${name}(
  config: ServiceCatalogPaginationConfiguration,
  input: ${command}Input,
  ...rest: unknown[]
): Paginator<${command}Output> {
  return paginate(config, input, ${command}, wireTables.operations.${name}.paginated, rest);
}
${itemsHelper}`;
}

function errorSource(error: string, tables: ServiceTables): string {
  const shape = tables.shapes[error] as StructureShapeTable;
  const fault = tables.errors[error]?.fault ?? "client";
  const members = Object.entries(shape.members);
  const fields = members
    .map(
      ([member, table]) =>
        `${table.documentation === undefined ? "" : `  /** ${table.documentation} */\n`}  ${member}?: ${error}Shape["${member}"];`,
    )
    .join("\n");
  const assignments = members.map(([member]) => `    this.${member} = options.${member};`).join("\n");
  return `
import type { ExceptionOptionType as __ExceptionOptionType } from "@smithy/smithy-client";
import type { ${error} as ${error}Shape } from "@svccat/model";
import { ServiceCatalogServiceException as __BaseException } from "../../models/ServiceCatalogServiceException.js";

${docComment([shape.documentation, "", `A modelled ${fault} error, HTTP ${tables.errors[error]?.httpStatus ?? 400}.`, "@public"])}export class ${error} extends __BaseException {
  override readonly name = "${error}" as const;
  override readonly $fault = "${fault}" as const;
${fields}

  constructor(options: __ExceptionOptionType<${error}, __BaseException>) {
    super({ name: "${error}", $fault: "${fault}", ...options });
    Object.setPrototypeOf(this, ${error}.prototype);
${assignments}
  }
}
`;
}

function errorIndexSource(errors: string[]): string {
  const imports = errors.map((error) => `import { ${error} } from "./${error}.gen.js";`).join("\n");
  return `
${imports}

export { ${errors.join(", ")} };

/** The modelled errors by wire name, for the deserializer. @internal */
export const modelledErrors = { ${errors.join(", ")} } as const;
`;
}

function enumsSource(tables: ServiceTables): string {
  const enums = Object.entries(tables.shapes).filter(
    (entry): entry is [string, EnumShapeTable] => entry[1].type === "enum",
  );
  return `
${enums
  .map(
    ([name, shape]) => `${docComment([shape.documentation, "@public"])}export const ${name} = {
${shape.values.map((value) => `  ${value.name}: ${JSON.stringify(value.value)},`).join("\n")}
} as const;
/** @public */
export type ${name} = (typeof ${name})[keyof typeof ${name}];
`,
  )
  .join("\n")}`;
}

function serviceTypesSource(operations: OperationTable[]): string {
  const imports = operations
    .map(
      (op) =>
        `import type { ${op.name}CommandInput, ${op.name}CommandOutput } from "./commands/${op.name}Command.gen.js";`,
    )
    .join("\n");
  return `
${imports}

/** Every command input of the client. @public */
export type ServiceInputTypes = ${operations.map((op) => `${op.name}CommandInput`).join(" | ")};

/** Every command output of the client. @public */
export type ServiceOutputTypes = ${operations.map((op) => `${op.name}CommandOutput`).join(" | ")};
`;
}

function aggregateSource(operations: OperationTable[]): string {
  const imports = operations
    .map(
      (op) =>
        `import { ${op.name}Command, type ${op.name}CommandInput, type ${op.name}CommandOutput } from "./commands/${op.name}Command.gen.js";`,
    )
    .join("\n");
  const methods = operations
    .map(
      (op) =>
        `  ${lowerFirst(op.name)}(args?: ${op.name}CommandInput, options?: __HttpHandlerOptions): Promise<${op.name}CommandOutput>;`,
    )
    .join("\n");
  return `
import { createAggregatedClient } from "@smithy/smithy-client";
import type { HttpHandlerOptions as __HttpHandlerOptions } from "@smithy/types";
import { ${CLIENT_NAME} } from "../${CLIENT_NAME}.js";
${imports}

const commands = { ${operations.map((op) => `${op.name}Command`).join(", ")} };

/** The client with one method per operation, as \`${AGGREGATE_NAME}\` in the AWS SDK. @public */
export interface ${AGGREGATE_NAME} {
${methods}
}

${docComment([
  `${CLIENT_NAME} with a method per operation: \`await new ${AGGREGATE_NAME}({ region }).${lowerFirst(operations[0]?.name ?? "")}({})\`.`,
  `Prefer ${CLIENT_NAME} with commands where bundle size matters: this class brings every command in.`,
  "@public",
])}export class ${AGGREGATE_NAME} extends ${CLIENT_NAME} implements ${AGGREGATE_NAME} {}

createAggregatedClient(commands, ${AGGREGATE_NAME});
`;
}

function barrelSource(
  operations: OperationTable[],
  errors: string[],
  tables: ServiceTables,
  waiterExports: readonly string[],
): string {
  const enums = Object.entries(tables.shapes)
    .filter(([, shape]) => shape.type === "enum")
    .map(([name]) => name);
  const shapeTypes = Object.entries(tables.shapes)
    .filter(([name, shape]) => !name.includes("#") && shape.type !== "enum" && tables.errors[name] === undefined)
    .map(([name]) => name);
  const lines = [
    ...operations.map(
      (op) =>
        `export { ${op.name}Command, type ${op.name}CommandInput, type ${op.name}CommandOutput } from "./commands/${op.name}Command.gen.js";`,
    ),
    ...operations
      .filter((op) => op.paginated !== null)
      .map(
        (op) =>
          `export { paginate${op.name}${op.paginated?.items === undefined ? "" : `, paginate${op.name}Items`} } from "./pagination/${op.name}Paginator.gen.js";`,
      ),
    ...waiterExports,
    `export { ${errors.join(", ")} } from "./errors/index.gen.js";`,
    `export { ${enums.join(", ")} } from "./enums.gen.js";`,
    `export type { ServiceInputTypes, ServiceOutputTypes } from "./service-types.gen.js";`,
    `export { ${AGGREGATE_NAME} } from "./${AGGREGATE_NAME}.gen.js";`,
    `export type {\n${shapeTypes.map((name) => `  ${name},`).join("\n")}\n} from "@svccat/model";`,
    "// The hand-written runtime; runtime.ts lists each of its names.",
    `export * from "../runtime.js";`,
  ];
  return `\n/** The package's entry point: everything generated from the spec, then the runtime. */\n${lines.join("\n")}\n`;
}
