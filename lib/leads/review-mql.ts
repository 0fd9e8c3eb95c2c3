import { eq } from "drizzle-orm";

import { contacts, leads } from "@/lib/db/schema";
import { changeStage } from "@/lib/lifecycle/record";
import { logger } from "@/lib/logger";
import { fail, ok, type Result } from "@/lib/result";
import { getSalesSettings } from "@/lib/settings/sales";

import { canReviewMqls } from "./access";
import { pickAssignee } from "./assignment";
import type { LeadContext } from "./context";
import { SQL_FIRST_NURTURE_DAYS } from "./handoff";
import { fieldErrorsOf, reviewInputSchema } from "./schemas";

/** Marketing's review under the MQL-first handoff: accept an MQL into the sales queue, or send it to nurture. */
export async function reviewMql({ ctx, input }: { ctx: LeadContext; input: unknown }): Promise<Result<{ leadId: string }>> {
  if (!canReviewMqls(ctx.actor)) return fail({ code: "forbidden", message: "Only marketing or an admin reviews MQLs." });
  const parsed = reviewInputSchema.safeParse(input);
  if (!parsed.success) return fail({ code: "invalid", message: "Choose accept or nurture.", fieldErrors: fieldErrorsOf(parsed.error) });
  const { leadId, decision } = parsed.data;
  const now = ctx.now ?? new Date();

  return ctx.db.transaction(async (tx) => {
    const [lead] = await tx.select().from(leads).where(eq(leads.id, leadId)).for("update");
    if (!lead) return fail({ code: "not_found", message: "Lead not found." });
    if (lead.stage !== "mql" || lead.handoff !== "review") {
      return fail({ code: "conflict", message: "This lead is no longer waiting for review. Reload the page." });
    }

    if (decision === "accept") {
      const [contact] = await tx.select({ country: contacts.country }).from(contacts).where(eq(contacts.id, lead.contactId));
      const ownerId = await pickAssignee(tx, { settings: await getSalesSettings(tx), country: contact?.country ?? "", at: now });
      await tx
        .update(leads)
        .set({ handoff: "sales", updatedAt: now, ...(ownerId ? { ownerId, assignedAt: now } : {}) })
        .where(eq(leads.id, lead.id));
    } else {
      const nurtureUntil = parsed.data.nurtureUntil ?? new Date(now.getTime() + SQL_FIRST_NURTURE_DAYS * 86_400_000);
      await tx.update(leads).set({ handoff: null, nurtureUntil, updatedAt: now }).where(eq(leads.id, lead.id));
      await changeStage(tx, { leadId: lead.id, from: "mql", to: "nurture", actor: { type: "user", userId: ctx.actor.id }, reason: "Marketing review: not ready for sales", at: now });
    }
    logger.info({ leadId: lead.id, userId: ctx.actor.id, decision }, "MQL reviewed");

    return ok({ leadId: lead.id });
  });
}
