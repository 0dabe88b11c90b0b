/**
 * Thrown by a kind's compiler when this organisation's words make a rule unsafe to run (a pattern
 * whose words overlap can backtrack without end). The pack stays in force; only this rule is left out.
 */
export class RuleRefusedError extends Error {
  constructor(
    /** The rule's field at fault, e.g. `regex`. */
    readonly field: string,
    readonly problem: string,
  ) {
    super(problem);
    this.name = 'RuleRefusedError';
  }
}
