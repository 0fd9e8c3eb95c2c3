import { describe, expect, it } from "vitest";

import { DEFAULT_SCORING_MODEL } from "@/lib/scoring/default-model";
import { describeMqlDecision, matchesCondition, readFact, scoreLead } from "@/lib/scoring/engine";
import type {
  Condition,
  Dimension,
  Disqualifier,
  EngagementEvent,
  GateItem,
  LeadFacts,
  ScoreBreakdown,
  ScoringModelDocument,
  ScoringRule,
} from "@/lib/scoring/model";

const DAY_MS = 86_400_000;
const NOW = new Date("2026-03-01T12:00:00.000Z");

function daysAgo(days: number): Date {
  return new Date(NOW.getTime() - days * DAY_MS);
}

type FactsOverrides = {
  answers?: LeadFacts["answers"];
  contact?: Partial<LeadFacts["contact"]>;
  offerKind?: string;
  events?: EngagementEvent[];
  submissions?: number;
};

/** Build the facts of a work-address contact in Germany with no form answers, then apply `overrides`. */
function makeFacts(overrides: FactsOverrides = {}): LeadFacts {
  return {
    answers: overrides.answers ?? {},
    contact: {
      emailDomain: "moldworks.example",
      emailKind: "work",
      country: "DE",
      hasPhone: false,
      ...overrides.contact,
    },
    offerKind: overrides.offerKind ?? "tds",
    engagement: {
      events: overrides.events ?? [],
      submissions: overrides.submissions ?? 1,
    },
  };
}

/** Build a model with no rules, a threshold of 50 and a half-life of 10 days, then apply `overrides`. */
function makeModel(overrides: Partial<ScoringModelDocument> = {}): ScoringModelDocument {
  return {
    name: "Test model",
    rules: [],
    dimensionCaps: {},
    engagementHalfLifeDays: 10,
    disqualifiers: [],
    mqlThreshold: 50,
    gate: [],
    ...overrides,
  };
}

const ALWAYS: Condition = { field: "contact.country", op: "present" };

/** Build a rule that always fires with `points` in `dimension`. */
function flatRule(id: string, dimension: Dimension, points: number, cap?: number): ScoringRule {
  return { id, label: id, dimension, when: ALWAYS, points, ...(cap === undefined ? {} : { cap }) };
}

/** Build an engagement rule worth `points` per tds_download event, decayed by age. */
function downloadRule(points: number, cap?: number): ScoringRule {
  return {
    id: "downloads",
    label: "Downloads",
    dimension: "engagement",
    when: ALWAYS,
    perEvent: { eventType: "tds_download" },
    points,
    ...(cap === undefined ? {} : { cap }),
  };
}

function score(model: ScoringModelDocument, facts: LeadFacts): ScoreBreakdown {
  return scoreLead({ model, modelVersion: 7, facts, now: NOW });
}

function firedPoints(breakdown: ScoreBreakdown, ruleId: string): number | undefined {
  return breakdown.fired.find((rule) => rule.ruleId === ruleId)?.points;
}

function firedSum(breakdown: ScoreBreakdown): number {
  return breakdown.fired.reduce((sum, rule) => sum + rule.points, 0);
}

function cappedSum(breakdown: ScoreBreakdown): number {
  return breakdown.capped.fit + breakdown.capped.intent + breakdown.capped.engagement;
}

const CONDITION_FACTS = makeFacts({
  answers: {
    polymer: "PP",
    compliance: ["fda_food_contact", "reach"],
    performanceTarget: "HDT above 120 °C",
    volumeTonnes: "25",
    blankText: "   ",
    emptyText: "",
    emptyList: [],
  },
  contact: { hasPhone: true },
  submissions: 2,
});

