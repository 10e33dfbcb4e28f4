// A fresh client in a new process: the throughput of its calls 1 to 100 (what a short job sees), then, after 1,000
// more, of 300 calls (a warmed-up service). One call at a time.
import { pageCaller } from "./page-caller.mjs";

const [client, operation, endpoint] = process.argv.slice(2);
const caller = await pageCaller(client, operation, endpoint);
const expected = operation === "Search" ? 100 : 20;
async function calls(count) {
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const page = await caller.next(undefined);
    if (page.items !== expected) {
      throw new Error(`${client} read ${page.items} items from a ${operation} page`);
    }
  }
  return (count / (performance.now() - started)) * 1000;
}
const early = await calls(100);
await calls(1_000);
const steady = await calls(300);
caller.destroy();
process.stdout.write(`${JSON.stringify({ early, steady })}\n`);
