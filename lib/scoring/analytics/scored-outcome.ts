/** A lead's score next to what became of it: 1 converted, 0 did not. */
export type ScoredOutcome = { score: number; outcome: 0 | 1 };

/** Counts the converted leads. */
export function countPositives(scored: readonly ScoredOutcome[]): number {
  return scored.reduce((sum, item) => sum + item.outcome, 0);
}
