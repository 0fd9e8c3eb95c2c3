import { countPositives, type ScoredOutcome } from "./scored-outcome";

/**
 * Computes the area under the ROC curve from ranks (the Mann–Whitney U
 * statistic): the probability that a random converted lead scores higher
 * than a random unconverted one, a tie counting one half. Tied scores share
 * their average rank. Returns null unless both outcomes occur.
 */
export function computeAuc(scored: readonly ScoredOutcome[]): number | null {
  const positives = countPositives(scored);
  const negatives = scored.length - positives;
  if (positives === 0 || negatives === 0) return null;

  for (const item of scored) {
    if (!Number.isFinite(item.score)) throw new RangeError(`Cannot rank the score ${item.score}: scores must be finite numbers.`);
  }
  const sorted = [...scored].sort((a, b) => a.score - b.score);

  let positiveRankSum = 0;
  let start = 0;
  while (start < sorted.length) {
    let end = start;
    while (end < sorted.length && sorted[end]!.score === sorted[start]!.score) end += 1;

    // The tie group spans the 1-based ranks start + 1 … end.
    const averageRank = (start + 1 + end) / 2;
    for (let index = start; index < end; index += 1) {
      if (sorted[index]!.outcome === 1) positiveRankSum += averageRank;
    }
    start = end;
  }

  const u = positiveRankSum - (positives * (positives + 1)) / 2;
  return u / (positives * negatives);
}
