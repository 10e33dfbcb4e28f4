import type { OperationTable, ServiceTable, TimestampFormat } from "@svccat/model";

/**
 * What the protocol reads of a shape: its kind, where its members and elements lead, and how a timestamp travels.
 * Strings, enums, numbers and booleans travel as they are and have no entry. Constraints, enum values and required
 * flags stay in `@svccat/model`'s tables, which only validation loads: every byte of this form is in every browser
 * bundle.
 */
export type WireShape =
  | {
      readonly type: "structure";
      /** Member name → the short name of its target shape, in model order. */
      readonly members: { readonly [member: string]: string };
    }
  | { readonly type: "list"; readonly member: string }
  | { readonly type: "map"; readonly value: string }
  | { readonly type: "timestamp"; readonly timestampFormat: TimestampFormat };

/** The slice of the spec's runtime tables the client sends and reads with (generated as `wire-tables.gen.ts`). */
export interface WireTables {
  readonly service: Pick<ServiceTable, "version" | "sdkId" | "contentType" | "signingName">;
  readonly operations: {
    readonly [operation: string]: Pick<
      OperationTable,
      "target" | "input" | "output" | "paginated" | "idempotencyToken"
    >;
  };
  /** The shapes that hold something to convert or walk into; a target without an entry is a scalar. */
  readonly shapes: { readonly [shape: string]: WireShape };
}
