import { eq } from "drizzle-orm";

import { leads } from "@/lib/db/schema";
import { logger } from "@/lib/logger";
import { fail, ok, type Result } from "@/lib/result";

import { canClaimLead, canReadLead } from "./access";
import type { LeadContext } from "./context";
import { leadIdSchema } from "./schemas";

/** Make the acting rep the owner of an unassigned MQL. Two reps claiming at once: the first wins, the second gets a conflict. */
export async function claimLead({ ctx, input }: { ctx: LeadContext; input: { leadId: unknown } }): Promise<Result<{ leadId: string }>> {
  if (ctx.actor.role === "marketing") return fail({ code: "forbidden", message: "Marketing cannot claim leads." });
  const leadId = leadIdSchema.safeParse(input.leadId);
  if (!leadId.success) return fail({ code: "not_found", message: "Lead not found." });
  const now = ctx.now ?? new Date();

  return ctx.db.transaction(async (tx) => {
    const [lead] = await tx.select().from(leads).where(eq(leads.id, leadId.data)).for("update");
    if (!lead || !canReadLead(ctx.actor, lead)) return fail({ code: "not_found", message: "Lead not found, or not one you can open." });
    if (lead.ownerId === ctx.actor.id) return ok({ leadId: lead.id });
    if (!canClaimLead(ctx.actor, lead)) {
      return fail({ code: "conflict", message: "This lead already has an owner or is no longer an MQL. Reload the queue." });
    }

    await tx.update(leads).set({ ownerId: ctx.actor.id, assignedAt: now, updatedAt: now }).where(eq(leads.id, lead.id));
    logger.info({ leadId: lead.id, userId: ctx.actor.id }, "lead claimed");

    return ok({ leadId: lead.id });
  });
}
