import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { EPOCH_SECONDS_FORMAT } from "./emit-openapi.js";
import { TS_HEADER } from "./generated-header.js";

const DATE = ts.factory.createTypeReferenceNode("Date");

/**
 * TypeScript types of the OpenAPI document (its JSON text), through openapi-typescript's Node API. Timestamps become `Date`, as the
 * client hands them to users, and a member with a `@default` stays optional, as in the AWS SDK's types. Every member
 * of a shape also admits `undefined`, as the AWS SDK types them (`Key: string | undefined`), so that the SDK's
 * values are assignable to these types and the other way round, `exactOptionalPropertyTypes` or not.
 */
export async function emitTypes(openapiJson: string): Promise<string> {
  const schemas = (JSON.parse(openapiJson) as { components?: { schemas?: Record<string, { enum?: unknown }> } })
    .components?.schemas;
  const isEnumRef = (ref: string) => schemas?.[ref.slice(ref.lastIndexOf("/") + 1)]?.enum !== undefined;
  // The JSON text, not the object: the types are made from exactly the document that is written to disk.
  const ast = await openapiTS(openapiJson, {
    silent: true,
    defaultNonNullable: false,
    rootTypes: true,
    rootTypesNoSchemaPrefix: true,
    transform(schema) {
      if (schema.format === EPOCH_SECONDS_FORMAT) {
        return DATE;
      }
      // A map whose keys are an enum: only those keys, each optional, as the AWS SDK types it (`Partial<Record<K, V>>`;
      // openapi-typescript would allow any key).
      const map = schema as {
        type?: unknown;
        propertyNames?: { $ref?: string };
        additionalProperties?: { $ref?: string };
      };
      const keys = map.propertyNames?.$ref;
      const values = map.additionalProperties?.$ref;
      if (map.type === "object" && keys !== undefined && values !== undefined && isEnumRef(keys)) {
        return ts.factory.createMappedTypeNode(
          undefined,
          ts.factory.createTypeParameterDeclaration(undefined, "key", schemaRef(keys)),
          undefined,
          ts.factory.createToken(ts.SyntaxKind.QuestionToken),
          schemaRef(values),
          undefined,
        );
      }
      return undefined;
    },
  });
  return `${TS_HEADER}\n${astToString(ast.map(admitUndefinedInShapes))}`;
}

const UNDEFINED = ts.factory.createKeywordTypeNode(ts.SyntaxKind.UndefinedKeyword);

/** `components["schemas"]["Name"]` for `#/components/schemas/Name`. */
function schemaRef(ref: string): ts.TypeNode {
  const name = ref.slice(ref.lastIndexOf("/") + 1);
  const literal = (text: string) => ts.factory.createLiteralTypeNode(ts.factory.createStringLiteral(text));
  return ts.factory.createIndexedAccessTypeNode(
    ts.factory.createIndexedAccessTypeNode(ts.factory.createTypeReferenceNode("components"), literal("schemas")),
    literal(name),
  );
}

/**
 * The members of each structure in `components.schemas` (not the schema aliases themselves, nor the operations'
 * headers): each member's type, or `undefined`.
 */
function admitUndefinedInShapes(node: ts.Node): ts.Node {
  if (!ts.isInterfaceDeclaration(node) || node.name.text !== "components") {
    return node;
  }
  const orUndefined = (member: ts.TypeElement): ts.TypeElement => {
    if (!ts.isPropertySignature(member) || member.type === undefined) {
      return member;
    }
    const parts = ts.isUnionTypeNode(member.type) ? [...member.type.types] : [member.type];
    const type = ts.factory.createUnionTypeNode([...parts, UNDEFINED]);
    return ts.factory.updatePropertySignature(member, member.modifiers, member.name, member.questionToken, type);
  };
  const structure = (schema: ts.TypeElement): ts.TypeElement =>
    ts.isPropertySignature(schema) && schema.type !== undefined && ts.isTypeLiteralNode(schema.type)
      ? ts.factory.updatePropertySignature(
          schema,
          schema.modifiers,
          schema.name,
          schema.questionToken,
          ts.factory.updateTypeLiteralNode(
            schema.type,
            ts.factory.createNodeArray(schema.type.members.map(orUndefined)),
          ),
        )
      : schema;
  return ts.factory.updateInterfaceDeclaration(
    node,
    node.modifiers,
    node.name,
    node.typeParameters,
    node.heritageClauses,
    node.members.map((member) =>
      ts.isPropertySignature(member) &&
      ts.isIdentifier(member.name) &&
      member.name.text === "schemas" &&
      member.type !== undefined &&
      ts.isTypeLiteralNode(member.type)
        ? ts.factory.updatePropertySignature(
            member,
            member.modifiers,
            member.name,
            member.questionToken,
            ts.factory.updateTypeLiteralNode(
              member.type,
              ts.factory.createNodeArray(member.type.members.map(structure)),
            ),
          )
        : member,
    ),
  );
}
