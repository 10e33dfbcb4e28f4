/**
 * The shape of the runtime tables that `pnpm generate` writes to `__generated__/shapes.gen.ts`.
 *
 * The client's serde, the fake's validator and the conformance cases read every fact about the service from these
 * tables, so that a change to `spec/servicecatalog.json` reaches all of them through one regeneration.
 *
 * @packageDocumentation
 */

/** A value a `@default` trait can hold. @public */
export type DefaultValue =
  | string
  | number
  | boolean
  | null
  | readonly DefaultValue[]
  | { readonly [key: string]: DefaultValue };

/** Smithy `@length` (characters of a string, entries of a list or map). Either bound may be absent. @public */
export interface LengthConstraint {
  readonly min?: number;
  readonly max?: number;
}

/** Smithy `@range` (a number's value). Either bound may be absent. @public */
export interface RangeConstraint {
  readonly min?: number;
  readonly max?: number;
}

/** How a timestamp travels on the wire. awsJson1_1 uses `epoch-seconds` unless a shape says otherwise. @public */
export type TimestampFormat = "epoch-seconds" | "date-time" | "http-date";

/**
 * The constraints that apply to a value, resolved from a member's own traits and its target's (a member trait wins).
 * @public
 */
export interface ValueConstraints {
  readonly length?: LengthConstraint;
  readonly range?: RangeConstraint;
  /** An ECMAScript regular expression source, compiled with the `u` flag. */
  readonly pattern?: string;
  /** The allowed values of an enum, in the order the spec lists them. */
  readonly enum?: readonly string[];
  readonly timestampFormat?: TimestampFormat;
}

/**
 * The form of an ARN the service answers with (the spec's `svccat.traits#arn`): `arn:<partition>:<service>:<region
 * or empty>:<account>:<resource>`, where `resource` is literal text with `{Member}` for a member of the same
 * structure and `*` for any non-empty text. @public
 */
export interface ArnForm {
  readonly services: readonly string[];
  readonly regional: boolean;
  readonly resource: string;
}

/** A member of a structure, with everything a serializer or validator needs in one place. @public */
export interface MemberTable extends ValueConstraints {
  /** The short name of the target shape (or a `smithy.api#` prelude id). */
  readonly target: string;
  readonly required: boolean;
  readonly default?: DefaultValue;
  /** The ARN form of a member that holds an ARN, where the spec records one. */
  readonly arn?: ArnForm;
  /** The spec's words; in the generator's tables only, not in the runtime `serviceTables` (see types.gen.ts). */
  readonly documentation?: string;
}

/** The target of a list member or a map key or value, with the constraints of that target. @public */
export interface ElementTable extends ValueConstraints {
  readonly target: string;
}

interface ShapeTableBase {
  /** The spec's words; in the generator's tables only, not in the runtime `serviceTables` (see types.gen.ts). */
  readonly documentation?: string;
}

/** @public */
export interface StructureShapeTable extends ShapeTableBase {
  readonly type: "structure";
  readonly members: { readonly [member: string]: MemberTable };
  /** Present on error structures: who is at fault. */
  readonly error?: "client" | "server";
}

/** @public */
export interface ListShapeTable extends ShapeTableBase, Pick<ValueConstraints, "length"> {
  readonly type: "list";
  readonly member: ElementTable;
}

/** @public */
export interface MapShapeTable extends ShapeTableBase, Pick<ValueConstraints, "length"> {
  readonly type: "map";
  readonly key: ElementTable;
  readonly value: ElementTable;
}

/** One value of an enum shape. @public */
export interface EnumValueTable {
  /** The Smithy member name, e.g. `ACCOUNT`. */
  readonly name: string;
  /** The value on the wire, e.g. `Account`. */
  readonly value: string;
  /** The spec's words; in the generator's tables only, not in the runtime `serviceTables` (see types.gen.ts). */
  readonly documentation?: string;
}

/** @public */
export interface EnumShapeTable extends ShapeTableBase {
  readonly type: "enum";
  readonly values: readonly EnumValueTable[];
}

/** @public */
export interface StringShapeTable extends ShapeTableBase, Pick<ValueConstraints, "length" | "pattern"> {
  readonly type: "string";
}

/** @public */
export interface NumberShapeTable extends ShapeTableBase, Pick<ValueConstraints, "range"> {
  readonly type: "byte" | "short" | "integer" | "long" | "float" | "double";
  readonly default?: number;
}

/** @public */
export interface BooleanShapeTable extends ShapeTableBase {
  readonly type: "boolean";
  readonly default?: boolean;
}

