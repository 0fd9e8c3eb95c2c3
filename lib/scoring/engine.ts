import {
  DIMENSIONS,
  type Condition,
  type Dimension,
  type FiredRule,
  type LeadFacts,
  type ScoreBreakdown,
  type ScoringModelDocument,
  type ScoringRule,
} from "./model";

const DAY_MS = 86_400_000;

/** Read a dotted path such as `answers.polymer` from the facts. */
export function readFact(facts: LeadFacts, path: string): unknown {
  let value: unknown = facts;
  for (const key of path.split(".")) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[key];
  }

  return value;
}

function isPresent(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === "string") return value.trim() !== "";
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === "boolean") return value;

  return true;
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}

export function matchesCondition(condition: Condition, facts: LeadFacts): boolean {
  const value = readFact(facts, condition.field);

  switch (condition.op) {
    case "present":
      return isPresent(value);
    case "equals":
      return asList(value).some((item) => item === condition.value);
    case "oneOf":
      return asList(value).some((item) => condition.values.includes(item as string | number));
    case "contains": {
      const needle = condition.value.toLowerCase();
      return asList(value).some((item) => typeof item === "string" && item.toLowerCase().includes(needle));
    }
    case "range": {
      const number = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : NaN;
      if (!Number.isFinite(number)) return false;
      if (condition.min !== undefined && number < condition.min) return false;
      if (condition.max !== undefined && number > condition.max) return false;
      return true;
    }
  }
}

/** Points of one rule, before the dimension cap; engagement events decay with age. */
function rulePoints(rule: ScoringRule, facts: LeadFacts, model: ScoringModelDocument, now: Date): number {
  let points: number;

  if (rule.perEvent) {
    const eventType = rule.perEvent.eventType;
    points = facts.engagement.events
      .filter((event) => event.type === eventType)
      .reduce((sum, event) => {
        const ageDays = Math.max(0, now.getTime() - event.at.getTime()) / DAY_MS;
        return sum + rule.points * 0.5 ** (ageDays / model.engagementHalfLifeDays);
      }, 0);
  } else {
    points = matchesCondition(rule.when, facts) ? rule.points : 0;
  }

  if (rule.cap !== undefined && points > rule.cap) points = rule.cap;

  return Math.round(points);
}

/**
 * Score a lead. Pure: the same (model, facts, now) always gives the same
 * breakdown, and its fired points minus the capped points equal the total.
 */
export function scoreLead(input: {
  model: ScoringModelDocument;
  modelVersion: number;
  facts: LeadFacts;
  now: Date;
}): ScoreBreakdown {
  const { model, modelVersion, facts, now } = input;

  const fired: FiredRule[] = [];
  for (const rule of model.rules) {
    const isPerEventRule = rule.perEvent !== undefined;
    if (isPerEventRule && !matchesCondition(rule.when, facts)) continue;

    const points = rulePoints(rule, facts, model, now);
    if (points !== 0) fired.push({ ruleId: rule.id, label: rule.label, dimension: rule.dimension, points });
  }

  const dimensions = Object.fromEntries(DIMENSIONS.map((d) => [d, 0])) as Record<Dimension, number>;
  const capped = Object.fromEntries(DIMENSIONS.map((d) => [d, 0])) as Record<Dimension, number>;
  for (const rule of fired) dimensions[rule.dimension] += rule.points;
  for (const dimension of DIMENSIONS) {
    const cap = model.dimensionCaps[dimension];
    if (cap !== undefined && dimensions[dimension] > cap) {
      capped[dimension] = dimensions[dimension] - cap;
      dimensions[dimension] = cap;
    }
  }
  const total = DIMENSIONS.reduce((sum, d) => sum + dimensions[d], 0);

  const missing = model.gate
    .filter((item) => !item.anyOf.some((path) => isPresent(readFact(facts, path))))
    .map((item) => item.label);

  const disqualifier = model.disqualifiers.find((d) => matchesCondition(d.when, facts));
  const disqualifiedBy = disqualifier ? { ruleId: disqualifier.id, reason: disqualifier.reason } : null;

  return {
    total,
    dimensions,
    fired,
    capped,
    gate: { passed: missing.length === 0, missing },
    disqualifiedBy,
    threshold: model.mqlThreshold,
    qualifiesForMql: disqualifiedBy === null && missing.length === 0 && total >= model.mqlThreshold,
    modelVersion,
    scoredAt: now.toISOString(),
  };
}

/** One line for a rep or a log: why the lead is or is not an MQL. */
export function describeMqlDecision(breakdown: ScoreBreakdown): string {
  if (breakdown.disqualifiedBy) return `Disqualified: ${breakdown.disqualifiedBy.reason}`;
  const parts: string[] = [];
  if (breakdown.total < breakdown.threshold) {
    parts.push(`Score ${breakdown.total} is below the MQL threshold of ${breakdown.threshold}.`);
  }
  if (!breakdown.gate.passed) parts.push(`Missing: ${breakdown.gate.missing.join(", ")}.`);
  if (parts.length === 0) return `Score ${breakdown.total} reached the MQL threshold of ${breakdown.threshold}.`;

  return parts.join(" ");
}
