import type { RuleStats } from "@/lib/scoring/rule-stats";

import type { OverallOutcomes } from "./overall-outcomes";

// Fewer MQLs than this make a rule's rates too noisy to call it weak.
export const MIN_MQLS_FOR_FLAG = 10;

export type RuleFlag = "low SQL rate" | "high rejection rate";

/** Returns why a rule is weak: an SQL rate below half the overall one, or a rejection rate above twice the overall one, with enough MQLs. */
export function flagRule(rule: RuleStats, overall: OverallOutcomes): RuleFlag[] {
  if (rule.mqls < MIN_MQLS_FOR_FLAG) return [];

  const flags: RuleFlag[] = [];
  if (rule.sqlRate !== null && overall.sqlRate !== null && rule.sqlRate < overall.sqlRate / 2) flags.push("low SQL rate");
  if (rule.rejectionRate !== null && overall.rejectionRate !== null && rule.rejectionRate > overall.rejectionRate * 2) flags.push("high rejection rate");

  return flags;
}

export const SORT_KEYS = {
  fired: "Fired",
  mqls: "MQLs",
  sqlRate: "SQL rate",
  rejectionRate: "Rejection rate",
  winRate: "Win rate",
  label: "Rule",
} as const;
export type SortKey = keyof typeof SORT_KEYS;
export type SortOrder = "asc" | "desc";

export function parseSort(params: Record<string, string | string[] | undefined>): { key: SortKey; order: SortOrder } {
  const key = typeof params.sort === "string" && params.sort in SORT_KEYS ? (params.sort as SortKey) : "fired";
  if (params.order === "asc" || params.order === "desc") return { key, order: params.order };

  // Labels read best from A to Z, and numbers highest first.
  return { key, order: key === "label" ? "asc" : "desc" };
}

/** Sorts the rules by one column. Rules without a rate (no MQLs) come last in either order. */
export function sortRules(rules: readonly RuleStats[], { key, order }: { key: SortKey; order: SortOrder }): RuleStats[] {
  const direction = order === "asc" ? 1 : -1;

  return [...rules].sort((a, b) => {
    if (key === "label") return direction * a.label.localeCompare(b.label);

    const left = a[key];
    const right = b[key];
    if (left === null && right === null) return 0;
    if (left === null) return 1;
    if (right === null) return -1;

    return direction * (left - right) || a.label.localeCompare(b.label);
  });
}
