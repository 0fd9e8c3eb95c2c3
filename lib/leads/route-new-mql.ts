import { eq } from "drizzle-orm";

import type { Transaction } from "@/lib/db";
import { leads } from "@/lib/db/schema";
import { changeStage } from "@/lib/lifecycle/record";
import type { Stage } from "@/lib/lifecycle/stages";
import type { LeadFacts } from "@/lib/scoring/model";
import { getSalesSettings, workingHoursOf } from "@/lib/settings/sales";
import { addWorkingHours } from "@/lib/sla/working-hours";

import { pickAssignee } from "./assignment";
import { decideHandoff, SQL_FIRST_NURTURE_DAYS } from "./handoff";

/**
 * Hand a lead that just became an MQL on, inside the caller's transaction:
 * stamp its MQL and SLA due times, then send it to sales (assigned under
 * the assignment mode), to marketing's review, or to nurture, as the
 * handoff mode says. Returns the lead's stage afterwards.
 */
export async function routeNewMql(tx: Transaction, input: { leadId: string; facts: LeadFacts; country: string; now: Date }): Promise<Stage> {
  const { leadId, now } = input;
  const settings = await getSalesSettings(tx);
  const handoff = decideHandoff(settings.handoffMode, input.facts);
  const slaDueAt = addWorkingHours(now, settings.slaWorkingHours, workingHoursOf(settings));

  if (handoff.route === "nurture") {
    const nurtureUntil = new Date(now.getTime() + SQL_FIRST_NURTURE_DAYS * 86_400_000);
    await tx.update(leads).set({ mqlAt: now, nurtureUntil }).where(eq(leads.id, leadId));
    await changeStage(tx, { leadId, from: "mql", to: "nurture", actor: { type: "system" }, reason: handoff.reason, at: now });
    return "nurture";
  }
  if (handoff.route === "review") {
    await tx.update(leads).set({ mqlAt: now, slaDueAt, handoff: "review" }).where(eq(leads.id, leadId));
    return "mql";
  }

  const ownerId = await pickAssignee(tx, { settings, country: input.country, at: now });
  await tx
    .update(leads)
    .set({ mqlAt: now, slaDueAt, handoff: "sales", ...(ownerId ? { ownerId, assignedAt: now } : {}) })
    .where(eq(leads.id, leadId));

  return "mql";
}
