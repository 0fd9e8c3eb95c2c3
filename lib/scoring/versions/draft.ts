import { eq, sql } from "drizzle-orm";

import type { Actor } from "@/lib/auth/session";
import type { Database } from "@/lib/db";
import { scoringModels } from "@/lib/db/schema";
import { logger } from "@/lib/logger";
import { fail, ok, type Result } from "@/lib/result";

import { canEditScoring } from "../access";
import { getActiveModel } from "../active-model";
import type { ScoringModelDocument } from "../model";
import { validateLiveModel, validateModel } from "../validate-model";

type Context = { db: Database; actor: Actor; now?: Date };

const FORBIDDEN = { code: "forbidden", message: "Only marketing or an admin can change the scoring model." } as const;

/**
 * Save the draft model, creating it (with the next version number) when
 * there is none. The draft must be a model that can work on live leads;
 * the errors say what to fix.
 */
export async function saveDraft({ ctx, input }: { ctx: Context; input: { document: unknown } }): Promise<Result<{ version: number }>> {
  if (!canEditScoring(ctx.actor)) return fail(FORBIDDEN);
  // A draft may still test imported columns, as a suggested model does; publishing refuses them.
  const check = validateModel(input.document, { allowImportedAttributes: true });
  if (!check.ok) return fail({ code: "invalid", message: `The model cannot be saved: ${check.errors.join(" ")}`, fieldErrors: { document: check.errors.join("\n") } });
  const now = ctx.now ?? new Date();

  return ctx.db.transaction(async (tx) => {
    // Serialises draft creation, so two editors cannot both create one.
    await tx.execute(sql`select pg_advisory_xact_lock(728341906)`);
    const [draft] = await tx.select().from(scoringModels).where(eq(scoringModels.status, "draft")).for("update");
    if (draft) {
      await tx.update(scoringModels).set({ document: check.model, updatedAt: now }).where(eq(scoringModels.id, draft.id));
      return ok({ version: draft.version });
    }

    const [{ next }] = (await tx.select({ next: sql<number>`coalesce(max(${scoringModels.version}), 0) + 1` }).from(scoringModels)) as [{ next: number }];
    await tx.insert(scoringModels).values({ version: Number(next), status: "draft", document: check.model, createdBy: ctx.actor.id, createdAt: now, updatedAt: now });
    logger.info({ version: Number(next), userId: ctx.actor.id }, "scoring draft created");

    return ok({ version: Number(next) });
  });
}

/** Start a draft as a copy of the active model, unless a draft exists. */
export async function startDraftFromActive({ ctx }: { ctx: Context }): Promise<Result<{ version: number }>> {
  if (!canEditScoring(ctx.actor)) return fail(FORBIDDEN);
  const [existing] = await ctx.db.select({ version: scoringModels.version }).from(scoringModels).where(eq(scoringModels.status, "draft"));
  if (existing) return ok(existing);
  const active = await getActiveModel(ctx.db);

  return saveDraft({ ctx, input: { document: { ...active.document } satisfies ScoringModelDocument } });
}

export async function discardDraft({ ctx }: { ctx: Context }): Promise<Result<{ discarded: boolean }>> {
  if (!canEditScoring(ctx.actor)) return fail(FORBIDDEN);
  const deleted = await ctx.db.delete(scoringModels).where(eq(scoringModels.status, "draft")).returning({ version: scoringModels.version });
  if (deleted.length > 0) logger.info({ version: deleted[0]!.version, userId: ctx.actor.id }, "scoring draft discarded");

  return ok({ discarded: deleted.length > 0 });
}

/**
 * Make the draft the active model. The previous active version is
 * archived and kept; new submissions are scored by the new version from
 * the moment this commits.
 */
export async function publishDraft({ ctx, input }: { ctx: Context; input: { note?: unknown } }): Promise<Result<{ version: number }>> {
  if (!canEditScoring(ctx.actor)) return fail(FORBIDDEN);
  const note = typeof input.note === "string" ? input.note.trim().slice(0, 1000) : "";
  if (note === "") return fail({ code: "invalid", message: "Say what changed and why before publishing.", fieldErrors: { note: "A note is required." } });
  const now = ctx.now ?? new Date();

  return ctx.db.transaction(async (tx) => {
    const [draft] = await tx.select().from(scoringModels).where(eq(scoringModels.status, "draft")).for("update");
    if (!draft) return fail({ code: "conflict", message: "There is no draft to publish. Someone may have published or discarded it." });
    const check = validateLiveModel(draft.document);
    if (!check.ok) return fail({ code: "invalid", message: `The draft cannot be published: ${check.errors.join(" ")}` });

    await tx.update(scoringModels).set({ status: "archived", updatedAt: now }).where(eq(scoringModels.status, "active"));
    await tx
      .update(scoringModels)
      .set({ status: "active", note, publishedAt: now, publishedBy: ctx.actor.id, updatedAt: now })
      .where(eq(scoringModels.id, draft.id));
    logger.info({ version: draft.version, userId: ctx.actor.id }, "scoring model published");

    return ok({ version: draft.version });
  });
}
