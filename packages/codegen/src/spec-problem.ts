/** One thing wrong with a spec, located as precisely as the check can. */
export interface SpecProblem {
  /** The spec file, as given to the generator. */
  file: string;
  /** Absolute shape id, when the problem belongs to a shape. */
  shape?: string;
  /** Member name, when it belongs to a member. */
  member?: string;
  message: string;
}

export function formatProblem(problem: SpecProblem): string {
  const where = [problem.file];
  if (problem.shape !== undefined) {
    where.push(`shape ${problem.shape}`);
  }
  if (problem.member !== undefined) {
    where.push(`member ${problem.member}`);
  }
  return `${where.join(", ")}: ${problem.message}`;
}

/** Thrown when a spec cannot be generated from; its message lists every problem, one a line. */
export class SpecError extends Error {
  override readonly name = "SpecError";
  readonly problems: readonly SpecProblem[];

  constructor(problems: readonly SpecProblem[]) {
    const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
    super(`The spec has ${count}:\n${problems.map((p) => `  - ${formatProblem(p)}`).join("\n")}`);
    this.problems = problems;
  }
}
