// A cold process listing everything, as a Lambda or a script does: load the client, then follow every page.
// Prints the items read and the process's CPU time.
import { pageCaller } from "./page-caller.mjs";

const [client, operation, endpoint] = process.argv.slice(2);
const caller = await pageCaller(client, operation, endpoint);
let items = 0;
let token;
do {
  const page = await caller.next(token);
  items += page.items;
  token = page.next;
} while (token !== undefined);
caller.destroy();
const cpu = process.cpuUsage();
process.stdout.write(`${JSON.stringify({ items, cpuMs: (cpu.user + cpu.system) / 1000 })}\n`);
