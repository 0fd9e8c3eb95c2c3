import { matchesCondition } from "@/lib/scoring/engine";
import type { AttributeColumn, HistoricalLead } from "@/lib/scoring/import/historical-leads";
import type { Condition } from "@/lib/scoring/model";

import { computeQuantileBins } from "./bins";
import { labelBin, labelCategory, labelPresent } from "./labels";

/** A yes/no signal the regression weighs; it becomes one rule, so the model scores exactly what was fitted. */
export type Feature = { column: string; key: string; label: string; dimension: "fit" | "engagement"; when: Condition };

export type FeatureOptions = {
  // Minimum number of training leads with a category value, or with and without an answer, for it to become a feature.
  minCount: number;
  // Most quantile bins per numeric column.
  binCount: number;
  // Numeric columns whose rules go on the engagement dimension; every other rule goes on fit.
  engagementColumns: ReadonlySet<string>;
  // Unit for a numeric column's labels, such as "s" for seconds.
  units: Readonly<Record<string, string>>;
};

// Numeric columns named like activity counts or durations count as engagement unless the caller lists them.
const ENGAGEMENT_NAME = /visit|time|duration|session|page|view|click|open|download|activity/i;

/** Numeric columns that look like engagement by name, for when the caller names none. */
export function guessEngagementColumns(attributes: readonly AttributeColumn[]): string[] {
  return attributes.filter((column) => column.kind === "number" && ENGAGEMENT_NAME.test(column.name)).map((column) => column.name);
}

/**
 * Builds features from the training leads: one per frequent category value
 * (rare values only count through "has a value"), quantile bins for numeric
 * columns, and "has a value" where both answered and unanswered leads are
 * frequent enough to tell apart.
 */
export function buildFeatures(input: { leads: readonly HistoricalLead[]; attributes: readonly AttributeColumn[]; options: FeatureOptions }): Feature[] {
  const { leads, attributes, options } = input;

  const features: Feature[] = [];
  for (const attribute of attributes) {
    const column = attribute.name;
    const field = `attributes.${column}`;
    const dimension = attribute.kind === "number" && options.engagementColumns.has(column) ? "engagement" : "fit";
    const values = leads.map((lead) => lead.facts.attributes?.[column]).filter((value) => value !== undefined);

    const missing = leads.length - values.length;
    if (values.length >= options.minCount && missing >= options.minCount) {
      features.push({ column, key: "present", label: labelPresent(column), dimension, when: { field, op: "present" } });
    }

    if (attribute.kind === "number") {
      const bins = computeQuantileBins({ values: values as number[], binCount: options.binCount });
      if (bins.length < 2) continue;
      for (const bin of bins) {
        const key = `range.${bin.min ?? "min"}-${bin.max ?? "max"}`;
        const label = labelBin({ column, bin, unit: options.units[column] });
        const when: Extract<Condition, { op: "range" }> = { field, op: "range" };
        if (bin.min !== undefined) when.min = bin.min;
        if (bin.max !== undefined) when.max = bin.max;
        features.push({ column, key, label, dimension, when });
      }
      continue;
    }

    for (const [value, count] of countValues(values as string[])) {
      if (count < options.minCount) continue;
      features.push({ column, key: `is.${value}`, label: labelCategory({ column, value }), dimension, when: { field, op: "equals", value } });
    }
  }

  return features;
}

/** Counts each value, most frequent first and ties in alphabetical order, so the features come out in the same order every time. */
function countValues(values: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);

  return [...counts].sort((a, b) => {
    if (a[1] !== b[1]) return b[1] - a[1];
    // Code-unit order, because localeCompare can differ between machines.
    if (a[0] === b[0]) return 0;
    return a[0] < b[0] ? -1 : 1;
  });
}

/** Lists, for each lead, the indexes of the features whose conditions match it, using the engine's own matching. */
export function encodeLeads(input: { features: readonly Feature[]; leads: readonly HistoricalLead[] }): number[][] {
  return input.leads.map((lead) =>
    input.features.flatMap((feature, index) => (matchesCondition(feature.when, lead.facts) ? [index] : [])),
  );
}
