import { type AstShape, isObject, type SmithyAst } from "../smithy-ast.js";
import type { SpecProblem } from "../spec-problem.js";
import { checkOperation } from "./operations.js";
import { checkReachable, checkService } from "./service.js";
import { checkShape } from "./shapes.js";
import { SpecContext } from "./spec-context.js";

/**
 * Everything wrong with a spec, as precisely located problems; an empty list means the generators can trust it.
 * It checks what a Smithy model validator would (targets, traits, constraint values) plus what svccat needs
 * (one awsJson1_1 service, supported shape types, documentation everywhere).
 */
export function checkSpec(ast: SmithyAst, file: string): SpecProblem[] {
  const context = new SpecContext(file, isObject(ast.shapes) ? ast.shapes : {});
  if (typeof ast.smithy !== "string" || !/^2(\.0)?$/.test(ast.smithy)) {
    context.report(`\`smithy\` must be "2.0" (this is a Smithy 2.0 JSON AST), found ${JSON.stringify(ast.smithy)}`);
  }
  if (!isObject(ast.shapes)) {
    context.report("`shapes` must be an object of shape id to shape");
    return context.problems;
  }
  for (const [id, shape] of Object.entries(context.shapes)) {
    if (checkShape(context, id, shape) && shape.type === "operation") {
      checkOperation(context, shape, id);
    }
  }
  const services = Object.entries(context.shapes).filter(([, shape]) => isObject(shape) && shape.type === "service");
  if (services.length !== 1) {
    context.report(`the spec must define exactly one service shape, found ${services.length}`);
    return context.problems;
  }
  const [serviceId, service] = services[0] as [string, AstShape];
  checkService(context, serviceId, service);
  checkReachable(context, serviceId);
  return context.problems;
}
