import { eq } from "drizzle-orm";

import { leads } from "@/lib/db/schema";
import { changeStage } from "@/lib/lifecycle/record";
import { checkTransition } from "@/lib/lifecycle/transitions";
import { logger } from "@/lib/logger";
import { DISQUALIFICATION_REASONS } from "@/lib/qualification/reasons";
import { fail, ok, type Result } from "@/lib/result";

import { lockLeadForWork, type LeadContext } from "./context";
import { disqualifyInputSchema, fieldErrorsOf } from "./schemas";

/** Disqualify a lead with a reason, or send it to nurture until a revisit date. */
export async function disqualifyLead({ ctx, input }: { ctx: LeadContext; input: unknown }): Promise<Result<{ leadId: string; stage: "disqualified" | "nurture" }>> {
  if (ctx.actor.role === "marketing") return fail({ code: "forbidden", message: "Marketing cannot disqualify leads; a rep or manager does." });
  const parsed = disqualifyInputSchema.safeParse(input);
  if (!parsed.success) return fail({ code: "invalid", message: "The disqualification is incomplete:", fieldErrors: fieldErrorsOf(parsed.error) });
  const { leadId, reason, note, nurtureUntil } = parsed.data;
  const now = ctx.now ?? new Date();
  if (nurtureUntil && nurtureUntil <= now) {
    return fail({ code: "invalid", message: "The revisit date must be in the future.", fieldErrors: { nurtureUntil: "Choose a date after today." } });
  }
  const to = nurtureUntil ? "nurture" : "disqualified";

  return ctx.db.transaction(async (tx) => {
    const locked = await lockLeadForWork(tx, ctx.actor, leadId);
    if (!locked.ok) return locked;
    const lead = locked.value;

    const transition = checkTransition(lead.stage, to, "user");
    if (!transition.ok) return fail({ code: "conflict", message: transition.message });

    const label = DISQUALIFICATION_REASONS.find((item) => item.id === reason)!.label;
    await changeStage(tx, {
      leadId: lead.id,
      from: lead.stage,
      to,
      actor: { type: "user", userId: ctx.actor.id },
      reason: note ? `${label}: ${note}` : label,
      reasonCode: reason,
      at: now,
    });
    if (nurtureUntil) await tx.update(leads).set({ nurtureUntil }).where(eq(leads.id, lead.id));
    logger.info({ leadId: lead.id, userId: ctx.actor.id, reason, to }, "lead disqualified");

    return ok({ leadId: lead.id, stage: to });
  });
}
