import {
  type AstShape,
  closureOf,
  hasTrait,
  isObject,
  SUPPORTED_SHAPE_TYPES,
  shortName,
  TRAIT,
} from "../smithy-ast.js";
import { checkPaging, checkSearchQuery, checkWaiters } from "./operations.js";
import type { SpecContext } from "./spec-context.js";

/** The service shape: version, operations, protocol, signing, SDK names and endpoint rules. */
export function checkService(context: SpecContext, id: string, service: AstShape): void {
  if (typeof service.version !== "string" || service.version === "") {
    context.report("the service needs a `version`", id);
  }
  if (!Array.isArray(service.operations) || service.operations.length === 0) {
    context.report("the service lists no operations", id);
  }
  if (!hasTrait(service, TRAIT.awsJson1_1)) {
    context.report("the service must carry aws.protocols#awsJson1_1, the only protocol svccat generates", id);
  }
  const sigv4 = service.traits?.[TRAIT.sigv4];
  if (!isObject(sigv4) || typeof sigv4.name !== "string" || sigv4.name === "") {
    context.report("aws.auth#sigv4 must give the signing `name`", id);
  }
  const aws = service.traits?.[TRAIT.awsService];
  if (!isObject(aws) || typeof aws.sdkId !== "string" || typeof aws.endpointPrefix !== "string") {
    context.report("aws.api#service must give `sdkId` and `endpointPrefix`", id);
  }
  if (!isObject(service.traits?.[TRAIT.endpointRuleSet])) {
    context.report("smithy.rules#endpointRuleSet is missing; the client resolves endpoints from it", id);
  }
}

/** What the service reaches: supported types, unique names, documentation everywhere, paging and query traits. */
export function checkReachable(context: SpecContext, serviceId: string): void {
  const byShortName = new Map<string, string>();
  for (const id of closureOf(serviceId, context.shapes)) {
    const shape = context.shapes[id];
    if (shape === undefined) {
      continue;
    }
    if (!SUPPORTED_SHAPE_TYPES.has(shape.type)) {
      context.report(
        `shape type "${shape.type}" is reachable from the service but svccat's generators do not support it`,
        id,
      );
    }
    const name = shortName(id).toLowerCase();
    const clash = byShortName.get(name);
    if (clash !== undefined) {
      context.report(
        `its name clashes with ${clash}; shape names must be unique within the service, ignoring case`,
        id,
      );
    }
    byShortName.set(name, id);
    if (shape.type !== "service" && typeof shape.traits?.[TRAIT.documentation] !== "string") {
      context.report("has no @documentation; every shape of the contract says what it is", id);
    }
    if (shape.type === "structure") {
      for (const [member, definition] of Object.entries(shape.members ?? {})) {
        if (typeof definition?.traits?.[TRAIT.documentation] !== "string") {
          context.report("has no @documentation; every member of the contract says what it is", id, member);
        }
      }
    }
    if (shape.type === "operation") {
      checkPaging(context, id, shape);
      checkSearchQuery(context, id, shape);
      checkWaiters(context, id, shape);
    }
  }
}
