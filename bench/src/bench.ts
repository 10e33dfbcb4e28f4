import { type ChildProcess, spawn } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { cpus, type as osType, release, totalmem } from "node:os";
import { fileURLToPath } from "node:url";
import { bundleSizes } from "./bundle-size.js";
import { CALLERS, type CallerName, type ClientRound, createCaller, type Operation, runRound } from "./client-bench.js";
import { coldStarts } from "./cold-start.js";
import { fakeFigures, testFileMs } from "./fake-bench.js";
import { fakeServeFigures } from "./fake-serve.js";
import { coldListings, earlyAndSteady } from "./process-bench.js";
import { type BenchResult, targetsOf, toMarkdown } from "./report.js";
import { median } from "./stats.js";
import { WIRE_ENV } from "./wire-facts.js";

const BENCH_DIR = fileURLToPath(new URL("..", import.meta.url));
const QUICK = process.argv.includes("--quick");
const ROUNDS = QUICK ? 2 : 5;
const CALLS = { 1: QUICK ? 60 : 400, 16: QUICK ? 200 : 1600 } as const;
/** Turns per round in which the callers take their share of calls one after another. */
const SLICES = QUICK ? 2 : 8;
const FAKE_SIZES = QUICK ? [1_000, 10_000] : [1_000, 10_000, 100_000];

/** The canned servers: one port per payload shape (payload-shapes.mjs), `typical` first. */
function startCannedServer(): Promise<{ endpoint: string; ports: Record<string, number>; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [fileURLToPath(new URL("./canned-server.mjs", import.meta.url))], {
      cwd: BENCH_DIR,
      env: { ...process.env, ...WIRE_ENV },
      stdio: ["ignore", "pipe", "inherit"],
    });
    child.stdout?.once("data", (chunk: Buffer) => {
      const ports = JSON.parse(chunk.toString()) as Record<string, number>;
      resolve({ endpoint: `http://127.0.0.1:${ports.typical}`, ports, child });
    });
    child.once("exit", (code) => reject(new Error(`the canned server exited with ${code}`)));
  });
}

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

async function main(): Promise<void> {
  const { endpoint, ports, child } = await startCannedServer();
  try {
    log(`canned server at ${endpoint}; ${ROUNDS} rounds`);
    const callers = Object.fromEntries(CALLERS.map((name) => [name, createCaller(name, endpoint)])) as Record<
      CallerName,
      ReturnType<typeof createCaller>
    >;
    // Warm up every path until the JIT has settled: short warm-ups left the first measured rounds noisy.
    for (const operation of ["Scan", "Search"] as const) {
      for (const concurrency of [1, 16]) {
        await runRound(
          CALLERS.map((name) => ({ name, call: callers[name].call })),
          operation,
          concurrency,
          QUICK ? 100 : 500,
          1,
        );
      }
    }
    const rounds: ClientRound[][] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const results: ClientRound[] = [];
      for (const operation of ["Scan", "Search"] as Operation[]) {
        for (const concurrency of [1, 16] as const) {
          // Rotate who goes first, so that no caller always meets a cold or a tired machine.
          const order = [...CALLERS.slice(round % CALLERS.length), ...CALLERS.slice(0, round % CALLERS.length)];
          results.push(
            ...(await runRound(
              order.map((name) => ({ name, call: callers[name].call })),
              operation,
              concurrency,
              CALLS[concurrency],
              SLICES,
            )),
          );
        }
      }
      rounds.push(results);
      log(`round ${round + 1}/${ROUNDS} done`);
    }
    for (const name of CALLERS) {
      callers[name].destroy();
    }
    log("cold listings (a new process lists everything)");
    const listings = await coldListings(BENCH_DIR, endpoint, QUICK ? 2 : 5);
    log("early and steady calls, a process per client and payload shape");
    const calls = await earlyAndSteady(BENCH_DIR, QUICK ? { typical: ports.typical as number } : ports, QUICK ? 1 : 3);
    log("cold starts");
    const cold = await coldStarts(BENCH_DIR, endpoint, QUICK ? 3 : 7);
    log("bundles");
    const bundles = await bundleSizes(BENCH_DIR);
    log("the fake");
    const fake = await fakeFigures(FAKE_SIZES);
    log("svccat-fake serve against a canned node:http floor");
    const serve = await fakeServeFigures(BENCH_DIR, QUICK ? 2 : 5, QUICK ? 400 : 2000);
    const testFile = await testFileMs(QUICK ? 5 : 20);

    const summary = [] as BenchResult["clients"];
    for (const operation of ["Scan", "Search"] as Operation[]) {
      for (const concurrency of [1, 16]) {
        for (const caller of CALLERS) {
          const mine = rounds.map(
            (r) =>
              r.find(
                (x) => x.caller === caller && x.operation === operation && x.concurrency === concurrency,
              ) as ClientRound,
          );
          summary.push({
            caller,
            operation,
            concurrency,
            callsPerSecond: median(mine.map((x) => x.callsPerSecond)),
            medianMs: median(mine.map((x) => x.medianMs)),
            p90Ms: median(mine.map((x) => x.p90Ms)),
          });
        }
      }
    }
    const cpu = cpus();
    const result: BenchResult = {
      date: new Date().toISOString(),
      machine: {
        cpu: `${cpu.length} × ${cpu[0]?.model ?? "?"}`,
        memoryGiB: Math.round(totalmem() / 2 ** 30),
        os: `${osType()} ${release()}`,
        node: process.version,
      },
      rounds: ROUNDS,
      clients: summary,
      clientRounds: rounds.flat(),
      coldStarts: cold,
      bundles,
      fake,
      coldListings: listings,
      earlyAndSteady: calls,
      fakeServe: serve,
      testFileMs: testFile,
      targets: [],
    };
    result.targets = targetsOf(result);
    await mkdir(new URL("../results/", import.meta.url), { recursive: true });
    const name = QUICK ? "quick" : "latest";
    await writeFile(new URL(`../results/${name}.json`, import.meta.url), `${JSON.stringify(result, null, 2)}\n`);
    const markdown = toMarkdown(result);
    await writeFile(new URL(`../results/${name}.md`, import.meta.url), markdown);
    process.stdout.write(markdown);
  } finally {
    child.kill();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${(error as Error)?.stack ?? String(error)}\n`);
  process.exitCode = 1;
});