describe("matchesCondition", () => {
  it.each<{ label: string; condition: Condition; expected: boolean }>([
    { label: "equal string", condition: { field: "answers.polymer", op: "equals", value: "PP" }, expected: true },
    { label: "different string", condition: { field: "answers.polymer", op: "equals", value: "PE" }, expected: false },
    { label: "different letter case", condition: { field: "answers.polymer", op: "equals", value: "pp" }, expected: false },
    { label: "array containing value", condition: { field: "answers.compliance", op: "equals", value: "reach" }, expected: true },
    { label: "array without value", condition: { field: "answers.compliance", op: "equals", value: "rohs" }, expected: false },
    { label: "missing field", condition: { field: "answers.timeline", op: "equals", value: "lt3m" }, expected: false },
    { label: "boolean true", condition: { field: "contact.hasPhone", op: "equals", value: true }, expected: true },
    { label: "equal number", condition: { field: "engagement.submissions", op: "equals", value: 2 }, expected: true },
    { label: "number against string", condition: { field: "engagement.submissions", op: "equals", value: "2" }, expected: false },
  ])("equals: $label", ({ condition, expected }) => {
    expect(matchesCondition(condition, CONDITION_FACTS)).toBe(expected);
  });

  it.each<{ label: string; condition: Condition; expected: boolean }>([
    { label: "value in list", condition: { field: "answers.polymer", op: "oneOf", values: ["PE", "PP"] }, expected: true },
    { label: "value not in list", condition: { field: "answers.polymer", op: "oneOf", values: ["PE", "PC"] }, expected: false },
    { label: "array overlapping list", condition: { field: "answers.compliance", op: "oneOf", values: ["rohs", "reach"] }, expected: true },
    { label: "array not overlapping", condition: { field: "answers.compliance", op: "oneOf", values: ["rohs", "ul94"] }, expected: false },
    { label: "missing field", condition: { field: "answers.timeline", op: "oneOf", values: ["lt3m", "later"] }, expected: false },
    { label: "number in list", condition: { field: "engagement.submissions", op: "oneOf", values: [1, 2] }, expected: true },
  ])("oneOf: $label", ({ condition, expected }) => {
    expect(matchesCondition(condition, CONDITION_FACTS)).toBe(expected);
  });

  it.each<{ label: string; condition: Condition; expected: boolean }>([
    { label: "substring, other case", condition: { field: "answers.performanceTarget", op: "contains", value: "hdt" }, expected: true },
    { label: "absent substring", condition: { field: "answers.performanceTarget", op: "contains", value: "impact" }, expected: false },
    { label: "array item substring", condition: { field: "answers.compliance", op: "contains", value: "FDA" }, expected: true },
    { label: "array without substring", condition: { field: "answers.compliance", op: "contains", value: "rohs" }, expected: false },
    { label: "missing field", condition: { field: "answers.message", op: "contains", value: "a" }, expected: false },
    { label: "number field", condition: { field: "engagement.submissions", op: "contains", value: "2" }, expected: false },
  ])("contains: $label", ({ condition, expected }) => {
    expect(matchesCondition(condition, CONDITION_FACTS)).toBe(expected);
  });

  it.each<{ label: string; condition: Condition; expected: boolean }>([
    { label: "inside both bounds", condition: { field: "engagement.submissions", op: "range", min: 1, max: 3 }, expected: true },
    { label: "equal to min", condition: { field: "engagement.submissions", op: "range", min: 2 }, expected: true },
    { label: "equal to max", condition: { field: "engagement.submissions", op: "range", max: 2 }, expected: true },
    { label: "below min", condition: { field: "engagement.submissions", op: "range", min: 3 }, expected: false },
    { label: "above max", condition: { field: "engagement.submissions", op: "range", max: 1 }, expected: false },
    { label: "no bounds", condition: { field: "engagement.submissions", op: "range" }, expected: true },
    { label: "numeric string", condition: { field: "answers.volumeTonnes", op: "range", min: 10, max: 100 }, expected: true },
    { label: "numeric string below", condition: { field: "answers.volumeTonnes", op: "range", min: 30 }, expected: false },
    { label: "whitespace-only string", condition: { field: "answers.blankText", op: "range", max: 100 }, expected: false },
    { label: "non-numeric string", condition: { field: "answers.polymer", op: "range", min: 0 }, expected: false },
    { label: "array value", condition: { field: "answers.compliance", op: "range", min: 0 }, expected: false },
    { label: "missing field", condition: { field: "answers.timeline", op: "range", min: 0 }, expected: false },
  ])("range: $label", ({ condition, expected }) => {
    expect(matchesCondition(condition, CONDITION_FACTS)).toBe(expected);
  });

  it.each<{ label: string; field: string; facts?: LeadFacts; expected: boolean }>([
    { label: "non-blank string", field: "answers.polymer", expected: true },
    { label: "whitespace-only string", field: "answers.blankText", expected: false },
    { label: "empty string", field: "answers.emptyText", expected: false },
    { label: "non-empty array", field: "answers.compliance", expected: true },
    { label: "empty array", field: "answers.emptyList", expected: false },
    { label: "missing field", field: "answers.timeline", expected: false },
    { label: "missing parent object", field: "nothing.here", expected: false },
    { label: "boolean true", field: "contact.hasPhone", expected: true },
    { label: "boolean false", field: "contact.hasPhone", facts: makeFacts({ contact: { hasPhone: false } }), expected: false },
    { label: "number zero", field: "engagement.submissions", facts: makeFacts({ submissions: 0 }), expected: true },
  ])("present: $label", ({ field, facts, expected }) => {
    expect(matchesCondition({ field, op: "present" }, facts ?? CONDITION_FACTS)).toBe(expected);
  });
});

