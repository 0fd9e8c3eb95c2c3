import { eq } from "drizzle-orm";

import { activities, leads } from "@/lib/db/schema";
import { logger } from "@/lib/logger";
import { isTouch, type ActivityOutcome, type ActivityType } from "@/lib/qualification/reasons";
import { fail, ok, type Result } from "@/lib/result";

import { lockLeadForWork, type LeadContext } from "./context";
import { activityInputSchema, fieldErrorsOf } from "./schemas";

// Activities may be logged a little ahead of the server clock (a rep's clock skew), but not in the future.
const FUTURE_TOLERANCE_MS = 5 * 60_000;

/** Log a touch or a milestone on a lead. The earliest touch is the lead's first response. */
export async function logActivity({ ctx, input }: { ctx: LeadContext; input: unknown }): Promise<Result<{ activityId: string }>> {
  const parsed = activityInputSchema.safeParse(input);
  if (!parsed.success) return fail({ code: "invalid", message: "The activity is incomplete.", fieldErrors: fieldErrorsOf(parsed.error) });
  const now = ctx.now ?? new Date();
  const occurredAt = parsed.data.occurredAt ?? now;
  if (occurredAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
    return fail({ code: "invalid", message: "An activity cannot be in the future.", fieldErrors: { occurredAt: "Enter a time that has passed." } });
  }
  const type = parsed.data.type as ActivityType;

  return ctx.db.transaction(async (tx) => {
    const locked = await lockLeadForWork(tx, ctx.actor, parsed.data.leadId);
    if (!locked.ok) return locked;
    const lead = locked.value;

    const [activity] = await tx
      .insert(activities)
      .values({
        leadId: lead.id,
        userId: ctx.actor.id,
        type,
        outcome: (parsed.data.outcome as ActivityOutcome | undefined) ?? null,
        note: parsed.data.note ?? null,
        occurredAt,
      })
      .returning({ id: activities.id });

    if (isTouch(type) && (lead.firstTouchAt === null || occurredAt < lead.firstTouchAt)) {
      await tx.update(leads).set({ firstTouchAt: occurredAt, updatedAt: now }).where(eq(leads.id, lead.id));
    }
    logger.info({ leadId: lead.id, activityId: activity!.id, type, userId: ctx.actor.id }, "activity logged");

    return ok({ activityId: activity!.id });
  });
}
