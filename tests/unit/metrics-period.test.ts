import { describe, expect, it } from "vitest";

import {
  addDays,
  assertValidPeriod,
  countDays,
  createDefaultPeriod,
  formatLocalDate,
  isIsoDate,
  lastDayOf,
  parsePeriodParams,
  resolveTimeZone,
  type Period,
  type SearchParams,
} from "@/lib/metrics/period";

// 23:30 UTC on 3 March 2025 is already 4 March in Tokyo and still 3 March in Los Angeles.
const NOW = new Date("2025-03-03T23:30:00Z");

describe("resolveTimeZone", () => {
  it.each<{ label: string; input: string; expected: string | null }>([
    { label: "UTC kept", input: "UTC", expected: "UTC" },
    { label: "region name kept", input: "Europe/Berlin", expected: "Europe/Berlin" },
    { label: "lower case canonicalised", input: "asia/tokyo", expected: "Asia/Tokyo" },
    { label: "spaces trimmed", input: " Asia/Tokyo ", expected: "Asia/Tokyo" },
    { label: "Etc offset zone kept", input: "Etc/GMT+5", expected: "Etc/GMT+5" },
    { label: "bare offset rejected", input: "+09:00", expected: null },
    { label: "unknown zone rejected", input: "Mars/Olympus_Mons", expected: null },
    { label: "SQL rejected", input: "UTC'; drop table leads; --", expected: null },
    { label: "empty rejected", input: "", expected: null },
  ])("time zone: $label", ({ input, expected }) => {
    expect(resolveTimeZone(input)).toBe(expected);
  });
});

describe("isIsoDate", () => {
  it.each<{ label: string; input: string; expected: boolean }>([
    { label: "plain date", input: "2025-03-01", expected: true },
    { label: "leap day", input: "2024-02-29", expected: true },
    { label: "leap day of common year", input: "2025-02-29", expected: false },
    { label: "month 13", input: "2025-13-01", expected: false },
    { label: "no padding", input: "2025-3-1", expected: false },
    { label: "with time", input: "2025-03-01T00:00", expected: false },
    { label: "empty", input: "", expected: false },
  ])("date: $label", ({ input, expected }) => {
    expect(isIsoDate(input)).toBe(expected);
  });
});

