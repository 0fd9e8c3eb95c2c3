import type { Executor } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";
import { getActiveModel } from "@/lib/scoring/active-model";
import type { ScoringModelDocument } from "@/lib/scoring/model";
import { findDraft, findModelVersion } from "@/lib/scoring/versions/queries";

export type ChosenModel = { version: number; status: "draft" | "active" | "archived"; document: ScoringModelDocument };

/** Loads the model version to back-test: the active one, the draft, or the one with this number. */
export async function loadChosenModel(db: Executor, choice: "active" | "draft" | number): Promise<Result<ChosenModel>> {
  if (choice === "active") {
    const active = await getActiveModel(db);
    return ok({ ...active, status: "active" });
  }

  const row = choice === "draft" ? await findDraft(db) : await findModelVersion(db, choice);
  if (!row) {
    const message = choice === "draft" ? "There is no draft model. Start one on the Scoring page, or suggest one from an import." : `There is no model version ${choice}.`;
    return fail({ code: "not_found", message });
  }

  return ok({ version: row.version, status: row.status, document: row.document });
}

/** Lists the imported columns that the model's rules and disqualifiers read but the import lacks, so those never fire. */
export function findMissingColumns(model: ScoringModelDocument, columns: readonly string[]): string[] {
  const present = new Set(columns);
  const fields = [...model.rules, ...model.disqualifiers].map((rule) => rule.when.field);
  const read = fields.filter((field) => field.startsWith("attributes.")).map((field) => field.slice("attributes.".length));

  return [...new Set(read)].filter((column) => !present.has(column));
}

/** Counts the rules that read a column the import has. A model without any gives every imported lead the same score. */
export function countRulesOnColumns(model: ScoringModelDocument, columns: readonly string[]): number {
  const present = new Set(columns.map((column) => `attributes.${column}`));

  return model.rules.filter((rule) => present.has(rule.when.field)).length;
}
