import { historicalImports, historicalLeads } from "@/lib/db/schema";
import { logger } from "@/lib/logger";
import { normalizeText } from "@/lib/normalize/text";
import { fail, ok, type Result } from "@/lib/result";
import { canEditScoring } from "@/lib/scoring/access";
import { LeadImportError } from "@/lib/scoring/import/errors";
import { importHistoricalLeads as readHistoricalLeads, type AttributeColumn, type HistoricalLead } from "@/lib/scoring/import/historical-leads";
import { OUTCOME_SPELLINGS } from "@/lib/scoring/import/outcome";

import { FORBIDDEN, type HistoryContext } from "./context";
import { checkCsvSize, outlineCsv, type CsvOutline } from "./csv-upload";
import { INSERT_BATCH_ROWS } from "./limits";
import { createOrderedIds } from "./ordered-ids";
import { csvTextSchema, fieldErrorsOf, importInputSchema } from "./schemas";

export type SkippedRows = {
  count: number;
  // The reason the rows were left out, the same for every row.
  reason: string;
  // The first few, with the outcome cell as written.
  examples: { line: number; outcome: string }[];
};

export type ImportSummaryResult = {
  importId: string;
  name: string;
  rows: number;
  positives: number;
  skipped: SkippedRows;
  attributes: AttributeColumn[];
};

const SKIPPED_EXAMPLES = 3;

/**
 * Reads the header and a few values of an uploaded CSV, for the mapping
 * step. Nothing is stored. `source` names the file in messages.
 */
export async function inspectHistoricalCsv({ ctx, input }: { ctx: HistoryContext; input: { csv: unknown; source?: string } }): Promise<Result<CsvOutline>> {
  if (!canEditScoring(ctx.actor)) return fail(FORBIDDEN);
  const parsed = csvTextSchema.safeParse(input.csv);
  if (!parsed.success) return fail({ code: "invalid", message: parsed.error.issues[0]!.message, fieldErrors: { csv: parsed.error.issues[0]!.message } });
  const tooLarge = checkCsvSize(parsed.data);
  if (tooLarge) return fail(tooLarge);

  try {
    return ok(outlineCsv({ csv: parsed.data, source: input.source ?? "The CSV" }));
  } catch (error) {
    if (error instanceof LeadImportError) return fail({ code: "invalid", message: error.message, fieldErrors: { csv: error.message } });
    throw error;
  }
}

/**
 * Imports historical leads with known outcomes from CSV text, normalized as
 * lib/scoring/import reads them, into historical_imports and
 * historical_leads in one transaction. These tables are apart from the live
 * leads, so no lead list or funnel metric counts the imported leads. Rows
 * whose outcome is not a known spelling are skipped and counted.
 */
export async function importHistoricalLeads({ ctx, input }: { ctx: HistoryContext; input: unknown }): Promise<Result<ImportSummaryResult>> {
  if (!canEditScoring(ctx.actor)) return fail(FORBIDDEN);
  const parsed = importInputSchema.safeParse(input);
  if (!parsed.success) return fail({ code: "invalid", message: "The import settings are invalid.", fieldErrors: fieldErrorsOf(parsed.error) });
  const { name, csv, source, mapping } = parsed.data;
  const tooLarge = checkCsvSize(csv);
  if (tooLarge) return fail(tooLarge);
  const now = ctx.now ?? new Date();

  let imported;
  try {
    imported = readHistoricalLeads({ csv, mapping, source: source ?? "The CSV" });
  } catch (error) {
    if (error instanceof LeadImportError) return fail({ code: "invalid", message: error.message });
    throw error;
  }
  const attributeColumns = imported.attributes.map((attribute) => attribute.name);

  const importId = await ctx.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(historicalImports)
      .values({
        name,
        outcomeColumn: imported.outcomeColumn,
        // Header names and mapped names go through normalizeText in the import, so the stored name does too.
        idColumn: mapping.id === undefined ? null : normalizeText(mapping.id),
        attributeColumns,
        rowCount: imported.leads.length,
        positives: imported.positives,
        createdBy: ctx.actor.id,
        createdAt: now,
      })
      .returning({ id: historicalImports.id });

    const ids = createOrderedIds({ count: imported.leads.length, now });
    for (let start = 0; start < imported.leads.length; start += INSERT_BATCH_ROWS) {
      const batch = imported.leads.slice(start, start + INSERT_BATCH_ROWS);
      await tx.insert(historicalLeads).values(batch.map((lead, offset) => toRow({ lead, id: ids[start + offset]!, importId: created!.id })));
    }

    return created!.id;
  });
  logger.info({ importId, rows: imported.leads.length, skippedRows: imported.skippedRows.length, userId: ctx.actor.id }, "historical leads imported");

  return ok({
    importId,
    name,
    rows: imported.leads.length,
    positives: imported.positives,
    skipped: {
      count: imported.skippedRows.length,
      reason: `The ${imported.outcomeColumn} cell is not ${OUTCOME_SPELLINGS}.`,
      examples: imported.skippedRows.slice(0, SKIPPED_EXAMPLES),
    },
    attributes: imported.attributes,
  });
}

function toRow(input: { lead: HistoricalLead; id: string; importId: string }) {
  const { lead, id, importId } = input;
  // Unanswered cells are left out, since JSON has no undefined. Object.fromEntries keeps a column named __proto__ as data.
  const attributes = Object.fromEntries(Object.entries(lead.facts.attributes ?? {}).filter(([, value]) => value !== undefined)) as Record<string, string | number>;

  return { id, importId, externalId: lead.id, outcome: lead.outcome, attributes };
}
