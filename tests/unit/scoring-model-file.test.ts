import { describe, expect, it } from "vitest";

import { DEFAULT_SCORING_MODEL } from "@/lib/scoring/default-model";
import { createModelFile, formatModelFile, parseModelFile, validateModelFile, type ModelFile, type ModelFileCheck } from "@/lib/scoring/model-file";

type Json = Record<string, any>;

/** Builds the default model file as parsed JSON, then applies `change` to it. */
function defaultFileWith(change: (file: Json) => void): Json {
  const file = JSON.parse(formatModelFile(createModelFile({ model: DEFAULT_SCORING_MODEL }))) as Json;
  change(file);

  return file;
}

/** Returns the validated file, so a test reads its fields without narrowing. */
function fileOf(check: ModelFileCheck): ModelFile {
  if (!check.ok) throw new Error(`Expected a valid model file: ${check.errors.join("; ")}`);

  return check.file;
}

function errorsOf(value: unknown): string[] {
  const checked = validateModelFile(value);

  return checked.ok ? [] : checked.errors;
}

describe("model file round trip", () => {
  const text = formatModelFile(createModelFile({ model: DEFAULT_SCORING_MODEL, metadata: { createdAt: "2026-03-01T12:00:00.000Z", note: "seed" } }));
  const parsed = parseModelFile(text);

  it("default model is valid", () => {
    expect(parsed.ok).toBe(true);
  });

  it("model survives unchanged", () => {
    expect(fileOf(parsed).model).toEqual(DEFAULT_SCORING_MODEL);
  });

  it("metadata survives unchanged", () => {
    expect(fileOf(parsed).metadata).toEqual({ createdAt: "2026-03-01T12:00:00.000Z", note: "seed" });
  });

  it("envelope names format and version", () => {
    expect(JSON.parse(text)).toMatchObject({ format: "pellet-scoring-model", version: 1 });
  });

  it("text ends with a newline", () => {
    expect(text.endsWith("}\n")).toBe(true);
  });

  it("missing metadata becomes empty", () => {
    const parsedWithout = validateModelFile(defaultFileWith((file) => delete file.metadata));

    expect(fileOf(parsedWithout).metadata).toEqual({});
  });
});

