import type { serviceTables } from "./__generated__/shapes.gen.js";
import type { operations } from "./__generated__/types.gen.js";

type OperationName = keyof typeof serviceTables.operations;
type JsonContent = typeof serviceTables.service.contentType;

/** The input of an operation, as its generated type. @public */
export type OperationInput<Op extends OperationName> = operations[Op]["requestBody"]["content"][JsonContent];

/** The output of an operation, as its generated type. @public */
export type OperationOutput<Op extends OperationName> = operations[Op]["responses"][200]["content"][JsonContent];