/** @public */
export interface TimestampShapeTable extends ShapeTableBase {
  readonly type: "timestamp";
  readonly timestampFormat: TimestampFormat;
}

/** Any shape the generator supports. @public */
export type ShapeTable =
  | StructureShapeTable
  | ListShapeTable
  | MapShapeTable
  | EnumShapeTable
  | StringShapeTable
  | NumberShapeTable
  | BooleanShapeTable
  | TimestampShapeTable;

/** A waiter: how often to poll, and what ends the wait (Smithy's `smithy.waiters#waitable`, in its dotted-path subset). @public */
export interface WaiterTable {
  readonly documentation?: string;
  /** Seconds between polls at first and at most. */
  readonly minDelay: number;
  readonly maxDelay: number;
  readonly acceptors: readonly WaiterAcceptor[];
}

/** One acceptor: the state a matching answer puts the wait in. @public */
export interface WaiterAcceptor {
  readonly state: "success" | "failure" | "retry";
  readonly matcher:
    | { readonly output: { readonly path: string; readonly expected: string; readonly comparator: "stringEquals" } }
    | { readonly errorType: string };
}

/** How an operation pages: member names, as `smithy.api#paginated` and `svccat.traits#paginated` state them. @public */
export interface PagingTable {
  readonly inputToken: string;
  readonly outputToken: string;
  readonly pageSize?: string;
  readonly items?: string;
  readonly order?: string;
}

/**
 * A search operation's query language, as the spec's `svccat.traits#searchQuery` trait states it (its members'
 * documentation says what each holds). @public
 */
export interface QueryTable {
  readonly filterKey: string;
  readonly fields: Readonly<Record<string, string>>;
  readonly sortFields: Readonly<Record<string, string>>;
  readonly totalCount?: string;
}

/** @public */
export interface OperationTable {
  readonly name: string;
  /** The `X-Amz-Target` header value. */
  readonly target: string;
  readonly input: string;
  readonly output: string;
  /** Short names of the modelled error structures. */
  readonly errors: readonly string[];
  /** Paging facts, merged from `smithy.api#paginated` and `svccat.traits#paginated`; null when it does not page. */
  readonly paginated: PagingTable | null;
  /**
   * The input member with Smithy's `@idempotencyToken`, which clients fill with a fresh UUID when the caller leaves
   * it out (as the AWS SDKs do); absent when the input has none. Its presence marks an operation that changes state.
   */
  readonly idempotencyToken?: string;
  /** The query language of a search operation (`svccat.traits#searchQuery`); absent for the others. */
  readonly query?: QueryTable;
  /**
   * The operation's waiters (`smithy.waiters#waitable`), by name; in the generator's tables only, which writes the
   * client's `waitFor…`/`waitUntil…` functions from them.
   */
  readonly waiters?: { readonly [name: string]: WaiterTable };
  /** The spec's words; in the generator's tables only, not in the runtime `serviceTables` (see types.gen.ts). */
  readonly documentation?: string;
}

/** A modelled error: its fault and the HTTP status the protocol gives it. @public */
export interface ErrorTable {
  readonly shape: string;
  readonly fault: "client" | "server";
  readonly httpStatus: number;
}

/** The service as a whole: protocol, signing and endpoint facts. @public */
export interface ServiceTable {
  /** Absolute shape id, e.g. `com.amazonaws.servicecatalog#AWS242ServiceCatalogService`. */
  readonly shapeId: string;
  readonly namespace: string;
  /** The service shape's name, which awsJson1_1 uses as the `X-Amz-Target` prefix. */
  readonly name: string;
  readonly version: string;
  readonly title: string;
  readonly sdkId: string;
  readonly protocol: "awsJson1_1";
  /** `Content-Type` of requests and responses. */
  readonly contentType: string;
  readonly signingName: string;
  readonly endpointPrefix: string;
  readonly arnNamespace: string;
  /** The Smithy endpoint rule set, as the spec carries it; in the generator's tables only: the generator compiles it into the client. */
  readonly endpointRuleSet?: unknown;
  /** The spec's words; in the generator's tables only, not in the runtime `serviceTables` (see types.gen.ts). */
  readonly documentation?: string;
}

/** Everything `pnpm generate` knows about the service, for use at run time. @public */
export interface ServiceTables {
  readonly service: ServiceTable;
  readonly operations: { readonly [operation: string]: OperationTable };
  readonly errors: { readonly [error: string]: ErrorTable };
  readonly shapes: { readonly [shape: string]: ShapeTable };
}
