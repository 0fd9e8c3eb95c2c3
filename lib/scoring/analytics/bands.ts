import { countPositives, type ScoredOutcome } from "./scored-outcome";

export type ScoreBand = {
  // Lowest and highest score in the band, both included.
  minScore: number;
  maxScore: number;
  count: number;
  conversions: number;
  conversionRate: number;
  // The band's conversion rate divided by the overall rate; null when no lead converted.
  lift: number | null;
};

export const DEFAULT_BAND_COUNT = 5;

/**
 * Splits leads into `bandCount` quantile bands by score and returns them from
 * the highest scores down. Equal scores always share a band, so heavy ties
 * give fewer, unequal bands. Returns no bands for no leads.
 */
export function computeScoreBands(input: { scored: readonly ScoredOutcome[]; bandCount?: number }): ScoreBand[] {
  const { scored, bandCount = DEFAULT_BAND_COUNT } = input;
  if (!Number.isInteger(bandCount) || bandCount < 1) throw new RangeError(`Invalid band count ${bandCount}: use a whole number of at least 1.`);
  if (scored.length === 0) return [];

  const sorted = [...scored].sort((a, b) => a.score - b.score);
  const overallRate = countPositives(sorted) / sorted.length;

  const bands: ScoreBand[] = [];
  let start = 0;
  for (let band = 1; band <= bandCount && start < sorted.length; band += 1) {
    let end = Math.max(start + 1, Math.round((band * sorted.length) / bandCount));
    // Move the cut past the last lead with the same score.
    while (end < sorted.length && sorted[end]!.score === sorted[end - 1]!.score) end += 1;

    bands.push(describeBand(sorted.slice(start, end), overallRate));
    start = end;
  }

  return bands.reverse();
}

function describeBand(members: readonly ScoredOutcome[], overallRate: number): ScoreBand {
  const conversions = countPositives(members);
  const conversionRate = conversions / members.length;

  return {
    minScore: members[0]!.score,
    maxScore: members.at(-1)!.score,
    count: members.length,
    conversions,
    conversionRate,
    lift: overallRate === 0 ? null : conversionRate / overallRate,
  };
}
