import { HttpResponse } from "@smithy/core/protocols";
import type { HttpHandlerOptions, HttpRequest, RequestHandler } from "@smithy/types";
import { ServiceCatalogClient } from "../../src/__generated__/index.gen.js";

/** One canned answer: a status, headers and a body, or an error the transport throws. */
export type CannedAnswer =
  | { status: number; headers?: Record<string, string>; body?: string }
  | { networkError: Error };

/** A request as the handler saw it, after signing, with its body as text. */
export interface RecordedRequest {
  method: string;
  protocol: string;
  hostname: string;
  port: number | undefined;
  path: string;
  headers: Record<string, string>;
  body: string;
}

/**
 * A `requestHandler` that records every request and answers from a queue; when the queue runs dry it repeats the
 * last answer, so a test of retries can give one answer for all attempts.
 */
export class CannedHandler implements RequestHandler<HttpRequest, HttpResponse, HttpHandlerOptions> {
  readonly requests: RecordedRequest[] = [];
  private readonly answers: CannedAnswer[];

  constructor(...answers: CannedAnswer[]) {
    this.answers = answers;
  }

  async handle(request: HttpRequest): Promise<{ response: HttpResponse }> {
    this.requests.push({
      method: request.method,
      protocol: request.protocol,
      hostname: request.hostname,
      port: request.port,
      path: request.path,
      headers: { ...request.headers },
      body: typeof request.body === "string" ? request.body : String(request.body ?? ""),
    });
    const answer = this.answers.length > 1 ? this.answers.shift() : this.answers[0];
    if (answer === undefined) {
      throw new Error("CannedHandler: no answer queued");
    }
    if ("networkError" in answer) {
      throw answer.networkError;
    }
    return {
      response: new HttpResponse({
        statusCode: answer.status,
        headers: answer.headers ?? {},
        body: new TextEncoder().encode(answer.body ?? ""),
      }),
    };
  }

  get lastRequest(): RecordedRequest {
    const last = this.requests.at(-1);
    if (last === undefined) {
      throw new Error("CannedHandler: no request was sent");
    }
    return last;
  }
}

/** A JSON success answer with a request id. */
export function jsonAnswer(body: unknown, headers: Record<string, string> = {}): CannedAnswer {
  return {
    status: 200,
    headers: { "content-type": "application/x-amz-json-1.1", "x-amzn-requestid": "req-1", ...headers },
    body: JSON.stringify(body),
  };
}

export const testCredentials = {
  accessKeyId: "AKIDEXAMPLE",
  secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
};

/** A client that sends through `handler` with the test credentials in us-east-1; `extra` adds or overrides options. */
export function clientWith(handler: Pick<CannedHandler, "handle">, extra: Record<string, unknown> = {}) {
  return new ServiceCatalogClient({
    region: "us-east-1",
    credentials: testCredentials,
    requestHandler: handler,
    ...extra,
  });
}
