import { describe, expect, it } from "vitest";

import { computeAuc } from "@/lib/scoring/analytics/auc";
import { backtestModel } from "@/lib/scoring/analytics/backtest";
import { computeScoreBands } from "@/lib/scoring/analytics/bands";
import { computePrecisionRecall } from "@/lib/scoring/analytics/precision-recall";
import type { ScoredOutcome } from "@/lib/scoring/analytics/scored-outcome";
import type { LeadFacts, ScoringModelDocument } from "@/lib/scoring/model";

/** Pairs scores with outcomes: `scored([3, 1], [1, 0])`. */
function scored(scores: number[], outcomes: (0 | 1)[]): ScoredOutcome[] {
  return scores.map((score, index) => ({ score, outcome: outcomes[index]! }));
}

// Converted at scores 8, 6, 5 and 3; unconverted at 7, 5, 2 and 1. Of the 16 pairs the converted lead
// ranks higher in 11 and ties in one (5 against 5), so the AUC is (11 + 0.5) / 16.
const HAND_WORKED = scored([8, 6, 5, 3, 7, 5, 2, 1], [1, 1, 1, 1, 0, 0, 0, 0]);

describe("computeAuc", () => {
  it.each<{ label: string; items: ScoredOutcome[]; expected: number }>([
    { label: "perfect ranking", items: scored([4, 3, 2, 1], [1, 1, 0, 0]), expected: 1 },
    { label: "reversed ranking", items: scored([4, 3, 2, 1], [0, 0, 1, 1]), expected: 0 },
    { label: "all ties", items: scored([5, 5, 5, 5], [1, 0, 1, 0]), expected: 0.5 },
    { label: "4 by 4 by hand", items: HAND_WORKED, expected: 11.5 / 16 },
    { label: "one of each, tied", items: scored([2, 2], [1, 0]), expected: 0.5 },
    { label: "negative scores", items: scored([-1, -5, -3], [1, 0, 0]), expected: 1 },
  ])("auc: $label", ({ items, expected }) => {
    expect(computeAuc(items)).toBeCloseTo(expected, 12);
  });

  it("input order does not matter", () => {
    expect(computeAuc([...HAND_WORKED].reverse())).toBeCloseTo(11.5 / 16, 12);
  });

  it("equals pairwise probability", () => {
    const items = scored([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5], [1, 0, 1, 0, 0, 1, 0, 1, 1, 0, 1]);
    const positives = items.filter((item) => item.outcome === 1);
    const negatives = items.filter((item) => item.outcome === 0);
    let wins = 0;
    for (const positive of positives) {
      for (const negative of negatives) {
        if (positive.score > negative.score) wins += 1;
        if (positive.score === negative.score) wins += 0.5;
      }
    }

    expect(computeAuc(items)).toBeCloseTo(wins / (positives.length * negatives.length), 12);
  });

  it("no positives gives null", () => {
    expect(computeAuc(scored([1, 2], [0, 0]))).toBeNull();
  });

  it("no negatives gives null", () => {
    expect(computeAuc(scored([1, 2], [1, 1]))).toBeNull();
  });

  it("empty gives null", () => {
    expect(computeAuc([])).toBeNull();
  });

  it("NaN score is rejected", () => {
    expect(() => computeAuc(scored([Number.NaN, 1], [1, 0]))).toThrow("Cannot rank the score NaN");
  });
});

describe("computePrecisionRecall", () => {
  // 10, 6 and 2 converted: 3 positives among 5 leads.
  const items = scored([10, 8, 6, 4, 2], [1, 0, 1, 0, 1]);

  it("threshold 6 flags three", () => {
    expect(computePrecisionRecall({ scored: items, threshold: 6 }).flagged).toBe(3);
  });

  it("threshold 6 precision", () => {
    expect(computePrecisionRecall({ scored: items, threshold: 6 }).precision).toBeCloseTo(2 / 3, 12);
  });

  it("threshold 6 recall", () => {
    expect(computePrecisionRecall({ scored: items, threshold: 6 }).recall).toBeCloseTo(2 / 3, 12);
  });

  it("score equal to threshold counts", () => {
    expect(computePrecisionRecall({ scored: items, threshold: 10 }).truePositives).toBe(1);
  });

  it("lowest threshold recalls all", () => {
    expect(computePrecisionRecall({ scored: items, threshold: 2 }).recall).toBe(1);
  });

  it("lowest threshold precision is base rate", () => {
    expect(computePrecisionRecall({ scored: items, threshold: 2 }).precision).toBeCloseTo(3 / 5, 12);
  });

  it("nothing flagged has no precision", () => {
    expect(computePrecisionRecall({ scored: items, threshold: 11 }).precision).toBeNull();
  });

  it("nothing flagged has zero recall", () => {
    expect(computePrecisionRecall({ scored: items, threshold: 11 }).recall).toBe(0);
  });

  it("no positives has no recall", () => {
    expect(computePrecisionRecall({ scored: scored([1, 2], [0, 0]), threshold: 0 }).recall).toBeNull();
  });
});

