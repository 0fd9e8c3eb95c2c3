import { readFileSync } from "node:fs";
import path from "node:path";

import { beforeAll, describe, expect, it } from "vitest";

import { backtestModel } from "@/lib/scoring/analytics/backtest";
import { importHistoricalLeads, type LeadImport } from "@/lib/scoring/import/historical-leads";
import type { ScoringModelDocument } from "@/lib/scoring/model";
import { validateModelFile, createModelFile } from "@/lib/scoring/model-file";
import { computeQuantileBins } from "@/lib/scoring/suggest/bins";
import { ModelSuggestionError } from "@/lib/scoring/suggest/errors";
import { buildFeatures, encodeLeads } from "@/lib/scoring/suggest/features";
import { labelBin } from "@/lib/scoring/suggest/labels";
import { fitLogisticRegression } from "@/lib/scoring/suggest/logistic";
import { convertToRules } from "@/lib/scoring/suggest/points";
import { splitLeads } from "@/lib/scoring/suggest/split";
import { suggestScoringModel, type SuggestReport } from "@/lib/scoring/suggest/suggest-model";
import { chooseF1Threshold } from "@/lib/scoring/suggest/threshold";

const FIXTURE = path.resolve(import.meta.dirname, "../fixtures/x-education-leads.csv");

function numberedLeads(count: number): { id: number; outcome: 0 | 1 }[] {
  return Array.from({ length: count }, (_, id) => ({ id, outcome: id % 5 === 0 ? 1 : 0 }));
}

describe("splitLeads", () => {
  const leads = numberedLeads(100);
  const { train, test } = splitLeads({ leads, testShare: 0.3, seed: 7 });

  it("test part is 30%", () => {
    expect(test).toHaveLength(30);
  });

  it("parts cover every lead once", () => {
    expect([...train, ...test].map((lead) => lead.id).sort((a, b) => a - b)).toEqual(leads.map((lead) => lead.id));
  });

  it("test part keeps the outcome mix", () => {
    expect(test.filter((lead) => lead.outcome === 1)).toHaveLength(6);
  });

  it("same seed, same split", () => {
    expect(splitLeads({ leads, testShare: 0.3, seed: 7 }).test).toEqual(test);
  });

  it("another seed, another split", () => {
    expect(splitLeads({ leads, testShare: 0.3, seed: 8 }).test).not.toEqual(test);
  });

  it("share of 1 is rejected", () => {
    expect(() => splitLeads({ leads, testShare: 1, seed: 7 })).toThrow("Invalid test share 1");
  });
});

describe("computeQuantileBins", () => {
  it("whole numbers step by 1", () => {
    expect(computeQuantileBins({ values: [0, 0, 0, 0, 1, 2, 3, 4, 5, 6], binCount: 3 })).toEqual([{ max: 0 }, { min: 1, max: 3 }, { min: 4 }]);
  });

  it("decimals step by finest place", () => {
    expect(computeQuantileBins({ values: [0.5, 1.25, 2, 3], binCount: 2 })).toEqual([{ max: 1.25 }, { min: 1.26 }]);
  });

  it("ties merge bins", () => {
    expect(computeQuantileBins({ values: [1, 1, 1, 1, 1, 1, 1, 1, 2, 3], binCount: 5 })).toEqual([{ max: 1 }, { min: 2 }]);
  });

  it("one value gives one open bin", () => {
    expect(computeQuantileBins({ values: [4, 4, 4], binCount: 3 })).toEqual([{}]);
  });

  it("no values give no bins", () => {
    expect(computeQuantileBins({ values: [], binCount: 3 })).toEqual([]);
  });
});

describe("labelBin", () => {
  it.each<{ label: string; bin: { min?: number; max?: number }; unit?: string; expected: string }>([
    { label: "closed with unit", bin: { min: 1200, max: 1900 }, unit: "s", expected: "TotalTime 1,200–1,900 s" },
    { label: "closed without unit", bin: { min: 1200, max: 1900 }, expected: "TotalTime 1,200–1,900" },
    { label: "open below", bin: { max: 240 }, unit: "s", expected: "TotalTime at most 240 s" },
    { label: "open above", bin: { min: 1900 }, unit: "s", expected: "TotalTime 1,900 s or more" },
    { label: "single value", bin: { min: 3, max: 3 }, expected: "TotalTime is 3" },
    { label: "decimals", bin: { min: 1.26, max: 2.5 }, expected: "TotalTime 1.26–2.5" },
  ])("label: $label", ({ bin, unit, expected }) => {
    expect(labelBin({ column: "TotalTime", bin, unit })).toBe(expected);
  });
});

