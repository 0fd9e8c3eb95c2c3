import { fail, ok, type Result } from "@/lib/result";
import { canEditScoring } from "@/lib/scoring/access";
import { backtestModel } from "@/lib/scoring/analytics/backtest";
import type { ScoreBand } from "@/lib/scoring/analytics/bands";

import { FORBIDDEN, type HistoryContext } from "./context";
import { IMPORT_NOT_FOUND } from "./imports";
import { countRulesOnColumns, findMissingColumns, loadChosenModel } from "./model-choice";
import { loadImportedLeads, selectImport } from "./queries";
import { backtestInputSchema, fieldErrorsOf } from "./schemas";

export type ImportBacktest = {
  model: { version: number; status: "draft" | "active" | "archived"; name: string };
  count: number;
  positives: number;
  auc: number | null;
  threshold: number;
  // Leads scoring at least the threshold.
  flagged: number;
  precision: number | null;
  recall: number | null;
  bands: ScoreBand[];
  // Columns the model reads that the import lacks.
  missingColumns: string[];
  // Rules that read a column of the import. With none, every lead scores the same and the AUC is 0.5.
  rulesOnColumns: number;
};

/**
 * Scores an import's leads with a model version and measures how well the
 * scores separate converted leads, as `npm run scoring -- backtest` does.
 * The gate and the disqualifiers are not applied, because imported leads
 * have no qualification answers.
 */
export async function backtestImport({ ctx, input }: { ctx: HistoryContext; input: unknown }): Promise<Result<ImportBacktest>> {
  if (!canEditScoring(ctx.actor)) return fail(FORBIDDEN);
  const parsed = backtestInputSchema.safeParse(input);
  if (!parsed.success) return fail({ code: "invalid", message: "The back-test settings are invalid.", fieldErrors: fieldErrorsOf(parsed.error) });
  const { importId, version, bandCount } = parsed.data;

  const imported = await selectImport(ctx.db, importId);
  if (!imported) return fail(IMPORT_NOT_FOUND);
  const chosen = await loadChosenModel(ctx.db, version);
  if (!chosen.ok) return chosen;
  const model = chosen.value.document;

  const { leads } = await loadImportedLeads(ctx.db, imported);
  const result = backtestModel({ model, leads, now: ctx.now ?? new Date(), bandCount });

  // The per-lead scores stay on the server, because the page shows only the summary.
  return ok({
    model: { version: chosen.value.version, status: chosen.value.status, name: model.name },
    count: result.count,
    positives: result.positives,
    auc: result.auc,
    threshold: result.threshold,
    flagged: result.flagged,
    precision: result.precision,
    recall: result.recall,
    bands: result.bands,
    missingColumns: findMissingColumns(model, imported.attributeColumns),
    rulesOnColumns: countRulesOnColumns(model, imported.attributeColumns),
  });
}
