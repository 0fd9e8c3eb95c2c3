import { CsvError, parse } from "csv-parse/sync";

import { normalizeText } from "@/lib/normalize/text";

import { LeadImportError } from "./errors";

// `line` is the 1-based line of the file on which the row ends; a quoted cell may span several lines.
export type CsvRow = { line: number; cells: string[] };

export type CsvTable = { header: string[]; rows: CsvRow[] };

/**
 * Parses CSV text with a header row into cells, normalizing the header names
 * with normalizeText. Blank lines are skipped, and every row must have as
 * many cells as the header. `source` names the text in error messages.
 */
export function parseCsvTable(input: { csv: string; source: string }): CsvTable {
  const { csv, source } = input;

  let records: { record: string[]; info: { lines: number } }[];
  try {
    // With `info: true` each record comes wrapped with its line numbers, which the csv-parse 7 typings do not model.
    records = parse(csv, { bom: true, skip_empty_lines: true, info: true }) as unknown as typeof records;
  } catch (error) {
    if (error instanceof CsvError) throw new LeadImportError(`${source} is not valid CSV: ${error.message}.`);
    throw error;
  }

  const [headerRecord, ...dataRecords] = records;
  if (!headerRecord) throw new LeadImportError(`${source} is empty. It needs a header row and at least one data row.`);
  if (dataRecords.length === 0) throw new LeadImportError(`${source} has a header row but no data rows.`);

  const header = headerRecord.record.map((name) => normalizeText(name));
  const seen = new Set<string>();
  for (const name of header) {
    if (name === "") throw new LeadImportError(`${source} has a column with an empty name in its header row. Name every column.`);
    if (seen.has(name)) throw new LeadImportError(`${source} has two columns named "${name}". Rename one of them.`);
    seen.add(name);
  }

  return {
    header,
    rows: dataRecords.map(({ record, info }) => ({ line: info.lines, cells: record })),
  };
}
