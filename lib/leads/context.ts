import { eq } from "drizzle-orm";

import type { Actor } from "@/lib/auth/session";
import type { Database, Transaction } from "@/lib/db";
import { leads, type Lead } from "@/lib/db/schema";
import { fail, type Result } from "@/lib/result";

import { canReadLead, canWorkLead } from "./access";

/** Context of a lead use case: the database, the signed-in user and the clock. */
export type LeadContext = { db: Database; actor: Actor; now?: Date };

/**
 * Lock a lead for a change by the actor. A lead the actor may not read is
 * answered as not found, so ids cannot be probed; one the actor may read
 * but not work is forbidden.
 */
export async function lockLeadForWork(tx: Transaction, actor: Actor, leadId: string): Promise<Result<Lead>> {
  const [lead] = await tx.select().from(leads).where(eq(leads.id, leadId)).for("update");
  if (!lead || !canReadLead(actor, lead)) return fail({ code: "not_found", message: "Lead not found, or not one you can open." });
  if (!canWorkLead(actor, lead)) {
    return fail({ code: "forbidden", message: "You can read this lead but not change it: only its owner, a manager or an admin can." });
  }

  return { ok: true, value: lead };
}
