/** Rate arithmetic for the funnel. Pure, so client code may import this file. */

/** Returns numerator / denominator, or null when the denominator is 0, so "no leads" never reads as 0 %. */
export function computeRate(numerator: number, denominator: number): number | null {
  if (denominator === 0) return null;

  return numerator / denominator;
}

/** Returns each count's rate from the count before it; the first count has none (null). */
export function computeStepRates(counts: readonly number[]): (number | null)[] {
  return counts.map((count, index) => (index === 0 ? null : computeRate(count, counts[index - 1]!)));
}

/** Formats a rate as a percentage with `digits` decimals, or "n/a" for no rate. */
export function formatRate(rate: number | null, digits = 1): string {
  if (rate === null) return "n/a";

  return `${(rate * 100).toFixed(digits)}%`;
}
