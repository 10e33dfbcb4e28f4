import { type AstShape, isObject, KNOWN_TRAITS, PRELUDE_SHAPES, shapeType, TRAIT } from "../smithy-ast.js";
import type { SpecProblem } from "../spec-problem.js";

/** What every check of one spec shares: its shapes, how to report a problem, and the lookups the checks repeat. */
export class SpecContext {
  readonly problems: SpecProblem[] = [];
  private readonly definedTraits: ReadonlySet<string>;

  constructor(
    readonly file: string,
    readonly shapes: Record<string, AstShape>,
  ) {
    this.definedTraits = new Set(
      Object.entries(shapes)
        .filter(([, shape]) => isObject(shape) && isObject(shape.traits) && TRAIT.trait in shape.traits)
        .map(([id]) => id),
    );
  }

  report(message: string, shape?: string, member?: string): void {
    this.problems.push({
      file: this.file,
      message,
      ...(shape === undefined ? {} : { shape }),
      ...(member === undefined ? {} : { member }),
    });
  }

  /** The type of a shape id, prelude shapes included; undefined when the spec does not define it. */
  typeOf(id: string): string | undefined {
    return PRELUDE_SHAPES[id] ?? shapeType(this.shapes[id]);
  }

  /** Reports traits that are neither understood by the generators nor defined in the spec. */
  checkTraits(traits: unknown, shape: string, member?: string): void {
    if (traits === undefined) {
      return;
    }
    if (!isObject(traits)) {
      this.report("`traits` must be an object of trait id to value", shape, member);
      return;
    }
    for (const traitId of Object.keys(traits)) {
      if (!KNOWN_TRAITS.has(traitId) && !this.definedTraits.has(traitId)) {
        this.report(
          `unknown trait ${traitId}: neither a trait the generators understand nor one the spec defines`,
          shape,
          member,
        );
      }
    }
  }

  /** The target of a reference when it resolves; otherwise reports why and answers undefined. */
  checkTarget(ref: unknown, what: string, shape: string, member?: string): string | undefined {
    if (!isObject(ref) || typeof ref.target !== "string") {
      this.report(`${what} must be an object with a string \`target\``, shape, member);
      return undefined;
    }
    if (this.typeOf(ref.target) === undefined) {
      this.report(`${what} targets ${ref.target}, which is not defined in the spec`, shape, member);
      return undefined;
    }
    return ref.target;
  }
}
