import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from "@smithy/types";
import type { OperationInput, OperationName, OperationOutput } from "@svccat/model";

/**
 * What every client the suite drives is to the runner and the cases: a name, its settings, one `call` that never
 * throws for an answer (a service error is an outcome), and the outcome's shape.
 */

/** The clients the suite drives: the two JavaScript clients, and boto3 through a Python process. @public */
export type ClientName = "svccat" | "aws-sdk" | "boto3";

/** The last HTTP exchange of a call, as it was on the wire. @public */
export interface WireExchange {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** What a call came to, through one client; a success carries the operation's output as its generated type. @public */
export type CallOutcome<Op extends OperationName = OperationName> =
  | { ok: true; output: OperationOutput<Op>; requestId: string | undefined; wire: WireExchange | undefined }
  | {
      ok: false;
      /** The error's name as the client reports it: the error code for service errors. */
      name: string;
      message: string;
      status: number | undefined;
      requestId: string | undefined;
      /** Whether the client gave the modelled error as its `InvalidParametersException` class. */
      modelled: boolean;
      /** A service answer (true), or the client refused or failed before one (false). */
      fromService: boolean;
      wire: WireExchange | undefined;
    };

/** How the suite reaches a target through a client. @public */
export interface ClientSettings {
  region: string;
  endpoint?: string | undefined;
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider | undefined;
  profile?: string | undefined;
  maxAttempts: number;
}

/** One client, driven the same way whichever it is. @public */
export interface ConformanceClient {
  readonly name: ClientName;
  /**
   * Calls an operation. `input` is untyped here, for cases that send values a typed caller could not (a value the
   * spec forbids); `rawBody` replaces the serialized JSON altogether. Cases call through `CaseContext`, which types
   * the input by operation.
   */
  call<Op extends OperationName>(
    operation: Op,
    input: OperationInput<Op> | Readonly<Record<string, unknown>>,
    options?: { rawBody?: string },
  ): Promise<CallOutcome<Op>>;
  destroy(): void;
}
