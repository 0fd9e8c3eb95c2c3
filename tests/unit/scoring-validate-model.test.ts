import { describe, expect, it } from "vitest";

import { DEFAULT_SCORING_MODEL } from "@/lib/scoring/default-model";
import type { ScoringModelDocument, ScoringRule } from "@/lib/scoring/model";
import { maxReachableScore, validateLiveModel, validateModel } from "@/lib/scoring/validate-model";

function model(overrides: Partial<ScoringModelDocument>): ScoringModelDocument {
  return { ...DEFAULT_SCORING_MODEL, ...overrides };
}

function rule(overrides: Partial<ScoringRule>): ScoringRule {
  return { id: "r", label: "Rule", dimension: "fit", when: { field: "answers.polymer", op: "present" }, points: 10, ...overrides };
}

describe("maxReachableScore", () => {
  it.each([
    { label: "sums positive points", rules: [rule({ id: "a", points: 10 }), rule({ id: "b", points: 5 })], caps: {}, max: 15 },
    { label: "ignores negative points", rules: [rule({ id: "a", points: 10 }), rule({ id: "b", points: -50 })], caps: {}, max: 10 },
    { label: "clips to a dimension cap", rules: [rule({ id: "a", points: 40 }), rule({ id: "b", points: 40 })], caps: { fit: 50 }, max: 50 },
    { label: "clips a rule to its cap", rules: [rule({ id: "a", points: 40, cap: 15 })], caps: {}, max: 15 },
    {
      label: "uncapped per-event rule is unbounded",
      rules: [rule({ id: "a", dimension: "engagement", points: 5, perEvent: { eventType: "tds_download" } })],
      caps: {},
      max: Infinity,
    },
    {
      label: "per-event rule bounded by its cap",
      rules: [rule({ id: "a", dimension: "engagement", points: 5, perEvent: { eventType: "tds_download" }, cap: 20 })],
      caps: {},
      max: 20,
    },
  ])("$label", ({ rules, caps, max }) => {
    expect(maxReachableScore(model({ rules, dimensionCaps: caps }))).toBe(max);
  });

  it("default model reaches 125", () => {
    expect(maxReachableScore(DEFAULT_SCORING_MODEL)).toBe(125);
  });
});

describe("validateLiveModel", () => {
  it("accepts the default model", () => {
    expect(validateLiveModel(DEFAULT_SCORING_MODEL).ok).toBe(true);
  });

  it.each([
    { label: "unreachable threshold", change: { mqlThreshold: 500 }, error: "No lead can reach the MQL threshold of 500: the most a lead can score under these rules and caps is 125." },
    { label: "threshold of zero", change: { mqlThreshold: 0 }, error: "The MQL threshold must be above 0" },
    {
      label: "rule on unknown field",
      change: { rules: [rule({ label: "Resin grade", when: { field: "answers.resinGrade", op: "present" } })] },
      error: 'rules[0] "Resin grade": there is no field answers.resinGrade on live leads.',
    },
    {
      label: "imported attribute on live leads",
      change: { rules: [rule({ label: "Google", when: { field: "attributes.LeadSource", op: "equals", value: "google" } })], mqlThreshold: 5 },
      error: "there is no field attributes.LeadSource on live leads",
    },
    {
      label: "gate on unknown field",
      change: { gate: [{ id: "g", label: "Grade", anyOf: ["answers.grade"] }] },
      error: 'gate[0] "Grade": there is no field answers.grade on live leads.',
    },
    { label: "negative half-life", change: { engagementHalfLifeDays: -3 }, error: "engagementHalfLifeDays: Must be a positive number of days." },
  ])("rejects $label", ({ change, error }) => {
    const result = validateLiveModel(model(change));

    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join("\n")).toContain(error);
  });
});

describe("validateModel for drafts", () => {
  const imported = model({ rules: [rule({ label: "Google", when: { field: "attributes.LeadSource", op: "equals", value: "google" } })], mqlThreshold: 5 });

  it("accepts imported columns in a draft", () => {
    expect(validateModel(imported, { allowImportedAttributes: true }).ok).toBe(true);
  });

  it("still rejects unknown live fields", () => {
    const unknown = model({ rules: [rule({ label: "Grade", when: { field: "answers.grade", op: "present" } })], mqlThreshold: 5 });

    expect(validateModel(unknown, { allowImportedAttributes: true }).ok).toBe(false);
  });
});
