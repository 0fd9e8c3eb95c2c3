// Numbers in a CSV rarely carry more decimals than this; more would make bin edges unreadable.
const MAX_DECIMALS = 6;

/** One numeric bin; a missing bound leaves that side open. Both bounds are included, as in a `range` condition. */
export type NumericBin = { min?: number; max?: number };

function countDecimals(value: number): number {
  const text = String(value);
  if (text.includes("e")) return MAX_DECIMALS;

  const point = text.indexOf(".");
  return point === -1 ? 0 : Math.min(MAX_DECIMALS, text.length - point - 1);
}

/**
 * Cuts observed values into at most `binCount` quantile bins that cover the
 * number line: the first bin is open below, the last open above. Equal
 * values share a bin, so heavy ties give fewer bins. A bin starts one step
 * above the end of the previous one, the step being the finest decimal place
 * in the values (1 for whole numbers). NOTE: a value with more decimals than
 * the observed ones can fall between two bins and match neither.
 */
export function computeQuantileBins(input: { values: readonly number[]; binCount: number }): NumericBin[] {
  const { values, binCount } = input;
  if (values.length === 0) return [];

  const sorted = [...values].sort((a, b) => a - b);
  const decimals = Math.max(...sorted.map(countDecimals));
  const step = 10 ** -decimals;
  const largest = sorted.at(-1)!;

  const edges: number[] = [];
  for (let bin = 1; bin < binCount; bin += 1) {
    const edge = sorted[Math.ceil((bin * sorted.length) / binCount) - 1]!;
    if (edge !== edges.at(-1) && edge < largest) edges.push(edge);
  }

  const bins: NumericBin[] = [];
  let min: number | undefined;
  for (const edge of edges) {
    bins.push({ min, max: edge });
    min = Number((edge + step).toFixed(decimals));
  }
  bins.push({ min });

  return bins;
}
