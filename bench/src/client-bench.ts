import { Sha256 } from "@smithy/core/checksum";
import type { HttpRequest } from "@smithy/core/protocols";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import { SignatureV4 } from "@smithy/signature-v4";
import { makeClient } from "@svccat/test-kit/both-clients";
import { wireRequest } from "./processes/wire-request.mjs";
import { median, percentile } from "./stats.js";
import { WIRE } from "./wire-facts.js";

export type Operation = "Scan" | "Search";
export type CallerName = "svccat" | "aws-sdk" | "signed-request" | "unsigned-request";
export const CALLERS: CallerName[] = ["svccat", "aws-sdk", "signed-request", "unsigned-request"];

const credentials = { accessKeyId: "AKIDBENCH", secretAccessKey: "bench-secret" };
const region = "us-east-1";
const INPUT = { AccessLevelFilter: { Key: "Account", Value: "self" }, PageSize: 20 } as const;

type Call = (operation: Operation) => Promise<number>;

/** A caller: sends one request of an operation and resolves with the number of items it read. */
export function createCaller(name: CallerName, endpoint: string): { call: Call; destroy(): void } {
  switch (name) {
    case "svccat":
    case "aws-sdk": {
      const { client, send } = makeClient(name, { region, endpoint, credentials, maxAttempts: 1 });
      return {
        call: async (operation) => {
          const output = (
            operation === "Scan"
              ? await send("ScanProvisionedProducts", INPUT)
              : await send("SearchProvisionedProducts", { ...INPUT, PageSize: 100 })
          ) as { ProvisionedProducts?: unknown[] };
          return output.ProvisionedProducts?.length ?? 0;
        },
        destroy: () => client.destroy(),
      };
    }
    default: {
      // By hand, over the same transport: build the request, sign it (or not), send it, read and parse the body.
      const handler = new NodeHttpHandler();
      const signer = new SignatureV4({ service: "servicecatalog", region, credentials, sha256: Sha256 });
      const signed = name === "signed-request";
      return {
        call: async (operation) => {
          const body = JSON.stringify(operation === "Scan" ? INPUT : { ...INPUT, PageSize: 100 });
          let request = wireRequest(endpoint, operation, body, WIRE);
          if (signed) {
            request = (await signer.sign(request)) as HttpRequest;
          }
          const { response } = await handler.handle(request);
          const chunks: Buffer[] = [];
          for await (const chunk of response.body as AsyncIterable<Buffer>) {
            chunks.push(chunk);
          }
          const parsed = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { ProvisionedProducts?: unknown[] };
          return parsed.ProvisionedProducts?.length ?? 0;
        },
        destroy: () => handler.destroy(),
      };
    }
  }
}

export interface ClientRound {
  caller: CallerName;
  operation: Operation;
  concurrency: number;
  callsPerSecond: number;
  medianMs: number;
  p90Ms: number;
}

/** Calls `calls` times with `concurrency` in flight; each call's latency and the elapsed time. */
async function measure(
  caller: CallerName,
  call: Call,
  operation: Operation,
  concurrency: number,
  calls: number,
): Promise<{ latencies: number[]; elapsedMs: number }> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < calls) {
        next++;
        const t0 = performance.now();
        const items = await call(operation);
        latencies.push(performance.now() - t0);
        if (items !== (operation === "Scan" ? 20 : 100)) {
          throw new Error(`${caller} read ${items} items from a ${operation} page`);
        }
      }
    }),
  );
  return { latencies, elapsedMs: performance.now() - started };
}

/**
 * One round for every caller: `calls` calls each, in `slices` turns taken in `order`, so that every caller's
 * calls spread over the same stretch of time and a noisy moment on this shared machine weighs on all of them.
 */
export async function runRound(
  callers: ReadonlyArray<{ name: CallerName; call: Call }>,
  operation: Operation,
  concurrency: number,
  calls: number,
  slices: number,
): Promise<ClientRound[]> {
  const totals = callers.map(() => ({ latencies: [] as number[], elapsedMs: 0 }));
  for (let slice = 0; slice < slices; slice++) {
    for (const [i, { name, call }] of callers.entries()) {
      const { latencies, elapsedMs } = await measure(name, call, operation, concurrency, Math.ceil(calls / slices));
      const total = totals[i] as (typeof totals)[number];
      total.latencies.push(...latencies);
      total.elapsedMs += elapsedMs;
    }
  }
  return callers.map(({ name }, i) => {
    const { latencies, elapsedMs } = totals[i] as (typeof totals)[number];
    return {
      caller: name,
      operation,
      concurrency,
      callsPerSecond: (latencies.length / elapsedMs) * 1000,
      medianMs: median(latencies),
      p90Ms: percentile(latencies, 0.9),
    };
  });
}
