import type { SuggestReport } from "./suggest-model";

function formatAuc(auc: number | null): string {
  return auc === null ? "n/a" : auc.toFixed(3);
}

function formatShare(share: number | null): string {
  return share === null ? "n/a" : `${(share * 100).toFixed(1)}%`;
}

/** Describes a suggested model's fit in a few lines for a terminal. */
export function formatSuggestReport(report: SuggestReport): string[] {
  const { train, test, logisticRegression } = report;

  return [
    `Fitted ${report.ruleCount} rules from ${report.featureCount} features on ${train.rows} training leads; ${test.rows} leads held out (seed ${report.seed}).`,
    `AUC: ${formatAuc(train.auc)} on training leads, ${formatAuc(test.auc)} on held-out leads (unrounded logistic regression: ${formatAuc(logisticRegression.trainAuc)} and ${formatAuc(logisticRegression.testAuc)}).`,
    `MQL threshold: ${report.threshold} points (held-out precision ${formatShare(test.precision)}, recall ${formatShare(test.recall)}).`,
  ];
}