describe("computeScoreBands", () => {
  // Scores 1–10; 10, 9, 7 and 2 converted, an overall rate of 0.4.
  const items = scored([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [0, 1, 0, 0, 0, 0, 1, 0, 1, 1]);
  const bands = computeScoreBands({ scored: items });

  it("five bands by default", () => {
    expect(bands).toHaveLength(5);
  });

  it("highest band first", () => {
    expect(bands.map((band) => [band.minScore, band.maxScore])).toEqual([
      [9, 10],
      [7, 8],
      [5, 6],
      [3, 4],
      [1, 2],
    ]);
  });

  it("band counts", () => {
    expect(bands.map((band) => band.count)).toEqual([2, 2, 2, 2, 2]);
  });

  it("band conversions", () => {
    expect(bands.map((band) => band.conversions)).toEqual([2, 1, 0, 0, 1]);
  });

  it("band conversion rates", () => {
    expect(bands.map((band) => band.conversionRate)).toEqual([1, 0.5, 0, 0, 0.5]);
  });

  it("lift is rate over overall", () => {
    expect(bands.map((band) => band.lift)).toEqual([2.5, 1.25, 0, 0, 1.25]);
  });

  it("band count is configurable", () => {
    expect(computeScoreBands({ scored: items, bandCount: 2 }).map((band) => band.count)).toEqual([5, 5]);
  });

  it("uneven sizes round the cuts", () => {
    expect(computeScoreBands({ scored: items, bandCount: 3 }).map((band) => band.count)).toEqual([3, 4, 3]);
  });

  it("ties share a band", () => {
    const tied = computeScoreBands({ scored: scored([1, 1, 1, 1, 2, 3], [0, 0, 1, 0, 1, 1]), bandCount: 3 });

    expect(tied.map((band) => [band.minScore, band.maxScore, band.count])).toEqual([
      [3, 3, 1],
      [2, 2, 1],
      [1, 1, 4],
    ]);
  });

  it("all ties give one band", () => {
    expect(computeScoreBands({ scored: scored([4, 4, 4], [1, 0, 0]) })).toHaveLength(1);
  });

  it("counts sum to total", () => {
    const many = scored(
      Array.from({ length: 37 }, (_, index) => (index * 7) % 11),
      Array.from({ length: 37 }, (_, index) => (index % 3 === 0 ? 1 : 0)),
    );

    expect(computeScoreBands({ scored: many, bandCount: 4 }).reduce((sum, band) => sum + band.count, 0)).toBe(37);
  });

  it("no conversions has no lift", () => {
    expect(computeScoreBands({ scored: scored([1, 2], [0, 0]) })[0]!.lift).toBeNull();
  });

  it("no leads give no bands", () => {
    expect(computeScoreBands({ scored: [] })).toEqual([]);
  });

  it("zero bands is rejected", () => {
    expect(() => computeScoreBands({ scored: items, bandCount: 0 })).toThrow("Invalid band count 0");
  });
});

describe("backtestModel", () => {
  const model: ScoringModelDocument = {
    name: "Source only",
    rules: [
      { id: "fit.google", label: "Source is google", dimension: "fit", when: { field: "attributes.Source", op: "equals", value: "google" }, points: 10 },
      { id: "engagement.visits", label: "Visits 3 or more", dimension: "engagement", when: { field: "attributes.Visits", op: "range", min: 3 }, points: 5 },
    ],
    dimensionCaps: {},
    engagementHalfLifeDays: 30,
    disqualifiers: [],
    mqlThreshold: 10,
    // Imported leads have no form answers, so this gate fails for every lead. The back-test ignores it.
    gate: [{ id: "polymer", label: "polymer", anyOf: ["answers.polymer"] }],
  };
  const lead = (id: string, outcome: 0 | 1, attributes: LeadFacts["attributes"]) => ({
    id,
    outcome,
    facts: {
      answers: {},
      contact: { emailDomain: "", emailKind: "work" as const, country: "", hasPhone: false },
      offerKind: "",
      engagement: { events: [], submissions: 0 },
      attributes,
    },
  });
  const result = backtestModel({
    model,
    now: new Date("2026-03-01T00:00:00.000Z"),
    leads: [
      lead("a", 1, { Source: "google", Visits: 4 }),
      lead("b", 1, { Source: "google", Visits: 1 }),
      lead("c", 0, { Source: "bing", Visits: 5 }),
      lead("d", 0, { Source: undefined, Visits: undefined }),
    ],
  });

  it("scores each lead", () => {
    expect(result.scores).toEqual([
      { id: "a", score: 15, outcome: 1 },
      { id: "b", score: 10, outcome: 1 },
      { id: "c", score: 5, outcome: 0 },
      { id: "d", score: 0, outcome: 0 },
    ]);
  });

  it("counts leads and positives", () => {
    expect([result.count, result.positives]).toEqual([4, 2]);
  });

  it("perfect separation has AUC 1", () => {
    expect(result.auc).toBe(1);
  });

  it("uses the model threshold", () => {
    expect(result.threshold).toBe(10);
  });

  it("gate does not block flagging", () => {
    expect(result.flagged).toBe(2);
  });

  it("precision at threshold", () => {
    expect(result.precision).toBe(1);
  });

  it("recall at threshold", () => {
    expect(result.recall).toBe(1);
  });

  it("bands cover every lead", () => {
    expect(result.bands.reduce((sum, band) => sum + band.count, 0)).toBe(4);
  });
});
