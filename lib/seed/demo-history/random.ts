/** A seeded pseudo-random source: the same seed always gives the same sequence. Not for secrets. */
export type Random = {
  // Uniform in [0, 1).
  next: () => number;
  chance: (probability: number) => boolean;
  // Uniform in [min, max).
  between: (min: number, max: number) => number;
  // Uniform integer in [min, max], both included.
  integer: (min: number, max: number) => number;
  pick: <T>(items: readonly T[]) => T;
  // Entries are [item, relative weight], and the weights need not add up to 1.
  weighted: <T>(entries: readonly (readonly [T, number])[]) => T;
  // Up to `count` distinct items, in random order.
  sample: <T>(items: readonly T[], count: number) => T[];
};

/** Mulberry32: a 32-bit state, fast, and uniform enough for demo data. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;

  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };

  const integer = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));

  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error("Cannot pick from an empty list.");
    return items[Math.floor(next() * items.length)]!;
  };

  const weighted = <T>(entries: readonly (readonly [T, number])[]): T => {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    if (total <= 0) throw new Error("Cannot pick from weights that add up to zero.");

    let remaining = next() * total;
    for (const [item, weight] of entries) {
      remaining -= weight;
      if (remaining < 0) return item;
    }

    return entries.at(-1)![0];
  };

  const sample = <T>(items: readonly T[], count: number): T[] => {
    const pool = [...items];
    const picked: T[] = [];
    while (picked.length < count && pool.length > 0) {
      picked.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
    }

    return picked;
  };

  return {
    next,
    chance: (probability) => next() < probability,
    between: (min, max) => min + next() * (max - min),
    integer,
    pick,
    weighted,
    sample,
  };
}
