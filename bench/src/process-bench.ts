import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { median } from "./stats.js";
import { WIRE_ENV } from "./wire-facts.js";

type ProcessClient = "svccat" | "aws-sdk" | "signed-request" | "node-http";
type Operation = "Scan" | "Search";

const script = (name: string) => fileURLToPath(new URL(`./processes/${name}`, import.meta.url));

/** Runs a bench process to its end; its wall time from spawn to exit, and what it printed (one JSON line). */
function runProcess<T>(cwd: string, name: string, args: string[]): Promise<{ wallMs: number; output: T }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [script(name), ...args], {
      cwd,
      env: { ...process.env, ...WIRE_ENV, AWS_SDK_JS_SUPPRESS_NODE_VERSION_WARNING: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("exit", (code) => {
      const wallMs = performance.now() - started;
      if (code !== 0) {
        reject(new Error(`${name} ${args.join(" ")} failed: ${stderr}`));
        return;
      }
      resolve({ wallMs, output: JSON.parse(stdout) as T });
    });
  });
}

export interface ColdListing {
  client: ProcessClient;
  operation: Operation;
  items: number;
  /** Whole process, from spawn to exit: start, import, credentials, every page. Median of runs. */
  wallMs: number;
  cpuMs: number;
  runs: number;
}

const LISTING_CLIENTS: ProcessClient[] = ["svccat", "aws-sdk", "signed-request", "node-http"];

/** A new process per listing, the clients in turns, median of runs. */
export async function coldListings(cwd: string, endpoint: string, runs: number): Promise<ColdListing[]> {
  const out: ColdListing[] = [];
  for (const operation of ["Search", "Scan"] as const) {
    const samples = new Map(
      LISTING_CLIENTS.map((client) => [client, [] as Array<{ wallMs: number; cpuMs: number; items: number }>]),
    );
    for (let run = 0; run < runs; run++) {
      const order = [...LISTING_CLIENTS.slice(run % 4), ...LISTING_CLIENTS.slice(0, run % 4)];
      for (const client of order) {
        const { wallMs, output } = await runProcess<{ items: number; cpuMs: number }>(cwd, "list-all.mjs", [
          client,
          operation,
          endpoint,
        ]);
        samples.get(client)?.push({ wallMs, cpuMs: output.cpuMs, items: output.items });
      }
    }
    for (const client of LISTING_CLIENTS) {
      const mine = samples.get(client) ?? [];
      out.push({
        client,
        operation,
        items: mine[0]?.items ?? 0,
        wallMs: median(mine.map((s) => s.wallMs)),
        cpuMs: median(mine.map((s) => s.cpuMs)),
        runs,
      });
    }
  }
  return out;
}

export interface EarlyAndSteady {
  shape: string;
  operation: Operation;
  /** svccat's calls/s ÷ the SDK's, for calls 1–100 of a fresh client and for 300 calls after 1,100: medians of runs. */
  earlyRatio: number;
  steadyRatio: number;
  /** svccat's calls/s ÷ bare node:http's (unsigned, JSON.parse): how far svccat is from the floor on this shape. */
  earlyOfFloor: number;
  steadyOfFloor: number;
  svccat: Rates;
  sdk: Rates;
  floor: Rates;
  runs: number;
}

interface Rates {
  early: number;
  steady: number;
}

/** Shapes without tags are the same page for Scan, whose items have none. */
const SCAN_SAME_AS_TYPICAL = new Set(["no-tags", "ten-tags"]);
const PER_SHAPE_CLIENTS = ["svccat", "aws-sdk", "node-http"] as const;

/**
 * For every payload shape and operation, each client (and the node:http floor) in its own fresh process, in
 * turns; ratios of the runs taken side by side.
 */
export async function earlyAndSteady(
  cwd: string,
  ports: Readonly<Record<string, number>>,
  runs: number,
): Promise<EarlyAndSteady[]> {
  const out: EarlyAndSteady[] = [];
  for (const [shape, port] of Object.entries(ports)) {
    for (const operation of ["Search", "Scan"] as const) {
      if (operation === "Scan" && SCAN_SAME_AS_TYPICAL.has(shape)) {
        continue;
      }
      const endpoint = `http://127.0.0.1:${port}`;
      const samples: Array<Record<(typeof PER_SHAPE_CLIENTS)[number], Rates>> = [];
      for (let run = 0; run < runs; run++) {
        const order = [...PER_SHAPE_CLIENTS.slice(run % 3), ...PER_SHAPE_CLIENTS.slice(0, run % 3)];
        const figures: Partial<Record<(typeof PER_SHAPE_CLIENTS)[number], Rates>> = {};
        for (const client of order) {
          figures[client] = (
            await runProcess<Rates>(cwd, "early-and-steady.mjs", [client, operation, endpoint])
          ).output;
        }
        samples.push(figures as Record<(typeof PER_SHAPE_CLIENTS)[number], Rates>);
      }
      const rates = (client: (typeof PER_SHAPE_CLIENTS)[number]): Rates => ({
        early: median(samples.map((s) => s[client].early)),
        steady: median(samples.map((s) => s[client].steady)),
      });
      const ratio = (of: (typeof PER_SHAPE_CLIENTS)[number], phase: keyof Rates) =>
        median(samples.map((s) => s.svccat[phase] / s[of][phase]));
      out.push({
        shape,
        operation,
        earlyRatio: ratio("aws-sdk", "early"),
        steadyRatio: ratio("aws-sdk", "steady"),
        earlyOfFloor: ratio("node-http", "early"),
        steadyOfFloor: ratio("node-http", "steady"),
        svccat: rates("svccat"),
        sdk: rates("aws-sdk"),
        floor: rates("node-http"),
        runs,
      });
    }
  }
  return out;
}
