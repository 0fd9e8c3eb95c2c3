import type { Random } from "./random";

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

// Relative rate of form submissions by local hour, 0–23: office hours with a lunch dip, a little in the evening.
const HOUR_WEIGHTS = [0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.5, 1.5, 5, 9, 11, 10, 7, 8, 10, 10, 8, 5, 3, 2, 2, 1.5, 1, 0.5];
const HOURS = HOUR_WEIGHTS.map((weight, hour) => [hour, weight] as const);

// A weekend day gets this share of a weekday's submissions.
const WEEKEND_RATE = 0.22;
const MAX_ATTEMPTS = 100;

/**
 * Draw a moment in [from, to] when a prospect `utcOffset` hours ahead of
 * UTC submits a form, most likely on a weekday during local office hours.
 * Falls back to a uniform moment when the range is too short to find one.
 */
export function sampleArrival(random: Random, range: { from: Date; to: Date; utcOffset: number }): Date {
  const offsetMs = range.utcOffset * HOUR_MS;
  const fromMs = range.from.getTime();
  const toMs = range.to.getTime();
  const firstLocalDay = Math.floor((fromMs + offsetMs) / DAY_MS);
  const lastLocalDay = Math.floor((toMs + offsetMs) / DAY_MS);

  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const localDay = random.integer(firstLocalDay, lastLocalDay);
    const weekday = new Date(localDay * DAY_MS).getUTCDay();
    const isWeekend = weekday === 0 || weekday === 6;
    if (isWeekend && !random.chance(WEEKEND_RATE)) continue;

    const localMs = localDay * DAY_MS + random.weighted(HOURS) * HOUR_MS + Math.floor(random.next() * HOUR_MS);
    const moment = localMs - offsetMs;
    if (moment >= fromMs && moment <= toMs) return new Date(moment);
  }

  return new Date(fromMs + Math.floor(random.next() * (toMs - fromMs)));
}
