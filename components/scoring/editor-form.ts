/**
 * The draft editor's form state and its conversion to and from a scoring
 * model document. Number fields are kept as the text typed, so a half-typed
 * "-" or "1." survives re-rendering. The server validates the numbers.
 * Pure, so client code may import this file.
 */
import { FACT_PATHS, type FactPath } from "@/lib/scoring/fact-paths";
import { DIMENSIONS, type Condition, type Dimension, type EngagementEventType, type ScoringModelDocument } from "@/lib/scoring/model";

export type ConditionOp = Condition["op"];

export type ConditionForm = {
  field: string;
  op: ConditionOp;
  // equals and contains; for oneOf on a text field, the values separated by commas.
  value: string;
  // oneOf on a choice field.
  values: string[];
  min: string;
  max: string;
};

// `id` is null until the row's first successful save, which gives it a slug of the label and `suffix`.
type RowIdentity = { key: string; id: string | null; suffix: string };

export type RuleForm = RowIdentity & {
  label: string;
  dimension: Dimension;
  when: ConditionForm;
  points: string;
  cap: string;
  perEvent: EngagementEventType | "";
};

export type DisqualifierForm = RowIdentity & { label: string; when: ConditionForm; reason: string };

export type GateForm = RowIdentity & { label: string; anyOf: string[] };

export type ModelForm = {
  name: string;
  mqlThreshold: string;
  dimensionCaps: Record<Dimension, string>;
  engagementHalfLifeDays: string;
  rules: RuleForm[];
  disqualifiers: DisqualifierForm[];
  gate: GateForm[];
};

export const OPS_BY_KIND: Record<FactPath["kind"], readonly ConditionOp[]> = {
  choice: ["equals", "oneOf", "present"],
  choices: ["equals", "oneOf", "present"],
  text: ["equals", "oneOf", "contains", "present"],
  number: ["equals", "range", "present"],
  boolean: ["equals", "present"],
};

export const OP_LABELS: Record<ConditionOp, string> = {
  equals: "equals",
  oneOf: "is one of",
  contains: "contains",
  range: "is in range",
  present: "is given",
};

export function findFactPath(path: string): FactPath | undefined {
  return FACT_PATHS.find((fact) => fact.path === path);
}

/** Returns a short random suffix for new ids. Ids need only be unique within one model, which the server checks. */
export function createSuffix(): string {
  return Math.random().toString(36).slice(2, 6).padEnd(4, "0");
}

/** Builds the id of a new row, such as "automotive-pa66-bonus-x7k2". */
export function createId(label: string, suffix: string): string {
  const slug = label
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");

  return `${slug || "item"}-${suffix}`;
}

function numberText(value: number | undefined): string {
  return value === undefined ? "" : String(value);
}

/** Returns the condition of a field with its kind's first operator and a first value to change. */
export function createCondition(field: string): ConditionForm {
  const fact = findFactPath(field);
  const op = OPS_BY_KIND[fact?.kind ?? "text"][0]!;
  const value = fact?.kind === "boolean" ? "true" : (fact?.options?.[0]?.value ?? "");

  return { field, op, value, values: [], min: "", max: "" };
}

function toConditionForm(condition: Condition): ConditionForm {
  const base = { field: condition.field, op: condition.op, value: "", values: [], min: "", max: "" };
  const isChoice = findFactPath(condition.field)?.options !== undefined;

  switch (condition.op) {
    case "equals":
    case "contains":
      return { ...base, value: String(condition.value) };
    case "oneOf":
      return isChoice ? { ...base, values: condition.values.map(String) } : { ...base, value: condition.values.join(", ") };
    case "range":
      return { ...base, min: numberText(condition.min), max: numberText(condition.max) };
    case "present":
      return base;
  }
}

/** Returns the number typed, or NaN for an empty or malformed one, which the server rejects with the field's path. */
function requiredNumber(text: string): number {
  return text.trim() === "" ? Number.NaN : Number(text);
}

function optionalNumber(text: string): number | undefined {
  return text.trim() === "" ? undefined : Number(text);
}

function typedValue(field: string, text: string): string | number | boolean {
  const kind = findFactPath(field)?.kind;
  if (kind === "number") return requiredNumber(text);
  if (kind === "boolean") return text === "true";

  return text;
}

