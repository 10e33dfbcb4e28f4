import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { EPOCH_SECONDS_FORMAT } from "./emit-openapi.js";
import { TS_HEADER } from "./generated-header.js";

const DATE = ts.factory.createTypeReferenceNode("Date");

/**
 * TypeScript types of the OpenAPI document (its JSON text), through openapi-typescript's Node API. Timestamps become `Date`, as the
 * client hands them to users, and a member with a `@default` stays optional, as in the AWS SDK's types.
 */
export async function emitTypes(openapiJson: string): Promise<string> {
  // The JSON text, not the object: the types are made from exactly the document that is written to disk.
  const ast = await openapiTS(openapiJson, {
    silent: true,
    defaultNonNullable: false,
    rootTypes: true,
    rootTypesNoSchemaPrefix: true,
    transform(schema) {
      return schema.format === EPOCH_SECONDS_FORMAT ? DATE : undefined;
    },
  });
  return `${TS_HEADER}\n${astToString(ast)}`;
}
