import { normalizeText } from "@/lib/normalize/text";

const OUTCOME_WORDS = new Map<string, 0 | 1>([
  ["1", 1],
  ["0", 0],
  ["true", 1],
  ["false", 0],
  ["yes", 1],
  ["no", 0],
  ["won", 1],
  ["lost", 0],
]);

export const OUTCOME_SPELLINGS = "1/0, true/false, yes/no or won/lost";

/** Parses a historical outcome, 1 for a converted lead; returns null for any other spelling, an empty cell included. */
export function parseOutcome(raw: string): 0 | 1 | null {
  const word = normalizeText(raw).toLowerCase();

  return OUTCOME_WORDS.get(word) ?? null;
}
