import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import type { AwsCredentialIdentity } from "@smithy/types";
import type { OperationName } from "@svccat/model";
import type { CallOutcome, ClientSettings, ConformanceClient } from "./client-contract.js";

const DRIVER = fileURLToPath(new URL("../../python/boto3_driver.py", import.meta.url));

/** The longest one call may take through the Python process, retries included, before it counts as no answer. */
const CALL_TIMEOUT_MS = 5 * 60 * 1000;

/** The reason boto3 cannot be used on this machine, or undefined when it can. @public */
export async function boto3Unavailable(): Promise<string | undefined> {
  return new Promise((resolve) => {
    const probe = spawn("python3", ["-c", "import boto3, botocore; print(botocore.__version__)"]);
    let stderr = "";
    probe.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    probe.on("error", (error) => resolve(`python3 cannot be started (${error.message})`));
    probe.on("exit", (code) =>
      resolve(code === 0 ? undefined : `python3 cannot import boto3 (${stderr.trim().split("\n").at(-1) ?? ""})`),
    );
  });
}

/**
 * The suite's third client: boto3, in a Python process that speaks JSON lines (`python/boto3_driver.py`), so the
 * same cases run through botocore's serializer, signer, retries, parser and error model. Needs python3 with
 * boto3; nothing else is installed.
 * @public
 */
export function createBoto3Client(settings: ClientSettings): ConformanceClient {
  let process: ChildProcessWithoutNullStreams | undefined;
  let started: Promise<ChildProcessWithoutNullStreams> | undefined;
  let next = 0;
  const pending = new Map<number, { resolve: (outcome: CallOutcome) => void; reject: (error: Error) => void }>();

  const fail = (error: Error) => {
    for (const waiter of pending.values()) {
      waiter.reject(error);
    }
    pending.clear();
  };

  const start = async (): Promise<ChildProcessWithoutNullStreams> => {
    const credentials =
      typeof settings.credentials === "function" ? await settings.credentials() : settings.credentials;
    const child = spawn("python3", [DRIVER], { stdio: ["pipe", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr = `${stderr}${chunk.toString()}`.slice(-2_000);
    });
    child.on("error", (error) => fail(new Error(`the boto3 driver could not start: ${error.message}`)));
    child.on("exit", (code) => fail(new Error(`the boto3 driver exited (${code}): ${stderr.trim()}`)));
    createInterface({ input: child.stdout }).on("line", (line) => {
      // The driver writes the call's outcome in the suite's own shape (absent members left out, timestamps as
      // `{"$date": seconds}`), so it is read as it is.
      const answer = JSON.parse(line, reviveDate) as { id: number; outcome: CallOutcome };
      pending.get(answer.id)?.resolve(answer.outcome);
      pending.delete(answer.id);
    });
    child.stdin.write(
      `${JSON.stringify({
        region: settings.region,
        endpoint: settings.endpoint,
        profile: settings.profile,
        maxAttempts: settings.maxAttempts,
        credentials: credentials === undefined ? undefined : staticCredentials(credentials),
      })}\n`,
    );
    process = child;
    return child;
  };

  const call = async <Op extends OperationName>(
    operation: Op,
    input: unknown,
    options?: { rawBody?: string },
  ): Promise<CallOutcome<Op>> => {
    started ??= start();
    const child = await started;
    const id = next++;
    const answered = new Promise<CallOutcome>((resolve, reject) => {
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error(`the boto3 driver did not answer within ${CALL_TIMEOUT_MS} ms`));
      }, CALL_TIMEOUT_MS);
      pending.set(id, {
        resolve: (outcome) => {
          clearTimeout(timer);
          resolve(outcome);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
    });
    child.stdin.write(`${JSON.stringify({ id, operation, input, rawBody: options?.rawBody })}\n`);
    // The outcome of this call of `operation`: its output is that operation's.
    return (await answered) as CallOutcome<Op>;
  };

  return {
    name: "boto3",
    call,
    destroy: () => {
      process?.stdin.end();
      process?.kill();
    },
  };
}

function staticCredentials(credentials: AwsCredentialIdentity) {
  return {
    accessKeyId: credentials.accessKeyId,
    secretAccessKey: credentials.secretAccessKey,
    ...(credentials.sessionToken === undefined ? {} : { sessionToken: credentials.sessionToken }),
  };
}

/** The driver's `{"$date": epoch seconds}` back into a `Date`, as the JavaScript clients give timestamps. */
function reviveDate(_key: string, value: unknown): unknown {
  const seconds = typeof value === "object" && value !== null ? (value as { $date?: unknown }).$date : undefined;
  return typeof seconds === "number" ? new Date(seconds * 1000) : value;
}