describe("fitLogisticRegression", () => {
  // 8 leads with the feature, 6 converted; 8 without, 2 converted. Unpenalised, the intercept is
  // log(2/6) and the weight log(6/2) − log(2/6) = 2·ln 3.
  const rows = [...Array.from({ length: 8 }, () => [0]), ...Array.from({ length: 8 }, () => [])];
  const outcomes: (0 | 1)[] = [1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0];
  const fit = fitLogisticRegression({ rows, outcomes, featureCount: 1, l2: 1e-9 });

  it("weight matches the odds ratio", () => {
    expect(fit.coefficients[0]).toBeCloseTo(2 * Math.log(3), 6);
  });

  it("intercept matches baseline odds", () => {
    expect(fit.intercept).toBeCloseTo(-Math.log(3), 6);
  });

  it("L2 shrinks the weight", () => {
    expect(fitLogisticRegression({ rows, outcomes, featureCount: 1, l2: 5 }).coefficients[0]).toBeLessThan(2 * Math.log(3) - 0.1);
  });

  it("feature never firing gets 0", () => {
    expect(fitLogisticRegression({ rows, outcomes, featureCount: 2, l2: 1 }).coefficients[1]).toBeCloseTo(0, 12);
  });

  it("zero penalty is rejected", () => {
    expect(() => fitLogisticRegression({ rows, outcomes, featureCount: 1, l2: 0 })).toThrow("Invalid L2 penalty 0");
  });
});

describe("convertToRules", () => {
  const when = { field: "attributes.Source", op: "present" } as const;
  const features = [
    { column: "Source", key: "is.google", label: "Source is google", dimension: "fit" as const, when },
    { column: "Source", key: "is.bing", label: "Source is bing", dimension: "fit" as const, when },
    { column: "Visits", key: "present", label: "Visits has a value", dimension: "engagement" as const, when },
  ];
  const rules = convertToRules({ features, coefficients: [0.5, -1, 0.01], maxPoints: 30 });

  it("largest weight gets max points", () => {
    expect(rules.map((rule) => rule.points)).toEqual([15, -30]);
  });

  it("rounding to 0 drops the rule", () => {
    expect(rules.map((rule) => rule.label)).not.toContain("Visits has a value");
  });

  it("ids name dimension, column, feature", () => {
    expect(rules.map((rule) => rule.id)).toEqual(["fit.source.is.google", "fit.source.is.bing"]);
  });

  it("colliding ids get a suffix", () => {
    const twins = [features[0]!, { ...features[0]!, column: "SOURCE" }];

    expect(convertToRules({ features: twins, coefficients: [1, 1], maxPoints: 10 }).map((rule) => rule.id)).toEqual([
      "fit.source.is.google",
      "fit.source.is.google-2",
    ]);
  });

  it("all-zero weights give no rules", () => {
    expect(convertToRules({ features, coefficients: [0, 0, 0], maxPoints: 30 })).toEqual([]);
  });
});

describe("chooseF1Threshold", () => {
  // At threshold 2 all 5 leads are flagged: precision 3/5, recall 1, F1 0.75, the best of the five cuts.
  const scored = [10, 8, 6, 4, 2].map((score, index) => ({ score, outcome: ([1, 0, 1, 0, 1] as const)[index]! }));

  it("picks the best F1 cut", () => {
    expect(chooseF1Threshold(scored).threshold).toBe(2);
  });

  it("reports that F1", () => {
    expect(chooseF1Threshold(scored).f1).toBeCloseTo(0.75, 12);
  });

  it("tie keeps the higher threshold", () => {
    const tied = [4, 3, 2, 1].map((score, index) => ({ score, outcome: ([1, 0, 0, 1] as const)[index]! }));

    // Threshold 4 and threshold 1 both reach F1 2/3.
    expect(chooseF1Threshold(tied).threshold).toBe(4);
  });
});

describe("suggestScoringModel small data", () => {
  const csv = ["Source,Won", ...Array.from({ length: 40 }, (_, index) => `${index % 2 === 0 ? "web" : "ads"},${index % 4 === 0 ? 1 : 0}`)].join("\n");
  const imported = importHistoricalLeads({ csv, mapping: { outcome: "Won" } });

  it("rare values give no features", () => {
    expect(() => suggestScoringModel({ leads: imported.leads, attributes: imported.attributes, options: { minCount: 100 } })).toThrow(ModelSuggestionError);
  });

  it("too few converted leads is rejected", () => {
    const leads = imported.leads.map((lead, index) => ({ ...lead, outcome: (index === 0 ? 1 : 0) as 0 | 1 }));

    expect(() => suggestScoringModel({ leads, attributes: imported.attributes })).toThrow("the test part has no converted leads");
  });
});

