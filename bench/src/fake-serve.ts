import type { ChildProcess } from "node:child_process";
import { Agent, request } from "node:http";
import { createRequire } from "node:module";
import { Sha256 } from "@smithy/core/checksum";
import { SignatureV4 } from "@smithy/signature-v4";
import { startProcess } from "@svccat/test-kit/processes";
import { wireRequest } from "./processes/wire-request.mjs";
import { median } from "./stats.js";
import { CONTENT_TYPE, WIRE } from "./wire-facts.js";

/** `svccat-fake serve` against a canned node:http server sending the same bytes: requests per second. */
export interface FakeServeFigures {
  concurrency: number;
  fakeRps: number;
  floorRps: number;
  /** Median of per-round ratios, fake ÷ floor. */
  ratio: number;
  rounds: number;
}

const BODY = JSON.stringify({
  AccessLevelFilter: { Key: "Account", Value: "self" },
  SortBy: "createdTime",
  PageSize: 100,
});

/** A server process of the bench's, once it prints the URL `ready` captures. */
async function start(
  args: string[],
  cwd: string,
  ready: RegExp,
  input?: Buffer,
): Promise<{ child: ChildProcess; url: string }> {
  const started = startProcess(process.execPath, args, { cwd, ready, ...(input === undefined ? {} : { input }) });
  return { child: started.child, url: (await started.ready)[1] as string };
}

/** A server that answers every request with these bytes and headers, as fast as node:http can. */
const FLOOR_SERVER = `const { createServer } = require("node:http");
let body = Buffer.alloc(0);
process.stdin.on("data", (c) => { body = Buffer.concat([body, c]); });
process.stdin.on("end", () => {
  let n = 0;
  const server = createServer((req, res) => { req.resume(); req.on("end", () => {
    res.writeHead(200, { "content-type": ${JSON.stringify(CONTENT_TYPE)}, "x-amzn-requestid": "floor-" + ++n, "content-length": body.length });
    res.end(body); }); });
  server.keepAliveTimeout = 60000;
  server.listen(0, "127.0.0.1", () => process.stdout.write("floor on (http://127.0.0.1:" + server.address().port + ")\\n"));
});`;

async function signedHeaders(url: URL): Promise<Record<string, string>> {
  const signer = new SignatureV4({
    service: "servicecatalog",
    region: "us-east-1",
    credentials: { accessKeyId: "test", secretAccessKey: "test" },
    sha256: Sha256,
  });
  const signed = await signer.sign(wireRequest(url.href, "Search", BODY, WIRE));
  return signed.headers;
}

function send(url: URL, agent: Agent, headers: Record<string, string>): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: "POST", agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        res.statusCode === 200 ? resolve(Buffer.concat(chunks)) : reject(new Error(`HTTP ${res.statusCode}`)),
      );
    });
    req.on("error", reject);
    req.end(BODY);
  });
}

async function rps(url: URL, headers: Record<string, string>, concurrency: number, requests: number): Promise<number> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests) {
        next++;
        await send(url, agent, headers);
      }
    }),
  );
  const elapsed = performance.now() - started;
  agent.destroy();
  return (requests / elapsed) * 1000;
}

/**
 * The compiled `svccat-fake serve` (250 generated products, SigV4 verified) in its own process, and a node:http
 * server in another sending the bytes the fake sent for the same page: requests per second from this process,
 * the same signed request every time, rounds alternating which goes first.
 */
export async function fakeServeFigures(cwd: string, rounds: number, requests: number): Promise<FakeServeFigures[]> {
  const cli = createRequire(`${cwd}/`)
    .resolve("@svccat/fake/package.json")
    .replace(/package\.json$/, "dist/cli/index.js");
  const fake = await start([cli, "serve", "--port", "0", "--generate", "250"], cwd, /on (http:\/\/[^ ]+) /);
  let floor: { child: ChildProcess; url: string } | undefined;
  try {
    const fakeUrl = new URL(fake.url);
    const fakeHeaders = await signedHeaders(fakeUrl);
    const bytes = await send(fakeUrl, new Agent(), fakeHeaders);
    floor = await start(["-e", FLOOR_SERVER], cwd, /on \((http:\/\/[^)]+)\)/, bytes);
    const floorUrl = new URL(floor.url);
    const floorHeaders = await signedHeaders(floorUrl);
    const out: FakeServeFigures[] = [];
    for (const concurrency of [1, 16]) {
      // Warm both up.
      await rps(fakeUrl, fakeHeaders, concurrency, requests / 2);
      await rps(floorUrl, floorHeaders, concurrency, requests / 2);
      const samples: Array<{ fake: number; floor: number }> = [];
      for (let round = 0; round < rounds; round++) {
        const pair = { fake: 0, floor: 0 };
        if (round % 2 === 0) {
          pair.fake = await rps(fakeUrl, fakeHeaders, concurrency, requests);
          pair.floor = await rps(floorUrl, floorHeaders, concurrency, requests);
        } else {
          pair.floor = await rps(floorUrl, floorHeaders, concurrency, requests);
          pair.fake = await rps(fakeUrl, fakeHeaders, concurrency, requests);
        }
        samples.push(pair);
      }
      out.push({
        concurrency,
        fakeRps: median(samples.map((s) => s.fake)),
        floorRps: median(samples.map((s) => s.floor)),
        ratio: median(samples.map((s) => s.fake / s.floor)),
        rounds,
      });
    }
    return out;
  } finally {
    fake.child.kill();
    floor?.child.kill();
  }
}
