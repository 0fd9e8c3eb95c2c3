import { changeStage } from "@/lib/lifecycle/record";
import { checkTransition } from "@/lib/lifecycle/transitions";
import { logger } from "@/lib/logger";
import { LOST_REASONS } from "@/lib/qualification/reasons";
import { fail, ok, type Result } from "@/lib/result";

import { lockLeadForWork, type LeadContext } from "./context";
import { advanceInputSchema, fieldErrorsOf } from "./schemas";

const DEFAULT_REASONS = { opportunity: "Opportunity opened", won: "Deal won" } as const;

/** Move an SQL on: to opportunity, and an opportunity to won or lost (with a reason). */
export async function advanceLead({ ctx, input }: { ctx: LeadContext; input: unknown }): Promise<Result<{ leadId: string }>> {
  if (ctx.actor.role === "marketing") return fail({ code: "forbidden", message: "Marketing cannot change a deal's stage." });
  const parsed = advanceInputSchema.safeParse(input);
  if (!parsed.success) return fail({ code: "invalid", message: "The stage change is incomplete.", fieldErrors: fieldErrorsOf(parsed.error) });
  const { leadId, to, lostReason, note } = parsed.data;
  const now = ctx.now ?? new Date();

  return ctx.db.transaction(async (tx) => {
    const locked = await lockLeadForWork(tx, ctx.actor, leadId);
    if (!locked.ok) return locked;
    const lead = locked.value;

    const transition = checkTransition(lead.stage, to, "user");
    if (!transition.ok) return fail({ code: "conflict", message: transition.message });

    const base = to === "lost" ? LOST_REASONS.find((item) => item.id === lostReason)!.label : DEFAULT_REASONS[to];
    await changeStage(tx, {
      leadId: lead.id,
      from: lead.stage,
      to,
      actor: { type: "user", userId: ctx.actor.id },
      reason: note ? `${base}: ${note}` : base,
      reasonCode: to === "lost" ? lostReason : undefined,
      at: now,
    });
    logger.info({ leadId: lead.id, userId: ctx.actor.id, to }, "lead advanced");

    return ok({ leadId: lead.id });
  });
}
