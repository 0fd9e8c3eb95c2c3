import { scoreLead } from "@/lib/scoring/engine";
import type { HistoricalLead } from "@/lib/scoring/import/historical-leads";
import type { ScoringModelDocument } from "@/lib/scoring/model";

import { computeAuc } from "./auc";
import { computeScoreBands, type ScoreBand } from "./bands";
import { computePrecisionRecall } from "./precision-recall";
import { countPositives } from "./scored-outcome";

export type ScoredLead = { id: string; score: number; outcome: 0 | 1 };

export type BacktestResult = {
  count: number;
  positives: number;
  auc: number | null;
  threshold: number;
  // Leads scoring at least the threshold.
  flagged: number;
  precision: number | null;
  recall: number | null;
  bands: ScoreBand[];
  scores: ScoredLead[];
};

/**
 * Scores historical leads with a model and measures how well the scores
 * separate the converted leads. A lead counts as an MQL when its total
 * reaches the model's threshold. NOTE: the gate and the disqualifiers are
 * not applied, because imported leads have no qualification answers.
 */
export function backtestModel(input: {
  model: ScoringModelDocument;
  leads: readonly Pick<HistoricalLead, "id" | "outcome" | "facts">[];
  now: Date;
  bandCount?: number;
}): BacktestResult {
  const { model, leads, now, bandCount } = input;

  // The version only labels a breakdown, and no breakdown is kept.
  const scores = leads.map((lead) => ({
    id: lead.id,
    score: scoreLead({ model, modelVersion: 0, facts: lead.facts, now }).total,
    outcome: lead.outcome,
  }));
  const atThreshold = computePrecisionRecall({ scored: scores, threshold: model.mqlThreshold });

  return {
    count: scores.length,
    positives: countPositives(scores),
    auc: computeAuc(scores),
    threshold: model.mqlThreshold,
    flagged: atThreshold.flagged,
    precision: atThreshold.precision,
    recall: atThreshold.recall,
    bands: computeScoreBands({ scored: scores, bandCount }),
    scores,
  };
}
