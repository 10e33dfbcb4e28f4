import { formatValidationMessage, serviceTables, validateDocument } from "@svccat/model";

/** An input the spec's constraints refuse: the error name and message the service would answer with. */
export interface InputViolation {
  readonly name: "ValidationException" | "SerializationException";
  readonly message: string;
}

/**
 * Checks a serialized input against the spec's constraints. The protocol imports this module only when
 * `validateInput` is on: the validator and the constraint tables are most of what the client would otherwise add
 * to every browser bundle.
 *
 * @internal
 */
export function inputViolation(inputShape: string, document: unknown): InputViolation | undefined {
  const result = validateDocument(serviceTables, inputShape, document);
  if (result.ok) {
    return undefined;
  }
  return result.kind === "ValidationException"
    ? { name: result.kind, message: formatValidationMessage(result.violations) }
    : { name: result.kind, message: result.issue.message };
}
