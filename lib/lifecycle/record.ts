import { eq } from "drizzle-orm";

import type { Transaction } from "@/lib/db";
import { leads, stageEvents } from "@/lib/db/schema";

import type { ActorType, Stage } from "./stages";
import { checkTransition } from "./transitions";

/**
 * Move a lead to another stage and append the stage event, inside the
 * caller's transaction. A transition the lifecycle does not allow throws,
 * because callers check it first and reaching here with one is a bug.
 */
export async function changeStage(
  tx: Transaction,
  change: {
    leadId: string;
    from: Stage | null;
    to: Stage;
    actor: { type: ActorType; userId?: string };
    reason: string;
    // Disqualification or lost reason id, for grouping in the funnel.
    reasonCode?: string;
    at: Date;
  },
): Promise<void> {
  const check = checkTransition(change.from, change.to, change.actor.type);
  if (!check.ok) throw new Error(`Lead ${change.leadId}: ${check.message}`);

  if (change.from !== null) {
    await tx.update(leads).set({ stage: change.to, updatedAt: change.at }).where(eq(leads.id, change.leadId));
  }
  await tx.insert(stageEvents).values({
    leadId: change.leadId,
    fromStage: change.from,
    toStage: change.to,
    actorType: change.actor.type,
    actorId: change.actor.userId ?? null,
    reason: change.reason,
    reasonCode: change.reasonCode ?? null,
    occurredAt: change.at,
  });
}
