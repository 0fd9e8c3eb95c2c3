import { TZDate } from "@date-fns/tz";

import type { WorkingHours } from "@/lib/sla/working-hours";

const HOUR_MS = 3_600_000;

export type WorkingCalendar = {
  // The moment `hours` working hours after `start`, as addWorkingHours counts them.
  addHours: (start: Date, hours: number) => Date;
};

/**
 * Compute the sales team's working intervals from `from` to `to` once,
 * because placing thousands of rep actions with addWorkingHours would
 * convert time zones for every day they span. Each interval is one working
 * day's [start, end) in the team's time zone. Past `to`, hours count as
 * clock hours: the history drops those moments anyway, as they are after
 * its `now`.
 */
export function createWorkingCalendar(workingHours: WorkingHours, range: { from: Date; to: Date }): WorkingCalendar {
  const starts: number[] = [];
  const ends: number[] = [];

  const day = new TZDate(range.from.getTime(), workingHours.timeZone);
  day.setHours(0, 0, 0, 0);
  while (day.getTime() <= range.to.getTime()) {
    if (workingHours.days.includes(day.getDay())) {
      const start = new TZDate(day.getTime(), workingHours.timeZone);
      start.setHours(workingHours.startHour, 0, 0, 0);
      const end = new TZDate(day.getTime(), workingHours.timeZone);
      end.setHours(workingHours.endHour, 0, 0, 0);
      starts.push(start.getTime());
      ends.push(end.getTime());
    }
    day.setDate(day.getDate() + 1);
    day.setHours(0, 0, 0, 0);
  }

  const addHours = (start: Date, hours: number): Date => {
    let cursor = start.getTime();
    let remaining = hours * HOUR_MS;

    // Binary search for the first interval that ends after the start.
    let low = 0;
    let high = ends.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (ends[middle]! <= cursor) low = middle + 1;
      else high = middle;
    }

    for (let index = low; index < ends.length; index++) {
      const from = Math.max(cursor, starts[index]!);
      const available = ends[index]! - from;
      if (remaining <= available) return new Date(from + remaining);
      remaining -= available;
      cursor = ends[index]!;
    }

    return new Date(Math.max(cursor, range.to.getTime()) + remaining);
  };

  return { addHours };
}
