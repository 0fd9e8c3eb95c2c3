import { describe, expect, it } from "vitest";

import { formatCount, formatMinutes } from "@/lib/metrics/format";
import { labelDisqualificationReason } from "@/lib/metrics/labels";

describe("formatMinutes", () => {
  it.each<{ label: string; minutes: number | null; expected: string }>([
    { label: "zero", minutes: 0, expected: "0 min" },
    { label: "rounds down", minutes: 12.4, expected: "12 min" },
    { label: "rounds up", minutes: 12.5, expected: "13 min" },
    { label: "whole hour", minutes: 60, expected: "1 h" },
    { label: "hours and minutes", minutes: 125, expected: "2 h 5 min" },
    { label: "rounds up to an hour", minutes: 59.6, expected: "1 h" },
    { label: "whole day", minutes: 1440, expected: "1 d" },
    { label: "days and hours", minutes: 4560, expected: "3 d 4 h" },
    { label: "days drop minutes", minutes: 1499, expected: "1 d" },
    { label: "negative clamps", minutes: -3, expected: "0 min" },
    { label: "no value", minutes: null, expected: "n/a" },
    { label: "not a number", minutes: Number.NaN, expected: "n/a" },
  ])("minutes: $label", ({ minutes, expected }) => {
    expect(formatMinutes(minutes)).toBe(expected);
  });
});

describe("formatCount", () => {
  it.each<{ label: string; count: number; expected: string }>([
    { label: "small", count: 7, expected: "7" },
    { label: "thousands", count: 12_345, expected: "12,345" },
    { label: "million", count: 1_000_000, expected: "1,000,000" },
  ])("count: $label", ({ count, expected }) => {
    expect(formatCount(count)).toBe(expected);
  });
});

describe("labelDisqualificationReason", () => {
  it.each<{ label: string; code: string | null; expected: string }>([
    { label: "known code", code: "below_moq", expected: "No budget or volume below MOQ" },
    { label: "unknown code", code: "legacy_reason", expected: "legacy_reason" },
    { label: "no code", code: null, expected: "No reason code" },
  ])("reason: $label", ({ code, expected }) => {
    expect(labelDisqualificationReason(code)).toBe(expected);
  });
});
