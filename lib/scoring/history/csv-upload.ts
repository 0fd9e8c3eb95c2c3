import { normalizeCell } from "@/lib/scoring/import/cell-values";
import { parseCsvTable, type CsvTable } from "@/lib/scoring/import/csv-table";
import { parseOutcome } from "@/lib/scoring/import/outcome";
import type { UseCaseError } from "@/lib/result";

import { formatMegabytes, MAX_CSV_BYTES, MAX_CSV_SIZE_TEXT } from "./limits";

export type CsvColumn = { name: string; answered: number; examples: string[] };

export type CsvOutline = {
  rowCount: number;
  columns: CsvColumn[];
  // Guesses to preselect in the mapping form, which the user confirms or changes.
  likelyOutcome: string | null;
  likelyId: string | null;
};

const EXAMPLES_PER_COLUMN = 3;

const OUTCOME_GUESS_SHARE = 0.9;

/** Returns the error for CSV text over the size limit, or null. The limit counts UTF-8 bytes, as the uploaded file has them. */
export function checkCsvSize(csv: string): UseCaseError | null {
  const bytes = Buffer.byteLength(csv, "utf8");
  if (bytes <= MAX_CSV_BYTES) return null;

  return {
    code: "invalid",
    message: `The CSV is ${formatMegabytes(bytes)}, over the limit of ${MAX_CSV_SIZE_TEXT}. Split it into files of at most ${MAX_CSV_SIZE_TEXT} and import each one.`,
    fieldErrors: { csv: `Choose a file of at most ${MAX_CSV_SIZE_TEXT}.` },
  };
}

/**
 * Describes a CSV for the mapping step: its columns with a few example
 * values and the number of data rows. Throws LeadImportError when the text
 * is not CSV with a header row and data rows.
 */
export function outlineCsv(input: { csv: string; source: string }): CsvOutline {
  const table = parseCsvTable(input);
  const columns = table.header.map((name, index) => describeColumn(table, name, index));

  return {
    rowCount: table.rows.length,
    columns,
    likelyOutcome: guessOutcomeColumn(table),
    likelyId: guessIdColumn(table),
  };
}

function describeColumn(table: CsvTable, name: string, index: number): CsvColumn {
  let answered = 0;
  const examples = new Set<string>();
  for (const row of table.rows) {
    const cell = normalizeCell(row.cells[index]!);
    if (cell === undefined) continue;
    answered += 1;
    if (examples.size < EXAMPLES_PER_COLUMN) examples.add(cell);
  }

  return { name, answered, examples: [...examples] };
}

/**
 * Returns the first column with both outcomes in which at least 90 % of the cells
 * are outcome spellings. The import skips the other rows.
 */
function guessOutcomeColumn(table: CsvTable): string | null {
  const index = table.header.findIndex((_, column) => {
    const outcomes = table.rows.map((row) => parseOutcome(row.cells[column]!));
    const valid = outcomes.filter((outcome) => outcome !== null);
    return new Set(valid).size === 2 && valid.length >= OUTCOME_GUESS_SHARE * outcomes.length;
  });

  return index === -1 ? null : table.header[index]!;
}

/** Returns the first column named like an id (`id`, `LeadId`, `prospect_id`) whose cells are all filled in and distinct. */
function guessIdColumn(table: CsvTable): string | null {
  const index = table.header.findIndex((name, column) => {
    if (!/(^|[^a-z])id$|Id$|ID$/.test(name)) return false;
    const cells = table.rows.map((row) => normalizeCell(row.cells[column]!));
    return cells.every((cell) => cell !== undefined) && new Set(cells).size === cells.length;
  });

  return index === -1 ? null : table.header[index]!;
}
