import { eq } from "drizzle-orm";

import { historicalImports } from "@/lib/db/schema";
import { logger } from "@/lib/logger";
import { fail, ok, type Result } from "@/lib/result";
import { canEditScoring } from "@/lib/scoring/access";

import { FORBIDDEN, type HistoryContext } from "./context";
import { selectImport, selectImports, type ImportSummary } from "./queries";
import { importIdSchema } from "./schemas";

export const IMPORT_NOT_FOUND = { code: "not_found", message: "Import not found. Someone may have deleted it. Open it again from the list of imports." } as const;

/** Lists every historical import, newest first. */
export async function listImports({ ctx }: { ctx: HistoryContext }): Promise<Result<ImportSummary[]>> {
  if (!canEditScoring(ctx.actor)) return fail(FORBIDDEN);

  return ok(await selectImports(ctx.db));
}

export async function getImport({ ctx, input }: { ctx: HistoryContext; input: { importId: unknown } }): Promise<Result<ImportSummary>> {
  if (!canEditScoring(ctx.actor)) return fail(FORBIDDEN);
  const importId = importIdSchema.safeParse(input.importId);
  if (!importId.success) return fail(IMPORT_NOT_FOUND);

  const found = await selectImport(ctx.db, importId.data);
  return found ? ok(found) : fail(IMPORT_NOT_FOUND);
}

/** Deletes an import and, by the foreign key's cascade, its leads. Models suggested from it stay. */
export async function deleteImport({ ctx, input }: { ctx: HistoryContext; input: { importId: unknown } }): Promise<Result<{ name: string; rows: number }>> {
  if (!canEditScoring(ctx.actor)) return fail(FORBIDDEN);
  const importId = importIdSchema.safeParse(input.importId);
  if (!importId.success) return fail(IMPORT_NOT_FOUND);

  const [deleted] = await ctx.db
    .delete(historicalImports)
    .where(eq(historicalImports.id, importId.data))
    .returning({ name: historicalImports.name, rows: historicalImports.rowCount });
  if (!deleted) return fail(IMPORT_NOT_FOUND);
  logger.info({ importId: importId.data, rows: deleted.rows, userId: ctx.actor.id }, "historical import deleted");

  return ok(deleted);
}