describe("readFact", () => {
  it.each<{ label: string; path: string; expected: unknown }>([
    { label: "top-level field", path: "offerKind", expected: "tds" },
    { label: "nested field", path: "contact.country", expected: "DE" },
    { label: "array item by index", path: "answers.compliance.1", expected: "reach" },
    { label: "missing leaf", path: "answers.timeline", expected: undefined },
    { label: "missing parent", path: "nothing.at.all", expected: undefined },
    { label: "path through string", path: "answers.polymer.length", expected: undefined },
  ])("readFact: $label", ({ path, expected }) => {
    expect(readFact(CONDITION_FACTS, path)).toBe(expected);
  });
});

describe("scoreLead rule caps", () => {
  const events = (count: number): EngagementEvent[] => Array.from({ length: count }, () => ({ type: "tds_download", at: NOW }));

  it.each<{ label: string; rule: ScoringRule; facts: LeadFacts; expected: number }>([
    { label: "points above cap", rule: flatRule("r", "fit", 30, 20), facts: makeFacts(), expected: 20 },
    { label: "points below cap", rule: flatRule("r", "fit", 10, 20), facts: makeFacts(), expected: 10 },
    { label: "points equal to cap", rule: flatRule("r", "fit", 20, 20), facts: makeFacts(), expected: 20 },
    { label: "negative points under cap", rule: flatRule("r", "fit", -10, 5), facts: makeFacts(), expected: -10 },
    { label: "per-event sum above cap", rule: { ...downloadRule(5, 15), id: "r" }, facts: makeFacts({ events: events(4) }), expected: 15 },
    { label: "per-event sum below cap", rule: { ...downloadRule(5, 15), id: "r" }, facts: makeFacts({ events: events(2) }), expected: 10 },
  ])("rule cap: $label", ({ rule, facts, expected }) => {
    expect(firedPoints(score(makeModel({ rules: [rule] }), facts), "r")).toBe(expected);
  });
});

describe("scoreLead dimension caps", () => {
  const cases: { label: string; rules: ScoringRule[]; caps: ScoringModelDocument["dimensionCaps"]; fit: number; capped: number; total: number }[] = [
    { label: "sum above cap", rules: [flatRule("a", "fit", 30), flatRule("b", "fit", 25)], caps: { fit: 50 }, fit: 50, capped: 5, total: 50 },
    { label: "sum equal to cap", rules: [flatRule("a", "fit", 30), flatRule("b", "fit", 20)], caps: { fit: 50 }, fit: 50, capped: 0, total: 50 },
    {
      label: "negative rule below cap",
      rules: [flatRule("a", "fit", 30), flatRule("b", "fit", 25), flatRule("junk", "fit", -15)],
      caps: { fit: 50 },
      fit: 40,
      capped: 0,
      total: 40,
    },
    { label: "no cap for dimension", rules: [flatRule("a", "fit", 30), flatRule("b", "fit", 25)], caps: { intent: 10 }, fit: 55, capped: 0, total: 55 },
    {
      label: "other dimension adds on",
      rules: [flatRule("a", "fit", 60), flatRule("b", "intent", 15)],
      caps: { fit: 50, intent: 50 },
      fit: 50,
      capped: 10,
      total: 65,
    },
  ];

  it.each(cases)("fit total: $label", ({ rules, caps, fit }) => {
    expect(score(makeModel({ rules, dimensionCaps: caps }), makeFacts()).dimensions.fit).toBe(fit);
  });

  it.each(cases)("fit capped: $label", ({ rules, caps, capped }) => {
    expect(score(makeModel({ rules, dimensionCaps: caps }), makeFacts()).capped.fit).toBe(capped);
  });

  it.each(cases)("total: $label", ({ rules, caps, total }) => {
    expect(score(makeModel({ rules, dimensionCaps: caps }), makeFacts()).total).toBe(total);
  });

  it.each(cases)("fired minus capped: $label", ({ rules, caps }) => {
    const breakdown = score(makeModel({ rules, dimensionCaps: caps }), makeFacts());

    expect(firedSum(breakdown) - cappedSum(breakdown)).toBe(breakdown.total);
  });

  it("default model fired minus capped", () => {
    const breakdown = score(DEFAULT_SCORING_MODEL, strongSampleRequest());

    expect(firedSum(breakdown) - cappedSum(breakdown)).toBe(breakdown.total);
  });
});

