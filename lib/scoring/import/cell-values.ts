import { normalizeText } from "@/lib/normalize/text";

// Compared after normalizeText and lower-casing. CRM exports write these for an unanswered question.
const PLACEHOLDERS = new Set(["", "select", "na", "n/a", "null", "-"]);

const NUMBER_PATTERN = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Normalizes a CSV cell as the live pipeline normalizes a form answer
 * (normalizeText: NFC, control characters removed, whitespace collapsed and
 * trimmed). Returns undefined for a placeholder such as `Select` or `N/A`.
 */
export function normalizeCell(raw: string): string | undefined {
  const text = normalizeText(raw);
  if (PLACEHOLDERS.has(text.toLowerCase())) return undefined;

  return text;
}

/** Parses plain decimal notation such as `12`, `-1.5` or `2e3`; returns null for anything else, hex and `1,200` included. */
export function parseDecimal(text: string): number | null {
  if (!NUMBER_PATTERN.test(text)) return null;

  const number = Number(text);
  return Number.isFinite(number) ? number : null;
}

/** Folds a category value to the one form that rules match on, lower case, so `Google` and `google` become one value. */
export function foldCategory(text: string): string {
  return text.toLowerCase();
}
