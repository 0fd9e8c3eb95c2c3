import { and, eq, inArray } from "drizzle-orm";

import { leads, users } from "@/lib/db/schema";
import { logger } from "@/lib/logger";
import { fail, ok, type Result } from "@/lib/result";

import { canAssignLeads } from "./access";
import type { LeadContext } from "./context";
import { assignInputSchema, fieldErrorsOf } from "./schemas";

/** Give a lead to an active rep or manager. Managers and admins only. */
export async function assignLead({ ctx, input }: { ctx: LeadContext; input: unknown }): Promise<Result<{ leadId: string; ownerId: string }>> {
  if (!canAssignLeads(ctx.actor)) return fail({ code: "forbidden", message: "Only a manager or an admin can assign leads." });
  const parsed = assignInputSchema.safeParse(input);
  if (!parsed.success) return fail({ code: "invalid", message: "Choose a lead and an owner.", fieldErrors: fieldErrorsOf(parsed.error) });
  const { leadId, ownerId } = parsed.data;
  const now = ctx.now ?? new Date();

  return ctx.db.transaction(async (tx) => {
    const [owner] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, ownerId), eq(users.active, true), inArray(users.role, ["rep", "manager"])));
    if (!owner) return fail({ code: "invalid", message: "The owner must be an active rep or manager.", fieldErrors: { ownerId: "Choose an active rep or manager." } });

    const updated = await tx.update(leads).set({ ownerId, assignedAt: now, updatedAt: now }).where(eq(leads.id, leadId)).returning({ id: leads.id });
    if (updated.length === 0) return fail({ code: "not_found", message: "Lead not found." });
    logger.info({ leadId, ownerId, userId: ctx.actor.id }, "lead assigned");

    return ok({ leadId, ownerId });
  });
}
