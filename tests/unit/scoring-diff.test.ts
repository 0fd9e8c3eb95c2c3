import { describe, expect, it } from "vitest";

import { DEFAULT_SCORING_MODEL } from "@/lib/scoring/default-model";
import { diffModels, isSameValue } from "@/lib/scoring/diff";
import type { Disqualifier, GateItem, ScoringModelDocument, ScoringRule } from "@/lib/scoring/model";

function model(overrides: Partial<ScoringModelDocument>): ScoringModelDocument {
  return { ...DEFAULT_SCORING_MODEL, ...overrides };
}

function rule(overrides: Partial<ScoringRule>): ScoringRule {
  return { id: "fit.polymer", label: "Polymer given", dimension: "fit", when: { field: "answers.polymer", op: "present" }, points: 10, ...overrides };
}

function disqualifier(overrides: Partial<Disqualifier>): Disqualifier {
  return { id: "dq.competitor", label: "Competitor", when: { field: "contact.emailDomain", op: "equals", value: "rival.example" }, reason: "Competitor", ...overrides };
}

function gateItem(overrides: Partial<GateItem>): GateItem {
  return { id: "polymer", label: "polymer type", anyOf: ["answers.polymer"], ...overrides };
}

describe("diffModels settings", () => {
  it("same model has no changes", () => {
    const diff = diffModels({ before: DEFAULT_SCORING_MODEL, after: DEFAULT_SCORING_MODEL });

    expect(diff.changeCount).toBe(0);
    expect(diff.rules.unchanged).toHaveLength(DEFAULT_SCORING_MODEL.rules.length);
    expect(diff.gate.unchanged).toHaveLength(DEFAULT_SCORING_MODEL.gate.length);
  });

  it.each<{ label: string; change: Partial<ScoringModelDocument>; setting: "mqlThreshold" | "engagementHalfLifeDays"; before: number; after: number }>([
    { label: "threshold raised", change: { mqlThreshold: 70 }, setting: "mqlThreshold", before: 60, after: 70 },
    { label: "half-life shortened", change: { engagementHalfLifeDays: 14 }, setting: "engagementHalfLifeDays", before: 30, after: 14 },
  ])("setting: $label", ({ change, setting, before, after }) => {
    const diff = diffModels({ before: DEFAULT_SCORING_MODEL, after: model(change) });

    expect(diff[setting]).toEqual({ before, after, changed: true });
    expect(diff.changeCount).toBe(1);
  });

  it.each<{ label: string; caps: ScoringModelDocument["dimensionCaps"]; fit: { before: number | undefined; after: number | undefined; changed: boolean } }>([
    { label: "cap lowered", caps: { fit: 40, intent: 50, engagement: 25 }, fit: { before: 50, after: 40, changed: true } },
    { label: "cap removed", caps: { intent: 50, engagement: 25 }, fit: { before: 50, after: undefined, changed: true } },
    { label: "cap unchanged", caps: { fit: 50, intent: 50, engagement: 25 }, fit: { before: 50, after: 50, changed: false } },
  ])("fit cap: $label", ({ caps, fit }) => {
    const diff = diffModels({ before: DEFAULT_SCORING_MODEL, after: model({ dimensionCaps: caps }) });

    expect(diff.dimensionCaps.fit).toEqual(fit);
    expect(diff.dimensionCaps.intent.changed).toBe(false);
  });

  it("new name is not a change", () => {
    const diff = diffModels({ before: DEFAULT_SCORING_MODEL, after: model({ name: "Renamed" }) });

    expect(diff.name).toEqual({ before: "Polymer defaults", after: "Renamed", changed: true });
    expect(diff.changeCount).toBe(0);
  });
});

