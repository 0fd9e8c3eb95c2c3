import { describe, expect, it } from "vitest";

import { computeRate, computeStepRates, formatRate } from "@/lib/metrics/rates";

describe("computeRate", () => {
  it.each<{ label: string; numerator: number; denominator: number; expected: number | null }>([
    { label: "half", numerator: 1, denominator: 2, expected: 0.5 },
    { label: "none converted", numerator: 0, denominator: 5, expected: 0 },
    { label: "all converted", numerator: 5, denominator: 5, expected: 1 },
    { label: "empty denominator", numerator: 0, denominator: 0, expected: null },
    { label: "thirds", numerator: 2, denominator: 3, expected: 2 / 3 },
  ])("rate: $label", ({ numerator, denominator, expected }) => {
    expect(computeRate(numerator, denominator)).toBe(expected);
  });
});

describe("computeStepRates", () => {
  it.each<{ label: string; counts: number[]; expected: (number | null)[] }>([
    { label: "funnel", counts: [12, 8, 2, 1, 1], expected: [null, 8 / 12, 2 / 8, 1 / 2, 1] },
    { label: "stops at zero", counts: [4, 0, 0], expected: [null, 0, null] },
    { label: "single step", counts: [3], expected: [null] },
    { label: "no steps", counts: [], expected: [] },
  ])("steps: $label", ({ counts, expected }) => {
    expect(computeStepRates(counts)).toEqual(expected);
  });
});

describe("formatRate", () => {
  it.each<{ label: string; rate: number | null; digits?: number; expected: string }>([
    { label: "one decimal", rate: 2 / 3, expected: "66.7%" },
    { label: "zero", rate: 0, expected: "0.0%" },
    { label: "whole", rate: 1, expected: "100.0%" },
    { label: "no decimals", rate: 0.254, digits: 0, expected: "25%" },
    { label: "no rate", rate: null, expected: "n/a" },
  ])("format: $label", ({ rate, digits, expected }) => {
    expect(formatRate(rate, digits)).toBe(expected);
  });
});