describe("model file errors", () => {
  it.each<{ label: string; change: (file: Json) => void; expected: string }>([
    { label: "wrong format", change: (file) => (file.format = "other"), expected: 'format: Expected "pellet-scoring-model"' },
    { label: "newer version", change: (file) => (file.version = 2), expected: "version: Expected 1" },
    { label: "missing model", change: (file) => delete file.model, expected: "model: Missing: expected an object." },
    { label: "unknown top-level key", change: (file) => (file.extra = true), expected: '(file): Unrecognized key: "extra"' },
    { label: "empty name", change: (file) => (file.model.name = " "), expected: "model.name: Must not be empty." },
    { label: "missing threshold", change: (file) => delete file.model.mqlThreshold, expected: "model.mqlThreshold: Missing: expected a finite number." },
    { label: "string threshold", change: (file) => (file.model.mqlThreshold = "60"), expected: "model.mqlThreshold: Expected a finite number." },
    { label: "missing rules", change: (file) => delete file.model.rules, expected: "model.rules: Missing: expected an array." },
    { label: "string points", change: (file) => (file.model.rules[2].points = "15"), expected: "model.rules[2].points: Expected a finite number." },
    { label: "misspelt key", change: (file) => (file.model.rules[2].ponts = 15), expected: 'model.rules[2]: Unrecognized key: "ponts"' },
    { label: "unknown dimension", change: (file) => (file.model.rules[0].dimension = "size"), expected: "model.rules[0].dimension: Expected one of fit, intent, engagement." },
    { label: "unknown op", change: (file) => (file.model.rules[0].when.op = "between"), expected: "model.rules[0].when.op: Expected op to be one of equals, oneOf, contains, range, present." },
    { label: "bad fact path", change: (file) => (file.model.rules[0].when.field = "answers..polymer"), expected: "model.rules[0].when.field: Expected a dotted fact path" },
    { label: "empty oneOf", change: (file) => (file.model.rules[0].when.values = []), expected: "model.rules[0].when.values: List at least one value." },
    { label: "equals without value", change: (file) => (file.model.rules[6].when = { field: "offerKind", op: "equals" }), expected: "model.rules[6].when.value: Missing" },
    { label: "equals with object", change: (file) => (file.model.rules[6].when.value = {}), expected: "model.rules[6].when.value: Expected a string, number or boolean." },
    { label: "empty contains", change: (file) => (file.model.rules[6].when = { field: "offerKind", op: "contains", value: "" }), expected: "model.rules[6].when.value: Must not be empty." },
    { label: "range min above max", change: (file) => (file.model.rules[13].when.max = 0), expected: "model.rules[13].when.max: max must not be below min." },
    { label: "range string min", change: (file) => (file.model.rules[13].when.min = "1"), expected: "model.rules[13].when.min: Expected a finite number." },
    { label: "present with value", change: (file) => (file.model.rules[4].when.value = 1), expected: 'model.rules[4].when: Unrecognized key: "value"' },
    { label: "unknown event type", change: (file) => (file.model.rules[13].perEvent.eventType = "webinar"), expected: "model.rules[13].perEvent.eventType: Expected one of tds_download" },
    { label: "per-event rule on fit", change: (file) => (file.model.rules[13].dimension = "fit"), expected: 'model.rules[13].perEvent: Only rules on the "engagement" dimension can count events.' },
    { label: "string cap", change: (file) => (file.model.rules[13].cap = "15"), expected: "model.rules[13].cap: Expected a finite number." },
    { label: "duplicate rule id", change: (file) => (file.model.rules[1].id = file.model.rules[0].id), expected: 'model.rules[1].id: Duplicate id "fit.application.core"' },
    { label: "unknown cap dimension", change: (file) => (file.model.dimensionCaps.size = 10), expected: 'model.dimensionCaps: Unrecognized key: "size"' },
    { label: "string dimension cap", change: (file) => (file.model.dimensionCaps.fit = "50"), expected: "model.dimensionCaps.fit: Expected a finite number." },
    { label: "zero half-life", change: (file) => (file.model.engagementHalfLifeDays = 0), expected: "model.engagementHalfLifeDays: Must be a positive number of days." },
    { label: "disqualifier without reason", change: (file) => (file.model.disqualifiers = [{ id: "d", label: "D", when: { field: "offerKind", op: "present" } }]), expected: "model.disqualifiers[0].reason: Missing: expected a string." },
    { label: "gate without paths", change: (file) => (file.model.gate[0].anyOf = []), expected: "model.gate[0].anyOf: List at least one fact path." },
    { label: "duplicate gate id", change: (file) => (file.model.gate[1].id = "application"), expected: 'model.gate[1].id: Duplicate id "application"' },
    { label: "bad createdAt", change: (file) => (file.metadata = { createdAt: "yesterday" }), expected: "metadata.createdAt: Expected an ISO 8601 date and time." },
  ])("error: $label", ({ change, expected }) => {
    expect(errorsOf(defaultFileWith(change)).join("\n")).toContain(expected);
  });

  it("wrong format reports only envelope", () => {
    expect(errorsOf({ format: "other", version: 1, model: {} })).toHaveLength(1);
  });

  it("array is not a model file", () => {
    expect(errorsOf([])).toEqual(["(file): Invalid input: expected object, received array"]);
  });

  it("every problem is listed", () => {
    const errors = errorsOf(
      defaultFileWith((file) => {
        file.model.rules[0].points = "1";
        file.model.rules[3].points = null;
      }),
    );

    expect(errors).toEqual(["model.rules[0].points: Expected a finite number.", "model.rules[3].points: Expected a finite number."]);
  });

  it("infinite number is rejected", () => {
    const file = defaultFileWith(() => {});
    file.model.mqlThreshold = Number.POSITIVE_INFINITY;

    expect(errorsOf(file)).toEqual(["model.mqlThreshold: Expected a finite number."]);
  });

  it("invalid JSON is named", () => {
    const parsed = parseModelFile("{ oops");

    expect(parsed.ok ? "" : parsed.errors[0]).toContain("The model file is not valid JSON");
  });
});
