/**
 * Places the server's validation errors next to the rows they are about.
 * The server names a row by its position when it was saved, such as
 * `rules[2].points: Expected a finite number.`, so the errors are matched
 * to the rows of the form that was sent, by their keys, before the user
 * can move or remove rows. Pure, so client code may import this file.
 */
import type { ModelForm } from "./editor-form";

export type PlacedErrors = {
  // Errors about one row, by the row's key, already worded with the row's number and label.
  byRow: Record<string, string[]>;
  // Every error, worded for a list next to the Save button.
  all: string[];
};

const SECTION_NAMES = { rules: "Rule", disqualifiers: "Disqualifier", gate: "Gate item" } as const;

// A section and index, an optional field path, an optional quoted label, then the message.
const ROW_ERROR = /^(rules|disqualifiers|gate)\[(\d+)\]((?:\.[\w[\]]+(?:\.[\w[\]]+)*)?)(?: "(?:[^"\\]|\\.)*")?:\s*([\s\S]*)$/;

const FIELD_NAMES: Record<string, string> = {
  when: "condition",
  "when.value": "value",
  "when.values": "values",
  "when.min": "minimum",
  "when.max": "maximum",
  "when.field": "field",
  "when.op": "operator",
  "perEvent.eventType": "per event",
  perEvent: "per event",
  anyOf: "fields",
};

function describeField(path: string): string {
  const field = path.replace(/^\./, "");
  if (field === "") return "";

  return ` (${FIELD_NAMES[field] ?? field})`;
}

/** Returns the errors grouped by row, each starting with the row's number as shown in the editor. */
export function placeErrors(errors: readonly string[], form: ModelForm): PlacedErrors {
  const placed: PlacedErrors = { byRow: {}, all: [] };

  for (const error of errors) {
    const match = ROW_ERROR.exec(error);
    const section = match?.[1] as keyof typeof SECTION_NAMES | undefined;
    const row = section ? form[section][Number(match![2])] : undefined;
    if (!match || !section || !row) {
      placed.all.push(error);
      continue;
    }

    const label = row.label.trim() === "" ? "" : ` “${row.label.trim()}”`;
    const text = `${SECTION_NAMES[section]} ${Number(match[2]) + 1}${label}${describeField(match[3] ?? "")}: ${match[4]}`;
    placed.all.push(text);
    (placed.byRow[row.key] ??= []).push(text);
  }

  return placed;
}