describe("scoreLead engagement decay", () => {
  // makeModel sets a half-life of 10 days, so ages of 10, 20 and 30 days are one, two and three half-lives.
  it.each<{ label: string; points: number; ages: number[]; expected: number | undefined }>([
    { label: "event just now", points: 8, ages: [0], expected: 8 },
    { label: "one half-life old", points: 8, ages: [10], expected: 4 },
    { label: "two half-lives old", points: 8, ages: [20], expected: 2 },
    { label: "three half-lives old", points: 8, ages: [30], expected: 1 },
    { label: "odd points at half-life", points: 5, ages: [10], expected: 3 },
    { label: "two events summed", points: 8, ages: [0, 10], expected: 12 },
    { label: "event in the future", points: 8, ages: [-5], expected: 8 },
    { label: "event decayed to zero", points: 8, ages: [1000], expected: undefined },
  ])("decay: $label", ({ points, ages, expected }) => {
    const events: EngagementEvent[] = ages.map((age) => ({ type: "tds_download", at: daysAgo(age) }));
    const breakdown = score(makeModel({ rules: [downloadRule(points)] }), makeFacts({ events }));

    expect(firedPoints(breakdown, "downloads")).toBe(expected);
  });

  it("decay ignores other event types", () => {
    const events: EngagementEvent[] = [{ type: "guide_download", at: NOW }];
    const breakdown = score(makeModel({ rules: [downloadRule(8)] }), makeFacts({ events }));

    expect(breakdown.fired).toEqual([]);
  });

  it("per-event rule needs its condition", () => {
    const rule: ScoringRule = { ...downloadRule(8), when: { field: "engagement.submissions", op: "range", min: 2 } };
    const events: EngagementEvent[] = [{ type: "tds_download", at: NOW }];
    const breakdown = score(makeModel({ rules: [rule] }), makeFacts({ events, submissions: 1 }));

    expect(breakdown.fired).toEqual([]);
  });
});

describe("scoreLead disqualifiers", () => {
  const competitor: Disqualifier = {
    id: "dq.competitor",
    label: "Competitor",
    when: { field: "contact.emailDomain", op: "equals", value: "polyrival.example" },
    reason: "Competitor domain.",
  };
  const student: Disqualifier = {
    id: "dq.student",
    label: "Student",
    when: { field: "contact.emailKind", op: "equals", value: "academic" },
    reason: "Student project.",
  };
  const model = makeModel({ rules: [flatRule("big", "intent", 100)], disqualifiers: [competitor, student] });

  it.each<{ label: string; contact: Partial<LeadFacts["contact"]>; expected: ScoreBreakdown["disqualifiedBy"] }>([
    { label: "no disqualifier matches", contact: {}, expected: null },
    { label: "competitor domain", contact: { emailDomain: "polyrival.example" }, expected: { ruleId: "dq.competitor", reason: "Competitor domain." } },
    { label: "academic address", contact: { emailKind: "academic" }, expected: { ruleId: "dq.student", reason: "Student project." } },
    {
      label: "first of two matches",
      contact: { emailDomain: "polyrival.example", emailKind: "academic" },
      expected: { ruleId: "dq.competitor", reason: "Competitor domain." },
    },
  ])("disqualifiedBy: $label", ({ contact, expected }) => {
    expect(score(model, makeFacts({ contact })).disqualifiedBy).toEqual(expected);
  });

  it.each<{ label: string; contact: Partial<LeadFacts["contact"]>; expected: boolean }>([
    { label: "not disqualified", contact: {}, expected: true },
    { label: "disqualified", contact: { emailDomain: "polyrival.example" }, expected: false },
  ])("high score MQL when $label", ({ contact, expected }) => {
    expect(score(model, makeFacts({ contact })).qualifiesForMql).toBe(expected);
  });
});

