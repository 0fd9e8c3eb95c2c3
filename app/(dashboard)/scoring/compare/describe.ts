/** Plain words for the parts of a rule, disqualifier or gate item that the compare page shows. */
import { DIMENSION_LABELS, EVENT_TYPE_LABELS } from "@/components/scoring/labels";
import type { DisqualifierField, GateField, RuleField } from "@/lib/scoring/diff";
import { describeCondition } from "@/lib/scoring/definitions";
import { FACT_PATHS } from "@/lib/scoring/fact-paths";
import type { Disqualifier, GateItem, ScoringRule } from "@/lib/scoring/model";

export const RULE_FIELD_NAMES: Record<RuleField, string> = {
  label: "Label",
  dimension: "Dimension",
  when: "Condition",
  points: "Points",
  cap: "Cap",
  perEvent: "Counts",
};

export const DISQUALIFIER_FIELD_NAMES: Record<DisqualifierField, string> = { label: "Label", when: "Condition", reason: "Reason" };

export const GATE_FIELD_NAMES: Record<GateField, string> = { label: "Label", anyOf: "Fields" };

export function formatPoints(points: number): string {
  return points > 0 ? `+${points}` : String(points);
}

export function describeRuleField(rule: ScoringRule, field: RuleField): string {
  switch (field) {
    case "label":
      return rule.label;
    case "dimension":
      return DIMENSION_LABELS[rule.dimension];
    case "when":
      return describeCondition(rule.when);
    case "points":
      return formatPoints(rule.points);
    case "cap":
      return rule.cap === undefined ? "no cap" : `at most ${rule.cap}`;
    case "perEvent":
      return rule.perEvent ? `per ${EVENT_TYPE_LABELS[rule.perEvent.eventType].toLowerCase()}` : "once";
  }
}

/** Describes a rule in one line, such as "Polymer type or product family is PA66: +12 (fit)". */
export function describeRule(rule: ScoringRule): string {
  const perEvent = rule.perEvent ? ` ${describeRuleField(rule, "perEvent")}` : "";
  const cap = rule.cap === undefined ? "" : `, ${describeRuleField(rule, "cap")}`;

  return `${describeCondition(rule.when)}: ${formatPoints(rule.points)}${perEvent}${cap} (${rule.dimension})`;
}

export function describeDisqualifierField(item: Disqualifier, field: DisqualifierField): string {
  if (field === "when") return describeCondition(item.when);

  return item[field];
}

export function describeGateField(item: GateItem, field: GateField): string {
  if (field === "label") return item.label;

  return item.anyOf.map((path) => FACT_PATHS.find((fact) => fact.path === path)?.label ?? path).join(" or ");
}