describe("date arithmetic", () => {
  it.each<{ label: string; date: string; days: number; expected: string }>([
    { label: "next day", date: "2025-03-01", days: 1, expected: "2025-03-02" },
    { label: "across February", date: "2025-02-28", days: 1, expected: "2025-03-01" },
    { label: "across a leap day", date: "2024-02-28", days: 2, expected: "2024-03-01" },
    { label: "back across a year", date: "2025-01-01", days: -1, expected: "2024-12-31" },
    { label: "ninety days back", date: "2025-03-04", days: -90, expected: "2024-12-04" },
  ])("addDays: $label", ({ date, days, expected }) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it.each<{ label: string; from: string; to: string; expected: number }>([
    { label: "one day", from: "2025-03-01", to: "2025-03-02", expected: 1 },
    { label: "same day", from: "2025-03-01", to: "2025-03-01", expected: 0 },
    { label: "reversed", from: "2025-03-02", to: "2025-03-01", expected: -1 },
    { label: "leap year", from: "2024-01-01", to: "2025-01-01", expected: 366 },
  ])("countDays: $label", ({ from, to, expected }) => {
    expect(countDays(from, to)).toBe(expected);
  });

  it.each<{ label: string; timeZone: string; expected: string }>([
    { label: "UTC", timeZone: "UTC", expected: "2025-03-03" },
    { label: "Tokyo is a day ahead", timeZone: "Asia/Tokyo", expected: "2025-03-04" },
    { label: "Los Angeles", timeZone: "America/Los_Angeles", expected: "2025-03-03" },
  ])("formatLocalDate: $label", ({ timeZone, expected }) => {
    expect(formatLocalDate(NOW, timeZone)).toBe(expected);
  });
});

describe("default period", () => {
  it("covers ninety days to today", () => {
    const period = createDefaultPeriod({ now: NOW, timeZone: "UTC" });

    expect(period).toEqual({ from: "2024-12-04", to: "2025-03-04", timeZone: "UTC" });
    expect(countDays(period.from, period.to)).toBe(90);
  });

  it("uses today in the zone", () => {
    const period = createDefaultPeriod({ now: NOW, timeZone: "Asia/Tokyo" });

    expect(period.to).toBe("2025-03-05");
  });
});

describe("parsePeriodParams", () => {
  it.each<{ label: string; params: SearchParams; period: Period; problems: number }>([
    {
      label: "no params give defaults",
      params: {},
      period: { from: "2024-12-04", to: "2025-03-04", timeZone: "UTC" },
      problems: 0,
    },
    {
      label: "to date is included",
      params: { from: "2025-03-01", to: "2025-03-07", tz: "Asia/Tokyo" },
      period: { from: "2025-03-01", to: "2025-03-08", timeZone: "Asia/Tokyo" },
      problems: 0,
    },
    {
      label: "one-day period",
      params: { from: "2025-03-01", to: "2025-03-01" },
      period: { from: "2025-03-01", to: "2025-03-02", timeZone: "UTC" },
      problems: 0,
    },
    {
      label: "only from runs to today",
      params: { from: "2025-02-01" },
      period: { from: "2025-02-01", to: "2025-03-04", timeZone: "UTC" },
      problems: 0,
    },
    {
      label: "only to takes 90 days",
      params: { to: "2025-01-31" },
      period: { from: "2024-11-03", to: "2025-02-01", timeZone: "UTC" },
      problems: 0,
    },
    {
      label: "first repeated value wins",
      params: { from: ["2025-03-01", "2025-01-01"], to: "2025-03-02" },
      period: { from: "2025-03-01", to: "2025-03-03", timeZone: "UTC" },
      problems: 0,
    },
    {
      label: "time zone canonicalised",
      params: { tz: "europe/berlin" },
      // 00:30 on 4 March in Berlin.
      period: { from: "2024-12-05", to: "2025-03-05", timeZone: "Europe/Berlin" },
      problems: 0,
    },
    {
      label: "unknown time zone falls back",
      params: { from: "2025-03-01", to: "2025-03-07", tz: "Mars/Olympus_Mons" },
      period: { from: "2025-03-01", to: "2025-03-08", timeZone: "UTC" },
      problems: 1,
    },
    {
      label: "invalid date falls back",
      params: { from: "2025-02-30", to: "2025-03-07" },
      period: { from: "2024-12-04", to: "2025-03-04", timeZone: "UTC" },
      problems: 2,
    },
    {
      label: "reversed dates fall back",
      params: { from: "2025-03-07", to: "2025-03-01" },
      period: { from: "2024-12-04", to: "2025-03-04", timeZone: "UTC" },
      problems: 1,
    },
    {
      label: "too long falls back",
      params: { from: "2020-01-01", to: "2025-03-01" },
      period: { from: "2024-12-04", to: "2025-03-04", timeZone: "UTC" },
      problems: 1,
    },
  ])("params: $label", ({ params, period, problems }) => {
    const parsed = parsePeriodParams({ params, now: NOW });

    expect(parsed.period).toEqual(period);
    expect(parsed.problems).toHaveLength(problems);
  });

  it("defaults to the team's time zone", () => {
    const parsed = parsePeriodParams({ params: {}, now: NOW, defaultTimeZone: "Europe/Berlin" });
    const chosen = parsePeriodParams({ params: { tz: "Asia/Tokyo" }, now: NOW, defaultTimeZone: "Europe/Berlin" });

    expect(parsed.period.timeZone).toBe("Europe/Berlin");
    expect(chosen.period.timeZone).toBe("Asia/Tokyo");
  });

  it("names the unknown time zone", () => {
    const parsed = parsePeriodParams({ params: { tz: "Mars/Olympus_Mons" }, now: NOW });

    expect(parsed.problems[0]).toContain('"Mars/Olympus_Mons"');
  });

  it("shows the last day", () => {
    expect(lastDayOf({ from: "2025-03-01", to: "2025-03-08", timeZone: "UTC" })).toBe("2025-03-07");
  });
});

describe("assertValidPeriod", () => {
  it.each<{ label: string; period: Period; valid: boolean }>([
    { label: "valid week", period: { from: "2025-03-01", to: "2025-03-08", timeZone: "UTC" }, valid: true },
    { label: "empty period", period: { from: "2025-03-01", to: "2025-03-01", timeZone: "UTC" }, valid: false },
    { label: "bad date", period: { from: "2025-02-30", to: "2025-03-08", timeZone: "UTC" }, valid: false },
    { label: "offset zone", period: { from: "2025-03-01", to: "2025-03-08", timeZone: "+09:00" }, valid: false },
    { label: "non-canonical zone", period: { from: "2025-03-01", to: "2025-03-08", timeZone: "asia/tokyo" }, valid: false },
    { label: "over two years", period: { from: "2023-01-01", to: "2025-03-01", timeZone: "UTC" }, valid: false },
  ])("period: $label", ({ period, valid }) => {
    if (valid) expect(() => assertValidPeriod(period)).not.toThrow();
    else expect(() => assertValidPeriod(period)).toThrow(/^Invalid/);
  });
});