describe("diffModels rules", () => {
  it.each<{ label: string; after: Partial<ScoringRule>; fields: string[] }>([
    { label: "points", after: { points: 15 }, fields: ["points"] },
    { label: "label", after: { label: "Polymer type stated" }, fields: ["label"] },
    { label: "dimension", after: { dimension: "intent" }, fields: ["dimension"] },
    { label: "condition op", after: { when: { field: "answers.polymer", op: "equals", value: "PA66" } }, fields: ["when"] },
    { label: "condition field", after: { when: { field: "answers.application", op: "present" } }, fields: ["when"] },
    { label: "cap added", after: { cap: 5 }, fields: ["cap"] },
    { label: "points and cap", after: { points: 20, cap: 15 }, fields: ["points", "cap"] },
    { label: "per event added", after: { dimension: "engagement", perEvent: { eventType: "tds_download" } }, fields: ["dimension", "perEvent"] },
  ])("changed: $label", ({ after, fields }) => {
    const diff = diffModels({ before: model({ rules: [rule({})] }), after: model({ rules: [rule(after)] }) });

    expect(diff.rules.changed).toHaveLength(1);
    expect(diff.rules.changed[0]!.fields).toEqual(fields);
    expect(diff.rules.unchanged).toEqual([]);
  });

  it.each<{ label: string; before: ScoringRule; after: ScoringRule }>([
    {
      label: "oneOf values reordered",
      before: rule({ when: { field: "answers.polymer", op: "oneOf", values: ["PP", "PE"] } }),
      after: rule({ when: { field: "answers.polymer", op: "oneOf", values: ["PE", "PP"] } }),
    },
    { label: "cap undefined and absent", before: rule({ cap: undefined }), after: rule({}) },
    {
      label: "condition keys reordered",
      before: rule({ when: { field: "engagement.submissions", op: "range", min: 1, max: 3 } }),
      after: rule({ when: { op: "range", max: 3, min: 1, field: "engagement.submissions" } }),
    },
  ])("unchanged: $label", ({ before, after }) => {
    const diff = diffModels({ before: model({ rules: [before] }), after: model({ rules: [after] }) });

    expect(diff.rules.unchanged).toHaveLength(1);
    expect(diff.rules.changed).toEqual([]);
  });

  it("equals value type matters", () => {
    const before = rule({ when: { field: "engagement.submissions", op: "equals", value: 2 } });
    const after = rule({ when: { field: "engagement.submissions", op: "equals", value: "2" } });

    expect(isSameValue(before, after)).toBe(false);
  });

  it("matches rules by id", () => {
    const kept = rule({ id: "kept" });
    const removed = rule({ id: "removed", label: "Removed rule" });
    const added = rule({ id: "added", label: "Added rule" });

    const diff = diffModels({ before: model({ rules: [removed, kept] }), after: model({ rules: [added, kept] }) });

    expect(diff.rules.added).toEqual([added]);
    expect(diff.rules.removed).toEqual([removed]);
    expect(diff.rules.unchanged).toEqual([kept]);
    expect(diff.changeCount).toBe(2);
  });

  it("reordering is no change", () => {
    const first = rule({ id: "first" });
    const second = rule({ id: "second" });

    const diff = diffModels({ before: model({ rules: [first, second] }), after: model({ rules: [second, first] }) });

    expect(diff.changeCount).toBe(0);
    expect(diff.rules.unchanged.map((item) => item.id)).toEqual(["second", "first"]);
  });
});

describe("diffModels gate and disqualifiers", () => {
  it.each<{ label: string; before: GateItem; after: GateItem; fields: string[] }>([
    { label: "path added", before: gateItem({}), after: gateItem({ anyOf: ["answers.polymer", "answers.message"] }), fields: ["anyOf"] },
    { label: "label", before: gateItem({}), after: gateItem({ label: "polymer" }), fields: ["label"] },
    { label: "paths reordered", before: gateItem({ anyOf: ["answers.compliance", "answers.performanceTarget"] }), after: gateItem({ anyOf: ["answers.performanceTarget", "answers.compliance"] }), fields: [] },
  ])("gate item: $label", ({ before, after, fields }) => {
    const diff = diffModels({ before: model({ gate: [before] }), after: model({ gate: [after] }) });

    expect(diff.gate.changed.flatMap((change) => change.fields)).toEqual(fields);
  });

  it.each<{ label: string; before: Disqualifier[]; after: Disqualifier[]; added: number; removed: number; changed: number }>([
    { label: "added", before: [], after: [disqualifier({})], added: 1, removed: 0, changed: 0 },
    { label: "removed", before: [disqualifier({})], after: [], added: 0, removed: 1, changed: 0 },
    { label: "reason changed", before: [disqualifier({})], after: [disqualifier({ reason: "Works for a competitor" })], added: 0, removed: 0, changed: 1 },
  ])("disqualifier: $label", ({ before, after, added, removed, changed }) => {
    const diff = diffModels({ before: model({ disqualifiers: before }), after: model({ disqualifiers: after }) });

    expect(diff.disqualifiers.added).toHaveLength(added);
    expect(diff.disqualifiers.removed).toHaveLength(removed);
    expect(diff.disqualifiers.changed).toHaveLength(changed);
    expect(diff.changeCount).toBe(added + removed + changed);
  });
});
