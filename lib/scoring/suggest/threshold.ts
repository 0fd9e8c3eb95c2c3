import { countPositives, type ScoredOutcome } from "@/lib/scoring/analytics/scored-outcome";

/**
 * Picks the MQL threshold with the highest F1 score (the harmonic mean of
 * precision and recall) when leads scoring at least the threshold are MQLs.
 * Every distinct score is tried. On a tie the higher threshold wins, since
 * it sends sales fewer leads.
 */
export function chooseF1Threshold(scored: readonly ScoredOutcome[]): { threshold: number; f1: number } {
  const positives = countPositives(scored);
  const sorted = [...scored].sort((a, b) => b.score - a.score);

  let best = { threshold: sorted[0]?.score ?? 0, f1: 0 };
  let flagged = 0;
  let truePositives = 0;
  for (let index = 0; index < sorted.length; index += 1) {
    flagged += 1;
    truePositives += sorted[index]!.outcome;

    // Evaluate only at the end of a run of equal scores, where the threshold can cut.
    const isLastOfScore = index === sorted.length - 1 || sorted[index + 1]!.score !== sorted[index]!.score;
    if (!isLastOfScore || positives === 0) continue;

    const f1 = (2 * truePositives) / (flagged + positives);
    if (f1 > best.f1) best = { threshold: sorted[index]!.score, f1 };
  }

  return best;
}