function toCondition(form: ConditionForm): Condition {
  const { field } = form;

  switch (form.op) {
    case "equals":
      return { field, op: "equals", value: typedValue(field, form.value) };
    case "contains":
      return { field, op: "contains", value: form.value };
    case "oneOf": {
      const fact = findFactPath(field);
      if (fact?.options) return { field, op: "oneOf", values: form.values };

      const texts = form.value.split(",").map((value) => value.trim()).filter((value) => value !== "");
      // The engine compares with ===, so a number fact needs numbers, as an imported model may have them.
      return { field, op: "oneOf", values: fact?.kind === "number" ? texts.map(requiredNumber) : texts };
    }
    case "range": {
      const min = optionalNumber(form.min);
      const max = optionalNumber(form.max);
      return { field, op: "range", ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
    }
    case "present":
      return { field, op: "present" };
  }
}

function savedIdentity(id: string): RowIdentity {
  return { key: id, id, suffix: "" };
}

/** Returns the identity of a row that has no id yet. */
export function createIdentity(): RowIdentity {
  const suffix = createSuffix();

  return { key: `new-${suffix}-${Date.now()}`, id: null, suffix };
}

export function toModelForm(document: ScoringModelDocument): ModelForm {
  return {
    name: document.name,
    mqlThreshold: String(document.mqlThreshold),
    dimensionCaps: Object.fromEntries(DIMENSIONS.map((dimension) => [dimension, numberText(document.dimensionCaps[dimension])])) as Record<Dimension, string>,
    engagementHalfLifeDays: String(document.engagementHalfLifeDays),
    rules: document.rules.map((rule) => ({
      ...savedIdentity(rule.id),
      label: rule.label,
      dimension: rule.dimension,
      when: toConditionForm(rule.when),
      points: String(rule.points),
      cap: numberText(rule.cap),
      perEvent: rule.perEvent?.eventType ?? "",
    })),
    disqualifiers: document.disqualifiers.map((item) => ({ ...savedIdentity(item.id), label: item.label, when: toConditionForm(item.when), reason: item.reason })),
    gate: document.gate.map((item) => ({ ...savedIdentity(item.id), label: item.label, anyOf: [...item.anyOf] })),
  };
}

function withId<Row extends RowIdentity & { label: string }>(row: Row): Row {
  return row.id === null ? { ...row, id: createId(row.label, row.suffix) } : row;
}

/** Gives every new row its id from its label as it is now. The editor keeps the result once the server has saved it. */
export function assignIds(form: ModelForm): ModelForm {
  return { ...form, rules: form.rules.map(withId), disqualifiers: form.disqualifiers.map(withId), gate: form.gate.map(withId) };
}

/** Converts the form to a model document. Rows without an id get the id that assignIds would give them. */
export function toModelDocument(form: ModelForm): ScoringModelDocument {
  const named = assignIds(form);
  const dimensionCaps: ScoringModelDocument["dimensionCaps"] = {};
  for (const dimension of DIMENSIONS) {
    const cap = optionalNumber(named.dimensionCaps[dimension]);
    if (cap !== undefined) dimensionCaps[dimension] = cap;
  }

  return {
    name: named.name,
    mqlThreshold: requiredNumber(named.mqlThreshold),
    dimensionCaps,
    engagementHalfLifeDays: requiredNumber(named.engagementHalfLifeDays),
    rules: named.rules.map((rule) => {
      const cap = optionalNumber(rule.cap);
      return {
        id: rule.id!,
        label: rule.label,
        dimension: rule.dimension,
        when: toCondition(rule.when),
        points: requiredNumber(rule.points),
        ...(cap !== undefined ? { cap } : {}),
        ...(rule.perEvent !== "" ? { perEvent: { eventType: rule.perEvent } } : {}),
      };
    }),
    disqualifiers: named.disqualifiers.map((item) => ({ id: item.id!, label: item.label, when: toCondition(item.when), reason: item.reason })),
    gate: named.gate.map((item) => ({ id: item.id!, label: item.label, anyOf: item.anyOf })),
  };
}

/** Switches a condition to another operator, keeping the value where the new operator can use it. */
export function changeOp(condition: ConditionForm, op: ConditionOp): ConditionForm {
  const options = findFactPath(condition.field)?.options;
  if (op === "equals" && options && !options.some((option) => option.value === condition.value)) {
    return { ...condition, op, value: condition.values[0] ?? options[0]?.value ?? "" };
  }
  if (op === "oneOf" && options && condition.values.length === 0 && condition.value !== "") {
    return { ...condition, op, values: [condition.value] };
  }

  return { ...condition, op };
}

export function createRuleForm(): RuleForm {
  return { ...createIdentity(), label: "", dimension: "fit", when: createCondition(FACT_PATHS[0]!.path), points: "10", cap: "", perEvent: "" };
}

export function createDisqualifierForm(): DisqualifierForm {
  return { ...createIdentity(), label: "", when: createCondition("contact.emailDomain"), reason: "" };
}

export function createGateForm(): GateForm {
  return { ...createIdentity(), label: "", anyOf: [] };
}

/** Copies a row as a new one, with a new id at the next save. */
export function copyRow<Row extends RowIdentity & { label: string }>(row: Row): Row {
  return { ...row, ...createIdentity(), label: `${row.label} (copy)` };
}

/** Takes the ids that a save gave to new rows, keeping any edit made while the save was in flight. */
export function adoptIds(current: ModelForm, saved: ModelForm): ModelForm {
  const ids = new Map<string, string | null>([...saved.rules, ...saved.disqualifiers, ...saved.gate].map((row) => [row.key, row.id]));
  const adopt = <Row extends RowIdentity>(row: Row): Row => (row.id === null && ids.get(row.key) ? { ...row, id: ids.get(row.key)! } : row);

  return { ...current, rules: current.rules.map(adopt), disqualifiers: current.disqualifiers.map(adopt), gate: current.gate.map(adopt) };
}
