import { type ChildProcess, spawn } from "node:child_process";

/** A process started by a test or the bench, watched until it is ready or has ended. */
export interface WatchedProcess {
  readonly child: ChildProcess;
  /** The first match of `ready` in what it printed; rejects when it exits first (failure cases expect that). */
  readonly ready: Promise<RegExpExecArray>;
  /** Its exit code, once it has exited. */
  readonly exited: Promise<number | null>;
  /** Its exit code, once it has exited and its output streams have closed (all it printed is in `output()`). */
  readonly closed: Promise<number | null>;
  /** What it printed so far. */
  output(): { stdout: string; stderr: string };
}

export interface StartOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** What its standard output shows once it is ready, e.g. the endpoint it prints. */
  ready?: RegExp;
  /** Written to its standard input, which is then closed. */
  input?: string | Buffer;
}

/**
 * Starts a process and watches its output: no timing, only events, so that a loaded machine makes it slower and
 * nothing else. Whoever starts it stops it (`child.kill()`).
 */
export function startProcess(command: string, args: readonly string[], options: StartOptions = {}): WatchedProcess {
  const child = spawn(command, [...args], {
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
    env: options.env ?? process.env,
    stdio: [options.input === undefined ? "ignore" : "pipe", "pipe", "pipe"],
  });
  if (options.input !== undefined) {
    child.stdin?.end(options.input);
  }
  let stdout = "";
  let stderr = "";
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const closed = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
  const ready = new Promise<RegExpExecArray>((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = options.ready?.exec(stdout);
      if (match) {
        resolve(match);
      }
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("error", reject);
    void exited.then((code) => reject(new Error(`${command} exited (${code}) before it was ready: ${stderr.trim()}`)));
  });
  // A caller that expects an early exit never waits for readiness.
  ready.catch(() => undefined);
  return { child, ready, exited, closed, output: () => ({ stdout, stderr }) };
}

/** Runs a process to its end; resolves with its exit code and what it printed. */
export async function runProcess(
  command: string,
  args: readonly string[],
  options: Omit<StartOptions, "ready"> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const started = startProcess(command, args, options);
  const code = await started.closed;
  return { code, ...started.output() };
}
