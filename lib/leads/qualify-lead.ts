import { changeStage } from "@/lib/lifecycle/record";
import { checkTransition } from "@/lib/lifecycle/transitions";
import { logger } from "@/lib/logger";
import { missingChecklistItems } from "@/lib/qualification/checklist";
import { fail, ok, type Result } from "@/lib/result";

import { lockLeadForWork, type LeadContext } from "./context";
import { leadIdSchema } from "./schemas";

/** Mark an MQL as a Sales Qualified Lead. Refused while any checklist item is unconfirmed, naming each one. */
export async function qualifyLead({ ctx, input }: { ctx: LeadContext; input: { leadId: unknown } }): Promise<Result<{ leadId: string }>> {
  if (ctx.actor.role === "marketing") return fail({ code: "forbidden", message: "Marketing cannot qualify leads; a rep or manager does." });
  const leadId = leadIdSchema.safeParse(input.leadId);
  if (!leadId.success) return fail({ code: "not_found", message: "Lead not found." });
  const now = ctx.now ?? new Date();

  return ctx.db.transaction(async (tx) => {
    const locked = await lockLeadForWork(tx, ctx.actor, leadId.data);
    if (!locked.ok) return locked;
    const lead = locked.value;

    const transition = checkTransition(lead.stage, "sql", "user");
    if (!transition.ok) return fail({ code: "conflict", message: transition.message });
    const missing = missingChecklistItems(lead.checklist);
    if (missing.length > 0) {
      return fail({ code: "invalid", message: `Confirm every checklist item before marking SQL. Still unconfirmed: ${missing.join(", ")}.` });
    }

    await changeStage(tx, { leadId: lead.id, from: lead.stage, to: "sql", actor: { type: "user", userId: ctx.actor.id }, reason: "Sales checklist complete", at: now });
    logger.info({ leadId: lead.id, userId: ctx.actor.id }, "lead qualified as SQL");

    return ok({ leadId: lead.id });
  });
}
