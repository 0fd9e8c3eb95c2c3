import { eq } from "drizzle-orm";

import { leads } from "@/lib/db/schema";
import type { Checklist, ChecklistItemId } from "@/lib/qualification/checklist";
import { fail, ok, type Result } from "@/lib/result";

import { lockLeadForWork, type LeadContext } from "./context";
import { checklistInputSchema, fieldErrorsOf } from "./schemas";

/** Save checklist items of an MQL or SQL. Items not in the input keep their stored value. */
export async function updateChecklist({ ctx, input }: { ctx: LeadContext; input: unknown }): Promise<Result<{ checklist: Checklist }>> {
  const parsed = checklistInputSchema.safeParse(input);
  if (!parsed.success) return fail({ code: "invalid", message: "The checklist is invalid.", fieldErrors: fieldErrorsOf(parsed.error) });
  const now = ctx.now ?? new Date();

  return ctx.db.transaction(async (tx) => {
    const locked = await lockLeadForWork(tx, ctx.actor, parsed.data.leadId);
    if (!locked.ok) return locked;
    const lead = locked.value;
    if (lead.stage !== "mql" && lead.stage !== "sql" && lead.stage !== "opportunity") {
      return fail({ code: "conflict", message: `The checklist of a lead in stage ${lead.stage} cannot change.` });
    }

    const checklist: Checklist = { ...lead.checklist };
    for (const [id, item] of Object.entries(parsed.data.items)) {
      checklist[id as ChecklistItemId] = { confirmed: item.confirmed, note: item.note ?? "", updatedBy: ctx.actor.id, updatedAt: now.toISOString() };
    }
    await tx.update(leads).set({ checklist, updatedAt: now }).where(eq(leads.id, lead.id));

    return ok({ checklist });
  });
}
