import { ANSWER_LABELS } from "@/lib/forms/answer-labels";
import { CHECKLIST_ITEMS } from "@/lib/qualification/checklist";

import { FACT_PATHS } from "./fact-paths";
import type { Condition, ScoringModelDocument } from "./model";

/**
 * The written definition of an MQL and an SQL that marketing and sales
 * share, generated from the active model and the checklist, so it always
 * says what the code enforces.
 */
export type Definitions = {
  mql: { threshold: number; requiredAnswers: string[]; pointsFor: string[]; pointsAgainst: string[]; disqualifiers: string[]; caps: string[]; decay: string };
  sql: { items: { label: string; hint: string }[] };
};

function factLabel(path: string): string {
  return FACT_PATHS.find((fact) => fact.path === path)?.label.replace(/^Answer: /, "") ?? path;
}

function valueLabel(path: string, value: string | number | boolean): string {
  const field = path.startsWith("answers.") ? path.slice("answers.".length) : "";
  const option = FACT_PATHS.find((fact) => fact.path === path)?.options?.find((candidate) => candidate.value === String(value));

  return ANSWER_LABELS[field]?.[String(value)] ?? option?.label ?? String(value);
}

/** A condition in plain words, such as "Polymer type is PP, PE or PA6". */
export function describeCondition(condition: Condition): string {
  const subject = factLabel(condition.field);
  switch (condition.op) {
    case "present":
      return `${subject} is given`;
    case "equals":
      return `${subject} is ${valueLabel(condition.field, condition.value)}`;
    case "oneOf": {
      const values = condition.values.map((value) => valueLabel(condition.field, value));
      return `${subject} is ${values.length > 1 ? `${values.slice(0, -1).join(", ")} or ${values.at(-1)}` : values[0]}`;
    }
    case "contains":
      return `${subject} contains “${condition.value}”`;
    case "range":
      if (condition.min !== undefined && condition.max !== undefined) return `${subject} is between ${condition.min} and ${condition.max}`;
      return condition.min !== undefined ? `${subject} is at least ${condition.min}` : `${subject} is at most ${condition.max}`;
  }
}

export function buildDefinitions(model: ScoringModelDocument): Definitions {
  const signed = (points: number) => (points > 0 ? `+${points}` : String(points));

  return {
    mql: {
      threshold: model.mqlThreshold,
      requiredAnswers: model.gate.map((item) => item.label),
      pointsFor: model.rules
        .filter((rule) => rule.points > 0)
        .map((rule) => `${rule.label} (${rule.dimension}): ${signed(rule.points)}${rule.perEvent ? " per event" : ""}${rule.cap !== undefined ? `, at most ${rule.cap}` : ""}, when ${describeCondition(rule.when)}`),
      pointsAgainst: model.rules.filter((rule) => rule.points < 0).map((rule) => `${rule.label}: ${rule.points}, when ${describeCondition(rule.when)}`),
      disqualifiers: model.disqualifiers.map((item) => `${item.label}: disqualified as “${item.reason}” when ${describeCondition(item.when)}`),
      caps: Object.entries(model.dimensionCaps).map(([dimension, cap]) => `${dimension} counts at most ${cap} points`),
      decay: `Engagement points halve every ${model.engagementHalfLifeDays} days.`,
    },
    sql: { items: CHECKLIST_ITEMS.map((item) => ({ label: item.label, hint: item.hint })) },
  };
}
