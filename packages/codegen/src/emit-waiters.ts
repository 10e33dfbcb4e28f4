import type { OperationTable, WaiterAcceptor, WaiterTable } from "@svccat/model";
import type { GeneratedFile } from "./generated-files.js";

/**
 * The client's waiters, from the spec's `smithy.waiters#waitable` traits, on smithy's waiter machinery
 * (`@smithy/util-waiter`) and in the AWS SDK's form: per waiter a `waitFor<Name>` that answers the waiter's result
 * and a `waitUntil<Name>` that throws unless it succeeded. Each output path becomes a chain of optional member reads
 * on the command's typed output, so a path the spec gets wrong does not compile.
 */
export function waiterSources(
  operations: readonly OperationTable[],
  file: (path: string, contents: string) => GeneratedFile,
): { files: GeneratedFile[]; exports: string[] } {
  const files: GeneratedFile[] = [];
  const exports: string[] = [];
  for (const operation of operations) {
    for (const [name, waiter] of Object.entries(operation.waiters ?? {})) {
      files.push(file(`waiters/waitFor${name}.gen.ts`, waiterSource(operation, name, waiter)));
      exports.push(`export { waitFor${name}, waitUntil${name} } from "./waiters/waitFor${name}.gen.js";`);
    }
  }
  return { files, exports };
}

function waiterSource(operation: OperationTable, name: string, waiter: WaiterTable): string {
  const command = `${operation.name}Command`;
  const outputChecks = waiter.acceptors.filter((acceptor) => "output" in acceptor.matcher).map(acceptorCheck);
  const errorChecks = waiter.acceptors.filter((acceptor) => "errorType" in acceptor.matcher).map(acceptorCheck);
  const doc = waiter.documentation ?? `Waits on ${operation.name}.`;
  return `
import { checkExceptions, createWaiter, type WaiterConfiguration, type WaiterResult, WaiterState } from "@smithy/util-waiter";
import type { ServiceCatalogClient } from "../../ServiceCatalogClient.js";
import { ${command}, type ${command}Input } from "../commands/${command}.gen.js";

/** One poll: the command's answer (or error) against the waiter's acceptors, in the spec's order. */
async function checkState(client: ServiceCatalogClient, input: ${command}Input): Promise<WaiterResult> {
  let reason: unknown;
  try {
    const result = await client.send(new ${command}(input));
    reason = result;
${outputChecks.map((check) => `    ${check}`).join("\n")}
  } catch (exception) {
    reason = exception;${
      errorChecks.length === 0
        ? ""
        : `\n    const name = (exception as { name?: unknown }).name;\n${errorChecks.map((check) => `    ${check}`).join("\n")}`
    }
  }
  return { state: WaiterState.RETRY, reason };
}

const DEFAULTS = { minDelay: ${waiter.minDelay}, maxDelay: ${waiter.maxDelay} };

/**
 * ${doc}
 *
 * Polls \`${operation.name}\` from ${waiter.minDelay} s apart up to ${waiter.maxDelay} s apart, until \`maxWaitTime\` (seconds) runs out;
 * answers the waiter's result (\`state\` and the last answer or error as \`reason\`).
 * @public
 */
export async function waitFor${name}(
  params: WaiterConfiguration<ServiceCatalogClient>,
  input: ${command}Input,
): Promise<WaiterResult> {
  return createWaiter({ ...DEFAULTS, ...params }, input, checkState);
}

/**
 * As {@link waitFor${name}}, but throws unless the wait succeeded (failure, timeout or abort), as the AWS SDK's
 * \`waitUntil…\` functions do.
 * @public
 */
export async function waitUntil${name}(
  params: WaiterConfiguration<ServiceCatalogClient>,
  input: ${command}Input,
): Promise<WaiterResult> {
  return checkExceptions(await createWaiter({ ...DEFAULTS, ...params }, input, checkState));
}
`;
}

function acceptorCheck(acceptor: WaiterAcceptor): string {
  const state = `WaiterState.${acceptor.state.toUpperCase()}`;
  if ("errorType" in acceptor.matcher) {
    return `if (name === ${JSON.stringify(acceptor.matcher.errorType)}) {\n      return { state: ${state}, reason };\n    }`;
  }
  const { path, expected } = acceptor.matcher.output;
  const read = `result${path
    .split(".")
    .map((member) => `?.${member}`)
    .join("")}`;
  return `if (${read} === ${JSON.stringify(expected)}) {\n      return { state: ${state}, reason };\n    }`;
}