/** Build the lead the default model is tuned for, a packaging molder that requests PP samples within three months. */
function strongSampleRequest(contact: Partial<LeadFacts["contact"]> = {}): LeadFacts {
  return makeFacts({
    answers: {
      application: "packaging",
      polymer: "PP",
      timeline: "lt3m",
      processingMethod: "injection",
      annualVolume: "10to100t",
      compliance: ["fda_food_contact"],
      performanceTarget: "Top-load strength above 300 N",
    },
    contact,
    offerKind: "sample",
    events: [{ type: "sample_request", at: NOW }],
  });
}

describe("scoreLead negative rules", () => {
  // The strong sample request earns 55 positive fit points, so the fit cap of 50 hides nothing once a junk rule fires.
  it.each<{ label: string; contact: Partial<LeadFacts["contact"]>; ruleId: string; points: number; fit: number }>([
    { label: "free-mail address", contact: { emailDomain: "gmail.com", emailKind: "free" }, ruleId: "junk.freemail", points: -15, fit: 40 },
    { label: "academic address", contact: { emailDomain: "mit.edu", emailKind: "academic" }, ruleId: "junk.academic", points: -30, fit: 25 },
    { label: "competitor domain", contact: { emailDomain: "polyrival.example" }, ruleId: "junk.competitor", points: -60, fit: -5 },
    { label: "second competitor domain", contact: { emailDomain: "resincompete.example" }, ruleId: "junk.competitor", points: -60, fit: -5 },
  ])("junk rule fires: $label", ({ contact, ruleId, points }) => {
    expect(firedPoints(score(DEFAULT_SCORING_MODEL, strongSampleRequest(contact)), ruleId)).toBe(points);
  });

  it.each<{ label: string; contact: Partial<LeadFacts["contact"]>; fit: number }>([
    { label: "work address", contact: {}, fit: 50 },
    { label: "free-mail address", contact: { emailDomain: "gmail.com", emailKind: "free" }, fit: 40 },
    { label: "academic address", contact: { emailDomain: "mit.edu", emailKind: "academic" }, fit: 25 },
    { label: "competitor domain", contact: { emailDomain: "polyrival.example" }, fit: -5 },
  ])("fit after junk: $label", ({ contact, fit }) => {
    expect(score(DEFAULT_SCORING_MODEL, strongSampleRequest(contact)).dimensions.fit).toBe(fit);
  });

  it("work address fires no junk", () => {
    const fired = score(DEFAULT_SCORING_MODEL, strongSampleRequest()).fired.map((rule) => rule.ruleId);

    expect(fired.filter((id) => id.startsWith("junk."))).toEqual([]);
  });
});

describe("scoreLead minimum-info gate", () => {
  const complete: LeadFacts["answers"] = {
    application: "packaging",
    polymer: "PP",
    timeline: "lt3m",
    performanceTarget: "HDT above 120 °C",
    compliance: ["reach"],
  };
  const KEY_NEED = "key need (performance target or compliance)";

  it.each<{ label: string; answers: LeadFacts["answers"]; missing: string[] }>([
    { label: "all items answered", answers: complete, missing: [] },
    { label: "no application", answers: { ...complete, application: undefined }, missing: ["application"] },
    { label: "no polymer", answers: { ...complete, polymer: undefined }, missing: ["polymer type"] },
    { label: "no timeline", answers: { ...complete, timeline: undefined }, missing: ["timeline"] },
    { label: "performance target only", answers: { ...complete, compliance: undefined }, missing: [] },
    { label: "compliance only", answers: { ...complete, performanceTarget: undefined }, missing: [] },
    { label: "no key need", answers: { ...complete, compliance: undefined, performanceTarget: undefined }, missing: [KEY_NEED] },
    { label: "blank key need", answers: { ...complete, compliance: [], performanceTarget: "  " }, missing: [KEY_NEED] },
    { label: "nothing answered", answers: {}, missing: ["application", "polymer type", "timeline", KEY_NEED] },
  ])("gate missing: $label", ({ answers, missing }) => {
    expect(score(DEFAULT_SCORING_MODEL, makeFacts({ answers })).gate.missing).toEqual(missing);
  });

  it.each<{ label: string; answers: LeadFacts["answers"]; passed: boolean }>([
    { label: "all items answered", answers: complete, passed: true },
    { label: "one item missing", answers: { ...complete, timeline: undefined }, passed: false },
    { label: "nothing answered", answers: {}, passed: false },
  ])("gate passed: $label", ({ answers, passed }) => {
    expect(score(DEFAULT_SCORING_MODEL, makeFacts({ answers })).gate.passed).toBe(passed);
  });
});

