import { Agent } from "node:http";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { generateProvisionedProducts } from "../src/index.js";
import { startServiceCatalogFakeServer } from "../src/server/index.js";
import { post, requestHeaders } from "./support/raw-http.js";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

const TOTAL = 20_000;

/** What the malformed tenth sends, in turn: broken JSON, prototype keys, deep nesting, wrong types, bad names. */
const HOSTILE_BODIES = [
  '{"PageSize": "many", ',
  '{"__proto__":{"PageSize":1000}}',
  '{"AccessLevelFilter":{"__proto__":{"Value":5},"Key":"Account"}}',
  `{"Unknown":${"[".repeat(500)}${"]".repeat(500)}}`,
  '{"SortBy":"constructor","AccessLevelFilter":{"Key":"Account","Value":"self"}}',
  '{"PageSize":1e309}',
  '{"Filters":{"SearchQuery":[null,null]}}',
  JSON.stringify({ PageToken: "x".repeat(3000) }),
];
const IN_FLIGHT = 64;

/**
 * A bounded load test of the server on loopback: 20,000 requests, 64 at a time, one in ten malformed or unsigned.
 * It asserts correctness under load (well-formed answers, no 5xx, memory returning), not speed: speed is
 * measured in bench/. It takes about 20 s on an idle 2-core machine and several minutes when other test suites
 * share the cores, hence a budget of 15 minutes that only a hang exhausts.
 */
describe("the server under load", () => {
  it("answers 20,000 requests, 64 in flight, every answer well formed, no 5xx, memory back near the start", async () => {
    const server = await startServiceCatalogFakeServer({
      provisionedProducts: generateProvisionedProducts(2_000, { seed: 21 }),
    });
    const agent = new Agent({ keepAlive: true, maxSockets: IN_FLIGHT });
    const statuses = new Map<number, number>();
    const problems: string[] = [];

    const send = async (i: number) => {
      const kind = i % 10 === 0 ? (i % 20 === 0 ? "unsigned" : "malformed") : "good";
      const body =
        kind === "malformed"
          ? (HOSTILE_BODIES[(i / 10) % HOSTILE_BODIES.length] as string)
          : JSON.stringify({ AccessLevelFilter: { Key: "Account", Value: "self" }, SortBy: "name", PageSize: 25 });
      const headers = await requestHeaders(
        server.url,
        "SearchProvisionedProducts",
        body,
        kind === "unsigned" ? undefined : { accessKeyId: "test", secretAccessKey: "test" },
      );
      const response = await post(server.url, headers, body, agent);
      const answer = { ...response, requestId: response.headers["x-amzn-requestid"] };
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      try {
        const parsed = JSON.parse(answer.body) as Record<string, unknown>;
        // A hostile body may be valid (a `__proto__` member is an unknown member): 200 or 400, never more.
        const expected = kind === "good" ? [200] : kind === "unsigned" ? [400] : [200, 400];
        if (!expected.includes(answer.status) || typeof answer.requestId !== "string") {
          problems.push(`${kind} #${i}: ${answer.status} ${answer.body.slice(0, 120)}`);
        } else if (kind === "good" && (parsed.ProvisionedProducts as unknown[]).length !== 25) {
          problems.push(`good #${i}: a short page`);
        } else if (answer.status === 400 && typeof parsed.__type !== "string") {
          problems.push(`${kind} #${i}: an error without __type`);
        }
      } catch {
        problems.push(`${kind} #${i}: not JSON: ${answer.body.slice(0, 120)}`);
      }
    };

    const run = async (count: number) => {
      let next = 0;
      await Promise.all(
        Array.from({ length: IN_FLIGHT }, async () => {
          while (next < count) {
            await send(next++);
          }
        }),
      );
    };

    // Warm up first, so the baseline includes what any server holds once it has served (caches, compiled code).
    await run(2_000);
    gc();
    const baseline = process.memoryUsage().heapUsed;
    await run(TOTAL);
    gc();
    const after = process.memoryUsage().heapUsed;

    agent.destroy();
    await server.close();
    expect(problems.slice(0, 5)).toEqual([]);
    expect([...statuses.keys()].filter((status) => status >= 500)).toEqual([]);
    expect(server.fake.calls.length).toBeLessThanOrEqual(10_000);
    // The call log is bounded and the match cache holds one query; 20,000 requests must not leave more than a
    // few megabytes behind.
    expect(after - baseline).toBeLessThan(16 * 1024 * 1024);
  }, 900_000);
});
