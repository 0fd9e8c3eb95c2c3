export function mean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;

  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Nearest-rank percentile (0–100) of unsorted values, or NaN when there are none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;

  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));

  return sorted[rank - 1]!;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;

  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);

  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Counts of events per whole second since `startMs`, for seconds 0 to
 * `seconds` - 1. Events at or after the end are left out, so a partial last
 * second does not lower the samples.
 */
export class PerSecondCounter {
  private readonly counts: number[];

  constructor(
    private readonly startMs: number,
    seconds: number,
  ) {
    this.counts = new Array<number>(seconds).fill(0);
  }

  record(atMs: number): void {
    const second = Math.floor((atMs - this.startMs) / 1000);
    if (second >= 0 && second < this.counts.length) this.counts[second]! += 1;
  }

  samples(): number[] {
    return [...this.counts];
  }
}

export function round(value: number, digits = 1): number {
  const factor = 10 ** digits;

  return Math.round(value * factor) / factor;
}
