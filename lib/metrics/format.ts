/** Display formats for funnel figures. Pure, so client code may import this file. */

const MINUTES_PER_HOUR = 60;
const MINUTES_PER_DAY = 24 * MINUTES_PER_HOUR;

/**
 * Formats a duration in minutes, rounded to the minute, as "45 min",
 * "2 h 5 min" or "3 d 4 h" (days drop the minutes). Null gives "n/a".
 */
export function formatMinutes(minutes: number | null): string {
  if (minutes === null || !Number.isFinite(minutes)) return "n/a";

  const total = Math.max(0, Math.round(minutes));
  if (total < MINUTES_PER_HOUR) return `${total} min`;

  if (total < MINUTES_PER_DAY) {
    const hours = Math.floor(total / MINUTES_PER_HOUR);
    const rest = total % MINUTES_PER_HOUR;
    return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
  }

  const days = Math.floor(total / MINUTES_PER_DAY);
  const hours = Math.floor((total % MINUTES_PER_DAY) / MINUTES_PER_HOUR);

  return hours === 0 ? `${days} d` : `${days} d ${hours} h`;
}

const COUNT_FORMAT = new Intl.NumberFormat("en");

/** Formats a count with thousands separators, as "12,345". */
export function formatCount(count: number): string {
  return COUNT_FORMAT.format(count);
}
