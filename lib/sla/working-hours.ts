import { TZDate } from "@date-fns/tz";

/** Working time of the sales team, in its own time zone. */
export type WorkingHours = {
  // IANA time zone, such as "Europe/Berlin".
  timeZone: string;
  // Days of the week worked, 0 = Sunday … 6 = Saturday.
  days: number[];
  // Local hours [startHour, endHour), 0–24.
  startHour: number;
  endHour: number;
};

export const DEFAULT_WORKING_HOURS: WorkingHours = { timeZone: "UTC", days: [1, 2, 3, 4, 5], startHour: 9, endHour: 17 };

const HOUR_MS = 3_600_000;

function atLocalHour(day: TZDate, hour: number): TZDate {
  const moment = new TZDate(day.getTime(), day.timeZone);
  moment.setHours(hour, 0, 0, 0);

  return moment;
}

/**
 * The moment `hours` working hours after `start`. Time outside the working
 * days and hours does not count, so a lead that arrives on Friday at 16:00
 * with a 4-hour SLA is due on Monday at 12:00 (9–17, Monday to Friday).
 * Local hours follow the time zone's daylight-saving changes.
 */
export function addWorkingHours(start: Date, hours: number, workingHours: WorkingHours): Date {
  if (workingHours.days.length === 0 || workingHours.endHour <= workingHours.startHour) {
    throw new Error("Working hours need at least one day and an end hour after the start hour.");
  }

  let remainingMs = hours * HOUR_MS;
  let cursor = new TZDate(start.getTime(), workingHours.timeZone);

  // Each pass consumes the rest of one working day; a week has at most 7, so this ends.
  for (;;) {
    const dayStart = atLocalHour(cursor, workingHours.startHour);
    const dayEnd = atLocalHour(cursor, workingHours.endHour);
    const isWorkingDay = workingHours.days.includes(cursor.getDay());

    if (isWorkingDay && cursor.getTime() < dayEnd.getTime()) {
      const from = Math.max(cursor.getTime(), dayStart.getTime());
      const available = dayEnd.getTime() - from;
      if (remainingMs <= available) return new Date(from + remainingMs);
      remainingMs -= available;
    }

    const nextDay = new TZDate(cursor.getTime(), workingHours.timeZone);
    nextDay.setDate(nextDay.getDate() + 1);
    cursor = atLocalHour(nextDay, 0);
  }
}