describe("suggestScoringModel on X Education leads", () => {
  let imported: LeadImport;
  let model: ScoringModelDocument;
  let report: SuggestReport;

  beforeAll(() => {
    imported = importHistoricalLeads({ csv: readFileSync(FIXTURE, "utf8"), mapping: { id: "ProspectID", outcome: "Converted" } });
    ({ model, report } = suggestScoringModel({ leads: imported.leads, attributes: imported.attributes, options: { units: { TotalTime: "s" } } }));
  });

  it("imports every row", () => {
    expect(imported.leads).toHaveLength(6468);
  });

  it("held-out AUC at least 0.80", () => {
    expect(report.test.auc).toBeGreaterThanOrEqual(0.8);
  });

  it("points within 0.03 of regression", () => {
    expect(Math.abs(report.test.auc! - report.logisticRegression.testAuc!)).toBeLessThanOrEqual(0.03);
  });

  it("holds out 30% of rows", () => {
    expect([report.train.rows, report.test.rows]).toEqual([4528, 1940]);
  });

  it("engine reproduces the held-out AUC", () => {
    const { test } = splitLeads({ leads: imported.leads, testShare: report.testShare, seed: report.seed });

    expect(backtestModel({ model, leads: test, now: new Date() }).auc).toBe(report.test.auc);
  });

  it("points are whole numbers", () => {
    expect(model.rules.every((rule) => Number.isInteger(rule.points) && rule.points !== 0)).toBe(true);
  });

  it("largest rule has max points", () => {
    expect(Math.max(...model.rules.map((rule) => Math.abs(rule.points)))).toBe(30);
  });

  it("engagement columns on engagement", () => {
    const dimensions = new Set(model.rules.filter((rule) => rule.when.field === "attributes.TotalTime").map((rule) => rule.dimension));

    expect([...dimensions]).toEqual(["engagement"]);
  });

  it("categories on fit", () => {
    const dimensions = new Set(model.rules.filter((rule) => rule.when.field === "attributes.LeadSource").map((rule) => rule.dimension));

    expect([...dimensions]).toEqual(["fit"]);
  });

  it("Google spellings give one rule", () => {
    const googleRules = model.rules.filter((rule) => rule.when.op === "equals" && String(rule.when.value).toLowerCase() === "google");

    expect(googleRules.map((rule) => rule.label)).toEqual(["LeadSource is google"]);
  });

  it("Select never becomes a rule", () => {
    expect(model.rules.some((rule) => rule.when.op === "equals" && rule.when.value === "select")).toBe(false);
  });

  it("time labels carry the unit", () => {
    expect(model.rules.filter((rule) => rule.when.field === "attributes.TotalTime").every((rule) => /\d s( or more)?$/.test(rule.label))).toBe(true);
  });

  it("empty gate and no caps", () => {
    expect([model.gate, model.dimensionCaps, model.disqualifiers]).toEqual([[], {}, []]);
  });

  it("threshold within the score range", () => {
    const scores = backtestModel({ model, leads: imported.leads, now: new Date() }).scores.map((lead) => lead.score);

    expect(model.mqlThreshold).toBeGreaterThan(Math.min(...scores));
    expect(model.mqlThreshold).toBeLessThanOrEqual(Math.max(...scores));
  });

  it("model passes the file schema", () => {
    expect(validateModelFile(JSON.parse(JSON.stringify(createModelFile({ model })))).ok).toBe(true);
  });

  it("same seed, same model", () => {
    expect(suggestScoringModel({ leads: imported.leads, attributes: imported.attributes, options: { units: { TotalTime: "s" } } }).model).toEqual(model);
  });

  it("features follow the engine", () => {
    const features = buildFeatures({
      leads: imported.leads.slice(0, 200),
      attributes: imported.attributes,
      options: { minCount: 10, binCount: 4, engagementColumns: new Set(), units: {} },
    });
    const [active] = encodeLeads({ features, leads: [imported.leads[0]!] });

    // The first lead: API, bing, 2 visits, 88 s, 1 page view, no specialization, unemployed.
    expect(active!.map((index) => features[index]!.label)).toContain("Occupation is unemployed");
    expect(active!.map((index) => features[index]!.label)).not.toContain("Specialization has a value");
  });
});
