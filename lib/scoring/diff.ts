/**
 * The differences between two scoring model documents, for the compare
 * page. Pure, so client code may import this file.
 */
import { DIMENSIONS, type Dimension, type Disqualifier, type GateItem, type ScoringModelDocument, type ScoringRule } from "./model";

export type ValueChange<T> = { before: T; after: T; changed: boolean };

// `fields` lists what differs, in the order of the item's field list.
export type ItemChange<T, Field extends string> = { id: string; before: T; after: T; fields: Field[] };

/** Items matched by id: added and changed items in the newer model's order, removed ones in the older model's. */
export type ListDiff<T, Field extends string> = { added: T[]; removed: T[]; changed: ItemChange<T, Field>[]; unchanged: T[] };

export const RULE_FIELDS = ["label", "dimension", "when", "points", "cap", "perEvent"] as const satisfies readonly (keyof ScoringRule)[];
export type RuleField = (typeof RULE_FIELDS)[number];

export const DISQUALIFIER_FIELDS = ["label", "when", "reason"] as const satisfies readonly (keyof Disqualifier)[];
export type DisqualifierField = (typeof DISQUALIFIER_FIELDS)[number];

export const GATE_FIELDS = ["label", "anyOf"] as const satisfies readonly (keyof GateItem)[];
export type GateField = (typeof GATE_FIELDS)[number];

export type ModelDiff = {
  name: ValueChange<string>;
  mqlThreshold: ValueChange<number>;
  // undefined is "no cap".
  dimensionCaps: Record<Dimension, ValueChange<number | undefined>>;
  engagementHalfLifeDays: ValueChange<number>;
  rules: ListDiff<ScoringRule, RuleField>;
  disqualifiers: ListDiff<Disqualifier, DisqualifierField>;
  gate: ListDiff<GateItem, GateField>;
  // Changed threshold, caps and half-life, plus added, removed and changed items. A new model name is not counted.
  changeCount: number;
};

/**
 * Rewrites a value so that equal meanings give equal JSON: object keys
 * sorted, undefined fields dropped, and the lists whose order the engine
 * ignores (a condition's `values`, a gate item's `anyOf`) sorted.
 */
function canonicalize(value: unknown, key?: string): unknown {
  if (Array.isArray(value)) {
    const items = value.map((item) => canonicalize(item));
    const isUnordered = key === "values" || key === "anyOf";
    return isUnordered ? [...items].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))) : items;
  }
  if (value === null || typeof value !== "object") return value;

  const entries = Object.entries(value)
    .filter(([, field]) => field !== undefined)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, field]) => [name, canonicalize(field, name)]);

  return Object.fromEntries(entries);
}

/**
 * Returns whether two parts of a model have the same meaning for scoring.
 * canonicalize lists what is ignored. `key` is the field name the values sit
 * under, when they are a field of an item such as a gate item's `anyOf`.
 */
export function isSameValue(a: unknown, b: unknown, key?: string): boolean {
  return JSON.stringify(canonicalize(a, key)) === JSON.stringify(canonicalize(b, key));
}

function compareValue<T>(before: T, after: T): ValueChange<T> {
  return { before, after, changed: !isSameValue(before, after) };
}

function compareLists<T extends { id: string }, Field extends keyof T & string>(before: readonly T[], after: readonly T[], fields: readonly Field[]): ListDiff<T, Field> {
  const beforeById = new Map(before.map((item) => [item.id, item]));
  const afterIds = new Set(after.map((item) => item.id));
  const diff: ListDiff<T, Field> = { added: [], removed: [], changed: [], unchanged: [] };

  for (const item of after) {
    const previous = beforeById.get(item.id);
    if (!previous) {
      diff.added.push(item);
      continue;
    }

    const changedFields = fields.filter((field) => !isSameValue(previous[field], item[field], field));
    if (changedFields.length === 0) diff.unchanged.push(item);
    else diff.changed.push({ id: item.id, before: previous, after: item, fields: changedFields });
  }
  diff.removed = before.filter((item) => !afterIds.has(item.id));

  return diff;
}

function countListChanges(diff: ListDiff<unknown, string>): number {
  return diff.added.length + diff.removed.length + diff.changed.length;
}

/** Compares two models: their settings value by value, and their rules, disqualifiers and gate items matched by id. */
export function diffModels({ before, after }: { before: ScoringModelDocument; after: ScoringModelDocument }): ModelDiff {
  const dimensionCaps = Object.fromEntries(
    DIMENSIONS.map((dimension) => [dimension, compareValue(before.dimensionCaps[dimension], after.dimensionCaps[dimension])]),
  ) as Record<Dimension, ValueChange<number | undefined>>;
  const settings = {
    name: compareValue(before.name, after.name),
    mqlThreshold: compareValue(before.mqlThreshold, after.mqlThreshold),
    dimensionCaps,
    engagementHalfLifeDays: compareValue(before.engagementHalfLifeDays, after.engagementHalfLifeDays),
  };
  const rules = compareLists(before.rules, after.rules, RULE_FIELDS);
  const disqualifiers = compareLists(before.disqualifiers, after.disqualifiers, DISQUALIFIER_FIELDS);
  const gate = compareLists(before.gate, after.gate, GATE_FIELDS);

  const settingChanges = [settings.mqlThreshold, settings.engagementHalfLifeDays, ...Object.values(dimensionCaps)].filter((change) => change.changed).length;
  const changeCount = settingChanges + countListChanges(rules) + countListChanges(disqualifiers) + countListChanges(gate);

  return { ...settings, rules, disqualifiers, gate, changeCount };
}
