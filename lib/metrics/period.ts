/**
 * Reporting periods of whole local days in an IANA time zone. Pure, so
 * client code may import this file.
 */

/** Local days from `from` up to, but not including, `to`, both YYYY-MM-DD in `timeZone`. */
export type Period = {
  from: string;
  to: string;
  timeZone: string;
};

export const DEFAULT_PERIOD_DAYS = 90;
// Bounds the daily series, which has one row per day.
export const MAX_PERIOD_DAYS = 731;
export const DEFAULT_TIME_ZONE = "UTC";

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// Region/City names such as "America/Argentina/Buenos_Aires", "Etc/GMT+5" or "UTC". Offsets such as "+09:00" are
// rejected even where Intl accepts them, because PostgreSQL (checked on 15) reads a bare offset as a POSIX zone with
// the sign inverted, so "+09:00" would mean UTC-9.
const IANA_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

/** Returns the canonical IANA name of a time zone that Intl accepts ("asia/tokyo" gives "Asia/Tokyo"), or null. */
export function resolveTimeZone(name: string): string | null {
  const trimmed = name.trim();
  if (!IANA_NAME.test(trimmed)) return null;

  try {
    return new Intl.DateTimeFormat("en", { timeZone: trimmed }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** Checks that the value is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;

  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));

  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Shifts a YYYY-MM-DD date by whole calendar days. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];

  return new Date(Date.UTC(year, month - 1, day) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Counts the days from `from` to `to`, negative when `to` comes first. */
export function countDays(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Formats an instant as the YYYY-MM-DD date it falls on in `timeZone`. */
export function formatLocalDate(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value;

  return `${part("year")}-${part("month")}-${part("day")}`;
}

/** Returns the last DEFAULT_PERIOD_DAYS local days, today included. */
export function createDefaultPeriod({ now, timeZone }: { now: Date; timeZone: string }): Period {
  const to = addDays(formatLocalDate(now, timeZone), 1);

  return { from: addDays(to, -DEFAULT_PERIOD_DAYS), to, timeZone };
}

/**
 * Throws unless the period has real dates, a time zone that Intl accepts,
 * in its canonical spelling, and from 1 to MAX_PERIOD_DAYS days. The funnel queries
 * call it before they send the period to the database.
 */
export function assertValidPeriod(period: Period): void {
  if (!isIsoDate(period.from) || !isIsoDate(period.to)) {
    throw new Error(`Invalid period ${period.from} to ${period.to}: dates must be YYYY-MM-DD.`);
  }
  if (resolveTimeZone(period.timeZone) !== period.timeZone) {
    throw new Error(`Invalid time zone "${period.timeZone}": expected a canonical IANA name such as Europe/Berlin.`);
  }

  const days = countDays(period.from, period.to);
  if (days < 1 || days > MAX_PERIOD_DAYS) {
    throw new Error(`Invalid period ${period.from} to ${period.to}: it must span 1 to ${MAX_PERIOD_DAYS} days.`);
  }
}

export type SearchParams = Record<string, string | string[] | undefined>;

function readParam(params: SearchParams, name: string): string {
  const value = params[name];
  const first = Array.isArray(value) ? value[0] : value;

  return first?.trim() ?? "";
}

/**
 * Reads the period from the funnel page's search params: `from` and `to`
 * are the first and the last day shown (both included, as a date picker
 * reads), and `tz` the time zone. Missing values take the defaults: the last
 * 90 days and `defaultTimeZone` (the sales team's, else UTC). An invalid value
 * is replaced by its default and named in `problems`, so the page can show
 * what it used instead.
 */
export function parsePeriodParams({
  params,
  now,
  defaultTimeZone = DEFAULT_TIME_ZONE,
}: {
  params: SearchParams;
  now: Date;
  defaultTimeZone?: string;
}): { period: Period; problems: string[] } {
  const problems: string[] = [];

  const rawTimeZone = readParam(params, "tz");
  const fallbackTimeZone = resolveTimeZone(defaultTimeZone) ?? DEFAULT_TIME_ZONE;
  let timeZone = fallbackTimeZone;
  if (rawTimeZone !== "") {
    const resolved = resolveTimeZone(rawTimeZone);
    if (resolved) timeZone = resolved;
    else problems.push(`Unknown time zone "${rawTimeZone}", so the funnel is shown in ${fallbackTimeZone}.`);
  }

  const fallback = createDefaultPeriod({ now, timeZone });
  const rawFrom = readParam(params, "from");
  const rawTo = readParam(params, "to");
  const fromValid = rawFrom === "" || isIsoDate(rawFrom);
  const toValid = rawTo === "" || isIsoDate(rawTo);
  if (!fromValid) problems.push(`The start date "${rawFrom}" is invalid: use YYYY-MM-DD.`);
  if (!toValid) problems.push(`The end date "${rawTo}" is invalid: use YYYY-MM-DD.`);
  if (!fromValid || !toValid) return { period: fallback, problems: [...problems, "Showing the last 90 days."] };

  const to = rawTo === "" ? fallback.to : addDays(rawTo, 1);
  const from = rawFrom === "" ? addDays(to, -DEFAULT_PERIOD_DAYS) : rawFrom;
  const days = countDays(from, to);

  if (days < 1) {
    return { period: fallback, problems: [...problems, "The start date is after the end date, so the last 90 days are shown."] };
  }
  if (days > MAX_PERIOD_DAYS) {
    return { period: fallback, problems: [...problems, `The period is longer than ${MAX_PERIOD_DAYS} days, so the last 90 days are shown.`] };
  }

  return { period: { from, to, timeZone }, problems };
}

/** Returns the last day of the period, which the page shows as its `to` date. */
export function lastDayOf(period: Period): string {
  return addDays(period.to, -1);
}
