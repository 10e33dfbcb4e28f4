import { type OperationName, serviceTables } from "@svccat/model";

/**
 * The wire facts the bench's hand-made callers and canned servers send, from the spec's tables: the content type
 * and each operation's `X-Amz-Target`. Processes the bench starts read them from their environment (`WIRE_ENV`),
 * so that a measured process loads nothing of svccat's to learn them.
 */
export const CONTENT_TYPE = serviceTables.service.contentType;

export function targetOf(operation: OperationName): string {
  return serviceTables.operations[operation].target;
}

/** The facts `wireRequest` (processes/wire-request.mjs) builds a request from. */
export const WIRE = { contentType: CONTENT_TYPE, targetPrefix: `${serviceTables.service.name}.` } as const;

/** What a bench process reads: `SVCCAT_TARGET_PREFIX` + the operation's name is its target. */
export const WIRE_ENV = {
  SVCCAT_CONTENT_TYPE: WIRE.contentType,
  SVCCAT_TARGET_PREFIX: WIRE.targetPrefix,
} as const;
