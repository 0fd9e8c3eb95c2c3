import { describe, expect, it } from "vitest";

import { addWorkingHours, DEFAULT_WORKING_HOURS, type WorkingHours } from "@/lib/sla/working-hours";
import { slaState } from "@/lib/sla/state";

const berlin: WorkingHours = { ...DEFAULT_WORKING_HOURS, timeZone: "Europe/Berlin" };
const newYork: WorkingHours = { ...DEFAULT_WORKING_HOURS, timeZone: "America/New_York" };
const tokyo: WorkingHours = { ...DEFAULT_WORKING_HOURS, timeZone: "Asia/Tokyo" };

describe("addWorkingHours", () => {
  it.each([
    { label: "inside a working day", start: "2026-12-01T10:00:00Z", hours: 4, hoursOf: DEFAULT_WORKING_HOURS, due: "2026-12-01T14:00:00Z" },
    { label: "before the day starts", start: "2026-12-01T06:30:00Z", hours: 4, hoursOf: DEFAULT_WORKING_HOURS, due: "2026-12-01T13:00:00Z" },
    { label: "after the day ends", start: "2026-12-01T18:00:00Z", hours: 4, hoursOf: DEFAULT_WORKING_HOURS, due: "2026-12-02T13:00:00Z" },
    { label: "spilling into the next day", start: "2026-12-01T15:00:00Z", hours: 4, hoursOf: DEFAULT_WORKING_HOURS, due: "2026-12-02T11:00:00Z" },
    { label: "Friday afternoon in Berlin", start: "2026-12-04T15:00:00Z", hours: 4, hoursOf: berlin, due: "2026-12-07T11:00:00Z" },
    { label: "Saturday in Berlin", start: "2026-12-05T10:00:00Z", hours: 4, hoursOf: berlin, due: "2026-12-07T12:00:00Z" },
    { label: "Sunday night in New York", start: "2026-12-07T03:00:00Z", hours: 4, hoursOf: newYork, due: "2026-12-07T18:00:00Z" },
    { label: "Friday evening UTC is Saturday in Tokyo", start: "2026-12-04T16:00:00Z", hours: 2, hoursOf: tokyo, due: "2026-12-07T02:00:00Z" },
    { label: "across spring daylight saving in Berlin", start: "2026-03-27T15:00:00Z", hours: 4, hoursOf: berlin, due: "2026-03-30T10:00:00Z" },
    { label: "across autumn daylight saving in Berlin", start: "2026-10-23T14:00:00Z", hours: 4, hoursOf: berlin, due: "2026-10-26T11:00:00Z" },
    { label: "more than a working day", start: "2026-12-01T09:00:00Z", hours: 20, hoursOf: DEFAULT_WORKING_HOURS, due: "2026-12-03T13:00:00Z" },
    { label: "exactly at the day's end", start: "2026-12-01T13:00:00Z", hours: 4, hoursOf: DEFAULT_WORKING_HOURS, due: "2026-12-01T17:00:00Z" },
  ])("$label", ({ start, hours, hoursOf, due }) => {
    expect(addWorkingHours(new Date(start), hours, hoursOf).toISOString()).toBe(new Date(due).toISOString());
  });

  it("rejects a schedule without working time", () => {
    expect(() => addWorkingHours(new Date(), 4, { ...DEFAULT_WORKING_HOURS, days: [] })).toThrow("at least one day");
    expect(() => addWorkingHours(new Date(), 4, { ...DEFAULT_WORKING_HOURS, startHour: 17, endHour: 9 })).toThrow("end hour");
  });
});

describe("slaState", () => {
  const due = new Date("2026-12-01T12:00:00Z");

  it.each([
    { label: "no due time", slaDueAt: null, firstTouchAt: null, now: "2026-12-01T13:00:00Z", state: "none" },
    { label: "untouched before due", slaDueAt: due, firstTouchAt: null, now: "2026-12-01T11:59:00Z", state: "due" },
    { label: "untouched after due", slaDueAt: due, firstTouchAt: null, now: "2026-12-01T12:01:00Z", state: "overdue" },
    { label: "touched at the due time", slaDueAt: due, firstTouchAt: due, now: "2026-12-02T00:00:00Z", state: "met" },
    { label: "touched after due", slaDueAt: due, firstTouchAt: new Date("2026-12-01T12:00:01Z"), now: "2026-12-02T00:00:00Z", state: "missed" },
  ])("$label", ({ slaDueAt, firstTouchAt, now, state }) => {
    expect(slaState({ slaDueAt, firstTouchAt, now: new Date(now) })).toBe(state);
  });
});
