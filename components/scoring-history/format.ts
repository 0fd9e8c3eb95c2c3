/** Display formats of back-test figures. Pure, so client code may import this file. */

/** Formats an AUC with three decimals, or "n/a" when one outcome is missing. */
export function formatAuc(auc: number | null): string {
  return auc === null ? "n/a" : auc.toFixed(3);
}

/** Formats a lift as "2.40×", or "n/a" when no lead converted. */
export function formatLift(lift: number | null): string {
  return lift === null ? "n/a" : `${lift.toFixed(2)}×`;
}

/** Formats a band's scores as "40 to 85" (scores may be negative, so no dash), or "40" when every lead in it has one score. */
export function formatScoreRange(band: { minScore: number; maxScore: number }): string {
  return band.minScore === band.maxScore ? String(band.minScore) : `${band.minScore} to ${band.maxScore}`;
}