const TIMELINE_GATE: GateItem[] = [{ id: "timeline", label: "timeline", anyOf: ["answers.timeline"] }];

/** Build a model with one intent rule worth `points`, a gate on the timeline answer and a threshold of 50. */
function thresholdModel(points: number, disqualifiers: Disqualifier[] = []): ScoringModelDocument {
  return makeModel({ rules: [flatRule("points", "intent", points)], gate: TIMELINE_GATE, mqlThreshold: 50, disqualifiers });
}

const WITH_TIMELINE = makeFacts({ answers: { timeline: "lt3m" } });
const WITHOUT_TIMELINE = makeFacts();
const EXISTING_CUSTOMER: Disqualifier = {
  id: "dq.customer",
  label: "Existing customer",
  when: { field: "contact.emailDomain", op: "equals", value: "moldworks.example" },
  reason: "Existing customer account.",
};

describe("scoreLead MQL decision", () => {
  it.each<{ label: string; points: number; facts: LeadFacts; expected: boolean }>([
    { label: "score at threshold", points: 50, facts: WITH_TIMELINE, expected: true },
    { label: "score one below", points: 49, facts: WITH_TIMELINE, expected: false },
    { label: "score far above", points: 100, facts: WITH_TIMELINE, expected: true },
    { label: "high score, gate missing", points: 100, facts: WITHOUT_TIMELINE, expected: false },
  ])("MQL: $label", ({ points, facts, expected }) => {
    expect(score(thresholdModel(points), facts).qualifiesForMql).toBe(expected);
  });

  it("breakdown records model and time", () => {
    const breakdown = score(thresholdModel(50), WITH_TIMELINE);

    expect(breakdown.modelVersion).toBe(7);
    expect(breakdown.scoredAt).toBe("2026-03-01T12:00:00.000Z");
    expect(breakdown.threshold).toBe(50);
  });

  it("same input gives same breakdown", () => {
    const facts = strongSampleRequest();

    expect(score(DEFAULT_SCORING_MODEL, facts)).toEqual(score(DEFAULT_SCORING_MODEL, facts));
  });
});

describe("describeMqlDecision", () => {
  it.each<{ label: string; breakdown: ScoreBreakdown; expected: string }>([
    { label: "threshold reached", breakdown: score(thresholdModel(50), WITH_TIMELINE), expected: "Score 50 reached the MQL threshold of 50." },
    { label: "score below threshold", breakdown: score(thresholdModel(49), WITH_TIMELINE), expected: "Score 49 is below the MQL threshold of 50." },
    { label: "gate item missing", breakdown: score(thresholdModel(80), WITHOUT_TIMELINE), expected: "Missing: timeline." },
    {
      label: "below and missing",
      breakdown: score(thresholdModel(49), WITHOUT_TIMELINE),
      expected: "Score 49 is below the MQL threshold of 50. Missing: timeline.",
    },
    { label: "disqualified lead", breakdown: score(thresholdModel(80, [EXISTING_CUSTOMER]), WITH_TIMELINE), expected: "Disqualified: Existing customer account." },
  ])("decision text: $label", ({ breakdown, expected }) => {
    expect(describeMqlDecision(breakdown)).toBe(expected);
  });
});

describe("scoreLead default model", () => {
  const guideOnly = makeFacts({ offerKind: "guide", events: [{ type: "guide_download", at: NOW }] });

  it("strong sample request is MQL", () => {
    expect(score(DEFAULT_SCORING_MODEL, strongSampleRequest()).qualifiesForMql).toBe(true);
  });

  it("strong sample request scores 100", () => {
    // Fit 55 and intent 60 are each capped at 50. The sample_request event earns no engagement points.
    expect(score(DEFAULT_SCORING_MODEL, strongSampleRequest()).total).toBe(100);
  });

  it("strong sample request passes gate", () => {
    expect(score(DEFAULT_SCORING_MODEL, strongSampleRequest()).gate.passed).toBe(true);
  });

  it("bare guide download not MQL", () => {
    expect(score(DEFAULT_SCORING_MODEL, guideOnly).qualifiesForMql).toBe(false);
  });

  it("bare guide download scores 5", () => {
    expect(score(DEFAULT_SCORING_MODEL, guideOnly).total).toBe(5);
  });

  it("bare guide download misses gate", () => {
    expect(score(DEFAULT_SCORING_MODEL, guideOnly).gate.missing).toHaveLength(4);
  });
});
