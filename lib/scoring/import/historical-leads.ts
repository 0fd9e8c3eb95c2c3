import { normalizeText } from "@/lib/normalize/text";
import type { LeadFacts } from "@/lib/scoring/model";

import { foldCategory, normalizeCell, parseDecimal } from "./cell-values";
import { parseCsvTable, type CsvRow } from "./csv-table";
import { LeadImportError } from "./errors";
import { OUTCOME_SPELLINGS, parseOutcome } from "./outcome";

/** The role of each CSV column. `attributes` defaults to every column other than `id` and `outcome`. */
export type ColumnMapping = { id?: string; outcome: string; attributes?: string[] };

// "number" when every answered cell of the column is a plain decimal number.
export type AttributeKind = "number" | "category";

export type AttributeColumn = { name: string; kind: AttributeKind; answered: number };

export type HistoricalLead = { id: string; line: number; outcome: 0 | 1; facts: LeadFacts };

export type SkippedRow = { line: number; outcome: string };

export type LeadImport = {
  leads: HistoricalLead[];
  attributes: AttributeColumn[];
  // Rows left out because their outcome cell is not one of the accepted spellings.
  skippedRows: SkippedRow[];
  outcomeColumn: string;
  positives: number;
};

/**
 * Reads historical leads with known outcomes from CSV text. Cells are
 * normalized as the live pipeline normalizes answers: placeholders such as
 * `Select` become unanswered (undefined), category values are lower-cased
 * so `Google` and `google` match one rule, and numeric columns become
 * numbers. Throws LeadImportError when the columns do not match or the rows
 * do not have both outcomes, since a back-test needs converted and
 * unconverted leads. `source` names the CSV in messages, such as its path.
 */
export function importHistoricalLeads(input: { csv: string; mapping: ColumnMapping; source?: string }): LeadImport {
  const source = input.source ?? "The CSV";
  // Header names go through normalizeText, so the names looked up do too.
  const mapping = {
    outcome: normalizeText(input.mapping.outcome),
    id: input.mapping.id === undefined ? undefined : normalizeText(input.mapping.id),
    attributes: input.mapping.attributes?.map((name) => normalizeText(name)),
  };

  const table = parseCsvTable({ csv: input.csv, source });
  const columnIndex = (name: string, role: string): number => {
    const index = table.header.indexOf(name);
    if (index !== -1) return index;

    const otherCase = table.header.find((header) => header.toLowerCase() === name.toLowerCase());
    const hint = otherCase ? ` Column names are case-sensitive: did you mean "${otherCase}"?` : "";
    throw new LeadImportError(`Unknown ${role} column "${name}".${hint} ${source} has the columns: ${table.header.join(", ")}.`);
  };

  const outcomeIndex = columnIndex(mapping.outcome, "outcome");
  const idIndex = mapping.id === undefined ? undefined : columnIndex(mapping.id, "id");
  const attributeNames = mapping.attributes ? [...new Set(mapping.attributes)] : table.header.filter((name) => name !== mapping.outcome && name !== mapping.id);
  const attributeIndexes = attributeNames.map((name) => columnIndex(name, "attribute"));
  checkAttributeNames({ names: attributeNames, outcome: mapping.outcome });

  const skippedRows: SkippedRow[] = [];
  const parsedRows: { row: CsvRow; outcome: 0 | 1 }[] = [];
  for (const row of table.rows) {
    const raw = row.cells[outcomeIndex]!;
    const outcome = parseOutcome(raw);
    if (outcome === null) skippedRows.push({ line: row.line, outcome: raw });
    else parsedRows.push({ row, outcome });
  }
  checkOutcomes({ parsedRows, skippedRows, outcomeColumn: mapping.outcome, source });

  const cellsByColumn = attributeIndexes.map((index) => parsedRows.map(({ row }) => normalizeCell(row.cells[index]!)));
  const attributes = attributeNames.map((name, column) => describeColumn(name, cellsByColumn[column]!));
  const valuesByColumn = attributes.map((attribute, column) => convertCells(attribute.kind, cellsByColumn[column]!));

  const leads = parsedRows.map(({ row, outcome }, rowIndex) => {
    // Object.fromEntries makes every column an own property, even one named __proto__.
    const values = Object.fromEntries(attributes.map((attribute, column) => [attribute.name, valuesByColumn[column]![rowIndex]]));
    const id = idIndex === undefined ? "" : (normalizeCell(row.cells[idIndex]!) ?? "");

    return { id: id || `line ${row.line}`, line: row.line, outcome, facts: buildImportedFacts(values) };
  });

  return {
    leads,
    attributes,
    skippedRows,
    outcomeColumn: mapping.outcome,
    positives: leads.filter((lead) => lead.outcome === 1).length,
  };
}

function checkAttributeNames(input: { names: string[]; outcome: string }): void {
  for (const name of input.names) {
    if (name === input.outcome) {
      throw new LeadImportError(`The outcome column "${name}" cannot also be an attribute, because a model that reads the outcome proves nothing.`);
    }
    // Rule fields are dotted paths such as attributes.LeadSource, so a dot in the name would split it.
    if (name.includes(".")) throw new LeadImportError(`The column "${name}" has a dot in its name, which rule fields cannot address. Rename the column.`);
  }
}

function checkOutcomes(input: { parsedRows: { outcome: 0 | 1 }[]; skippedRows: SkippedRow[]; outcomeColumn: string; source: string }): void {
  const { parsedRows, skippedRows, outcomeColumn, source } = input;

  if (parsedRows.length === 0) {
    const example = skippedRows[0]!;
    throw new LeadImportError(
      `No row of ${source} has a valid outcome in the column ${outcomeColumn}: use ${OUTCOME_SPELLINGS} (line ${example.line} has "${example.outcome}").`,
    );
  }

  const positives = parsedRows.filter((row) => row.outcome === 1).length;
  if (positives === 0 || positives === parsedRows.length) {
    const only = positives === 0 ? "0 (unconverted)" : "1 (converted)";
    throw new LeadImportError(
      `The outcome column ${outcomeColumn} has only ${only} values. A back-test needs both converted and unconverted leads.`,
    );
  }
}

// NOTE: the kind is decided per file. A column that is numeric in one file but not in another gives rules that
// miss: an `equals` rule on the category "3" never matches the number 3.
function describeColumn(name: string, cells: (string | undefined)[]): AttributeColumn {
  const answered = cells.filter((cell) => cell !== undefined);
  const isNumeric = answered.length > 0 && answered.every((cell) => parseDecimal(cell) !== null);

  return { name, kind: isNumeric ? "number" : "category", answered: answered.length };
}

function convertCells(kind: AttributeKind, cells: (string | undefined)[]): (string | number | undefined)[] {
  return cells.map((cell) => {
    if (cell === undefined) return undefined;
    return kind === "number" ? parseDecimal(cell)! : foldCategory(cell);
  });
}

/**
 * Facts of an imported lead: its attributes, with no answers, events or
 * contact details. NOTE: LeadFacts has no "unknown" email kind, so contact
 * reads as a work address, which fires none of the free-mail or academic rules.
 */
export function buildImportedFacts(attributes: Record<string, string | number | undefined>): LeadFacts {
  return {
    answers: {},
    contact: { emailDomain: "", emailKind: "work", country: "", hasPhone: false },
    offerKind: "",
    engagement: { events: [], submissions: 0 },
    attributes,
  };
}
