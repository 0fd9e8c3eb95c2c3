/** Mulberry32: a seeded generator of numbers in [0, 1), the same sequence for the same seed. Not for secrets. */
function createGenerator(seed: number): () => number {
  let state = seed >>> 0;

  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function shuffle<T>(items: readonly T[], next: () => number): T[] {
  const shuffled = [...items];
  for (let index = shuffled.length - 1; index > 0; index -= 1) {
    const other = Math.floor(next() * (index + 1));
    [shuffled[index], shuffled[other]] = [shuffled[other]!, shuffled[index]!];
  }

  return shuffled;
}

/**
 * Splits leads into a training part and a held-out test part, stratified by
 * outcome: `testShare` of the converted and of the unconverted leads, each
 * rounded, go to the test part. The same seed always gives the same split.
 */
export function splitLeads<T extends { outcome: 0 | 1 }>(input: { leads: readonly T[]; testShare: number; seed: number }): { train: T[]; test: T[] } {
  const { leads, testShare, seed } = input;
  if (!(testShare > 0 && testShare < 1)) throw new RangeError(`Invalid test share ${testShare}: use a fraction between 0 and 1.`);

  const next = createGenerator(seed);
  const train: T[] = [];
  const test: T[] = [];
  for (const outcome of [1, 0] as const) {
    const group = shuffle(
      leads.filter((lead) => lead.outcome === outcome),
      next,
    );
    const testCount = Math.round(group.length * testShare);
    test.push(...group.slice(0, testCount));
    train.push(...group.slice(testCount));
  }

  return { train, test };
}
