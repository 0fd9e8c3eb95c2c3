import type { ScoringRule } from "@/lib/scoring/model";

import type { Feature } from "./features";

/**
 * Turns regression weights into integer points: every weight is scaled by
 * the same factor, so the largest |weight| becomes `maxPoints`, and then
 * rounded. Since a lead's score is then a scaled log-odds, rules keep their
 * order of importance. Features whose points round to 0 get no rule. Rule
 * ids are `<dimension>.<column>.<feature>`, made unique with a suffix.
 */
export function convertToRules(input: { features: readonly Feature[]; coefficients: readonly number[]; maxPoints: number }): ScoringRule[] {
  const { features, coefficients, maxPoints } = input;

  const largest = Math.max(0, ...coefficients.map(Math.abs));
  if (largest === 0) return [];
  const scale = maxPoints / largest;

  const usedIds = new Set<string>();
  const rules: ScoringRule[] = [];
  features.forEach((feature, index) => {
    const points = Math.round(coefficients[index]! * scale);
    if (points === 0) return;

    const id = makeUniqueId(`${feature.dimension}.${slugify(feature.column)}.${slugify(feature.key)}`, usedIds);
    rules.push({ id, label: feature.label, dimension: feature.dimension, when: feature.when, points });
  });

  return rules;
}

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}.]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

function makeUniqueId(base: string, usedIds: Set<string>): string {
  let id = base;
  for (let suffix = 2; usedIds.has(id); suffix += 1) id = `${base}-${suffix}`;
  usedIds.add(id);

  return id;
}
