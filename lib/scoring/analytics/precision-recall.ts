import { countPositives, type ScoredOutcome } from "./scored-outcome";

export type ThresholdMetrics = {
  threshold: number;
  // Leads with score >= threshold, the ones the model would pass to sales as MQLs.
  flagged: number;
  truePositives: number;
  // Null when no lead is flagged.
  precision: number | null;
  // Null when no lead converted.
  recall: number | null;
};

/** Computes precision and recall when every lead scoring at least `threshold` counts as an MQL. */
export function computePrecisionRecall(input: { scored: readonly ScoredOutcome[]; threshold: number }): ThresholdMetrics {
  const { scored, threshold } = input;

  const flaggedLeads = scored.filter((item) => item.score >= threshold);
  const truePositives = countPositives(flaggedLeads);
  const positives = countPositives(scored);

  return {
    threshold,
    flagged: flaggedLeads.length,
    truePositives,
    precision: flaggedLeads.length === 0 ? null : truePositives / flaggedLeads.length,
    recall: positives === 0 ? null : truePositives / positives,
  };
}
