import { FIELDS } from "./catalog";

/** Option labels by field id and stored value, for showing answers to people. */
export const ANSWER_LABELS: Record<string, Record<string, string>> = Object.fromEntries(
  Object.values(FIELDS)
    .filter((field) => "options" in field)
    .map((field) => [field.id, Object.fromEntries(("options" in field ? field.options : []).map((option) => [option.value, option.label]))]),
);

export const FIELD_LABELS: Record<string, string> = Object.fromEntries(Object.values(FIELDS).map((field) => [field.id, field.label]));
