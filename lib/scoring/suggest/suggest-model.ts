import { backtestModel } from "@/lib/scoring/analytics/backtest";
import { computeAuc } from "@/lib/scoring/analytics/auc";
import type { AttributeColumn, HistoricalLead } from "@/lib/scoring/import/historical-leads";
import type { ScoringModelDocument } from "@/lib/scoring/model";

import { ModelSuggestionError } from "./errors";
import { buildFeatures, encodeLeads, guessEngagementColumns } from "./features";
import { fitLogisticRegression, predictLogit } from "./logistic";
import { convertToRules } from "./points";
import { splitLeads } from "./split";
import { chooseF1Threshold } from "./threshold";

export type SuggestOptions = {
  name?: string;
  seed?: number;
  // Share of the leads held out to test the model, per outcome.
  testShare?: number;
  binCount?: number;
  // Minimum number of training leads a feature needs. The default is 1% of them, and at least 10.
  minCount?: number;
  l2?: number;
  // Points of the rule with the largest weight.
  maxPoints?: number;
  // Defaults to the numeric columns named like visits, time or page views.
  engagementColumns?: string[];
  units?: Record<string, string>;
};

export const SUGGEST_DEFAULTS = { seed: 1, testShare: 0.3, binCount: 5, l2: 1, maxPoints: 30 };

type PartReport = { rows: number; positives: number; auc: number | null; precision: number | null; recall: number | null };

export type SuggestReport = {
  seed: number;
  testShare: number;
  featureCount: number;
  ruleCount: number;
  threshold: number;
  // The integer-points model, scored by the engine.
  train: PartReport;
  test: PartReport;
  // The regression before its weights became integer points.
  logisticRegression: { trainAuc: number | null; testAuc: number | null; iterations: number };
};

/**
 * Fits an explainable points model to historical leads. The leads are split
 * (seeded, stratified) into a training part and a held-out test part. An L2
 * logistic regression over yes/no features is fitted on the training part,
 * and its weights become integer points, one rule per feature. The MQL
 * threshold maximises F1 on the training scores. The report gives the AUC
 * on both parts, so the test AUC measures leads the model has not seen.
 */
export function suggestScoringModel(input: {
  leads: readonly HistoricalLead[];
  attributes: readonly AttributeColumn[];
  options?: SuggestOptions;
}): { model: ScoringModelDocument; report: SuggestReport } {
  const { leads, attributes } = input;
  // An option set to undefined keeps its default.
  const setOptions = Object.fromEntries(Object.entries(input.options ?? {}).filter(([, value]) => value !== undefined));
  const options: SuggestOptions & typeof SUGGEST_DEFAULTS = { ...SUGGEST_DEFAULTS, ...setOptions };

  const { train, test } = splitLeads({ leads, testShare: options.testShare, seed: options.seed });
  checkBothOutcomes({ train, test });

  const features = buildFeatures({
    leads: train,
    attributes,
    options: {
      minCount: options.minCount ?? Math.max(10, Math.ceil(train.length / 100)),
      binCount: options.binCount,
      engagementColumns: new Set(options.engagementColumns ?? guessEngagementColumns(attributes)),
      units: options.units ?? {},
    },
  });
  if (features.length === 0) {
    throw new ModelSuggestionError("No attribute has a value shared by enough training leads to weigh. Add attribute columns or more leads.");
  }

  const trainRows = encodeLeads({ features, leads: train });
  const fit = fitLogisticRegression({ rows: trainRows, outcomes: train.map((lead) => lead.outcome), featureCount: features.length, l2: options.l2 });
  const testRows = encodeLeads({ features, leads: test });
  const logisticRegression = {
    trainAuc: computeAuc(trainRows.map((row, index) => ({ score: predictLogit(fit, row), outcome: train[index]!.outcome }))),
    testAuc: computeAuc(testRows.map((row, index) => ({ score: predictLogit(fit, row), outcome: test[index]!.outcome }))),
    iterations: fit.iterations,
  };

  const rules = convertToRules({ features, coefficients: fit.coefficients, maxPoints: options.maxPoints });
  const draft: ScoringModelDocument = {
    name: options.name ?? "Suggested from historical leads",
    rules,
    dimensionCaps: {},
    engagementHalfLifeDays: 30,
    disqualifiers: [],
    mqlThreshold: 0,
    // Imported leads carry no qualification answers, so a gate would keep every one from becoming an MQL.
    gate: [],
  };

  // Scores do not depend on the date: the rules read attributes only, never dated events.
  const now = new Date(0);
  const trainScores = backtestModel({ model: draft, leads: train, now }).scores;
  const model = { ...draft, mqlThreshold: chooseF1Threshold(trainScores).threshold };

  return {
    model,
    report: {
      seed: options.seed,
      testShare: options.testShare,
      featureCount: features.length,
      ruleCount: rules.length,
      threshold: model.mqlThreshold,
      train: reportPart(backtestModel({ model, leads: train, now })),
      test: reportPart(backtestModel({ model, leads: test, now })),
      logisticRegression,
    },
  };
}

function checkBothOutcomes(input: { train: readonly HistoricalLead[]; test: readonly HistoricalLead[] }): void {
  for (const [part, leads] of Object.entries(input)) {
    const positives = leads.filter((lead) => lead.outcome === 1).length;
    if (positives === 0 || positives === leads.length) {
      throw new ModelSuggestionError(
        `Too few leads to hold out a test part: the ${part} part has no ${positives === 0 ? "converted" : "unconverted"} leads. Add more historical leads.`,
      );
    }
  }
}

function reportPart(result: ReturnType<typeof backtestModel>): PartReport {
  return { rows: result.count, positives: result.positives, auc: result.auc, precision: result.precision, recall: result.recall };
}
