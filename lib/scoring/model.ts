/**
 * The scoring model document and the breakdown a scoring returns. Pure
 * types and constants: client code may import this file.
 */

export const DIMENSIONS = ["fit", "intent", "engagement"] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/**
 * A predicate over one fact. `field` is a dotted path into the facts, such as
 * `answers.polymer`, `contact.emailKind` or `engagement.submissions`.
 */
export type Condition =
  | { field: string; op: "equals"; value: string | number | boolean }
  | { field: string; op: "oneOf"; values: (string | number)[] }
  | { field: string; op: "contains"; value: string }
  | { field: string; op: "range"; min?: number; max?: number }
  | { field: string; op: "present" };

export type ScoringRule = {
  id: string;
  label: string;
  dimension: Dimension;
  when: Condition;
  // Negative for junk signals.
  points: number;
  // Engagement rules only: the points come once per matching event, each decayed by age.
  perEvent?: { eventType: EngagementEventType };
  // Upper bound on what this rule adds, after decay and per-event sums.
  cap?: number;
};

export type Disqualifier = { id: string; label: string; when: Condition; reason: string };

export type ScoringModelDocument = {
  name: string;
  rules: ScoringRule[];
  // Upper bound on each dimension's total, negative points included.
  dimensionCaps: Partial<Record<Dimension, number>>;
  // Engagement points halve every this many days.
  engagementHalfLifeDays: number;
  disqualifiers: Disqualifier[];
  mqlThreshold: number;
  // Gate items that must all be present for an MQL, whatever the score.
  gate: GateItem[];
};

export type GateItem = { id: string; label: string; anyOf: string[] };

export const ENGAGEMENT_EVENT_TYPES = ["tds_download", "sample_request", "guide_download", "quote_request", "submission"] as const;
export type EngagementEventType = (typeof ENGAGEMENT_EVENT_TYPES)[number];

export type EngagementEvent = { type: EngagementEventType; at: Date };

/** What the scoring reads about a lead. */
export type LeadFacts = {
  answers: Record<string, string | string[] | undefined>;
  contact: {
    emailDomain: string;
    emailKind: "work" | "free" | "academic";
    country: string;
    jobRole?: string;
    hasPhone: boolean;
  };
  offerKind: string;
  engagement: { events: EngagementEvent[]; submissions: number };
  // Extra attributes by column name, such as those of leads imported from another system's CSV.
  attributes?: Record<string, string | number | undefined>;
};

export type FiredRule = { ruleId: string; label: string; dimension: Dimension; points: number };

export type ScoreBreakdown = {
  total: number;
  dimensions: Record<Dimension, number>;
  fired: FiredRule[];
  // Points cut by a dimension cap, per dimension, so the fired rules still add up to the total.
  capped: Record<Dimension, number>;
  gate: { passed: boolean; missing: string[] };
  disqualifiedBy: { ruleId: string; reason: string } | null;
  threshold: number;
  qualifiesForMql: boolean;
  modelVersion: number;
  scoredAt: string;
};
