import { fail, ok, type Result } from "@/lib/result";
import { canEditScoring } from "@/lib/scoring/access";
import { ModelSuggestionError } from "@/lib/scoring/suggest/errors";
import { suggestScoringModel, type SuggestReport } from "@/lib/scoring/suggest/suggest-model";
import { saveDraft } from "@/lib/scoring/versions/draft";
import { findDraft } from "@/lib/scoring/versions/queries";

import { FORBIDDEN, type HistoryContext } from "./context";
import { IMPORT_NOT_FOUND } from "./imports";
import { loadImportedLeads, selectImport } from "./queries";
import { fieldErrorsOf, suggestInputSchema } from "./schemas";

export type ImportSuggestion = { draftVersion: number; modelName: string; report: SuggestReport };

/**
 * Fits a points model to an import's leads with suggestScoringModel (30 %
 * held out, seed 1, as `npm run scoring -- suggest` does) and saves it as the
 * draft. An existing draft is replaced only when `replaceDraft` is true;
 * otherwise the result is a conflict that names the draft.
 */
export async function suggestFromImport({ ctx, input }: { ctx: HistoryContext; input: unknown }): Promise<Result<ImportSuggestion>> {
  if (!canEditScoring(ctx.actor)) return fail(FORBIDDEN);
  const parsed = suggestInputSchema.safeParse(input);
  if (!parsed.success) return fail({ code: "invalid", message: "The suggestion request is invalid.", fieldErrors: fieldErrorsOf(parsed.error) });
  const { importId, replaceDraft } = parsed.data;

  const imported = await selectImport(ctx.db, importId);
  if (!imported) return fail(IMPORT_NOT_FOUND);
  // NOTE: a draft created between this check and saveDraft is replaced without confirmation, because saveDraft has no "create only" mode.
  const draft = await findDraft(ctx.db);
  if (draft && !replaceDraft) {
    return fail({
      code: "conflict",
      message: `A draft exists (version ${draft.version}, "${draft.document.name}"). Confirm that the suggested model replaces it, or publish or discard the draft first.`,
    });
  }

  const { leads, attributes } = await loadImportedLeads(ctx.db, imported);
  let suggestion;
  try {
    suggestion = suggestScoringModel({ leads, attributes, options: { name: `Suggested from ${imported.name}` } });
  } catch (error) {
    if (error instanceof ModelSuggestionError) return fail({ code: "invalid", message: error.message });
    throw error;
  }

  const saved = await saveDraft({ ctx, input: { document: suggestion.model } });
  if (!saved.ok) return saved;

  return ok({ draftVersion: saved.value.version, modelName: suggestion.model.name, report: suggestion.report });
}
