import { eq } from "drizzle-orm";

import { leads } from "@/lib/db/schema";
import { changeStage } from "@/lib/lifecycle/record";
import { logger } from "@/lib/logger";
import { REJECTION_CODE_PREFIX, REJECTION_REASONS } from "@/lib/qualification/reasons";
import { fail, ok, type Result } from "@/lib/result";

import { lockLeadForWork, type LeadContext } from "./context";
import { fieldErrorsOf, rejectInputSchema } from "./schemas";

/**
 * Hand an MQL back to marketing with a reason: the lead returns to `new`
 * without an owner. Unlike disqualification it keeps the lead open, and
 * the reason feeds the scoring rule statistics.
 */
export async function rejectMql({ ctx, input }: { ctx: LeadContext; input: unknown }): Promise<Result<{ leadId: string }>> {
  if (ctx.actor.role === "marketing") return fail({ code: "forbidden", message: "Marketing reviews MQLs; reps and managers reject them." });
  const parsed = rejectInputSchema.safeParse(input);
  if (!parsed.success) return fail({ code: "invalid", message: "The rejection is incomplete:", fieldErrors: fieldErrorsOf(parsed.error) });
  const { leadId, reason, note } = parsed.data;
  const now = ctx.now ?? new Date();

  return ctx.db.transaction(async (tx) => {
    const locked = await lockLeadForWork(tx, ctx.actor, leadId);
    if (!locked.ok) return locked;
    const lead = locked.value;
    if (lead.stage !== "mql") return fail({ code: "conflict", message: `Only an MQL can go back to marketing; this lead is ${lead.stage}.` });

    const label = REJECTION_REASONS.find((item) => item.id === reason)!.label;
    await tx.update(leads).set({ ownerId: null, assignedAt: null, handoff: null, updatedAt: now }).where(eq(leads.id, lead.id));
    await changeStage(tx, {
      leadId: lead.id,
      from: "mql",
      to: "new",
      actor: { type: "user", userId: ctx.actor.id },
      reason: `Rejected to marketing: ${note ? `${label}: ${note}` : label}`,
      reasonCode: `${REJECTION_CODE_PREFIX}${reason}`,
      at: now,
    });
    logger.info({ leadId: lead.id, userId: ctx.actor.id, reason }, "MQL rejected to marketing");

    return ok({ leadId: lead.id });
  });
}
