import { and, asc, eq, sql } from "drizzle-orm";

import type { Transaction } from "@/lib/db";
import { users } from "@/lib/db/schema";
import type { SalesSettings } from "@/lib/settings/sales";

/**
 * The rep a new MQL goes to under the installation's assignment mode, or
 * null when reps claim leads from the queue. Round robin picks the active
 * rep assigned longest ago and stamps the time, under a row lock, so
 * concurrent MQLs go to different reps.
 */
export async function pickAssignee(tx: Transaction, input: { settings: SalesSettings; country: string; at: Date }): Promise<string | null> {
  if (input.settings.assignment === "manual") return null;

  const activeReps = and(eq(users.role, "rep"), eq(users.active, true));
  const coversCountry = sql`${input.country} = any(${users.countries})`;
  const candidates = (condition: ReturnType<typeof and>) =>
    tx
      .select({ id: users.id })
      .from(users)
      .where(condition)
      .orderBy(sql`${users.lastAssignedAt} asc nulls first`, asc(users.createdAt))
      .limit(1)
      .for("update", { skipLocked: true });

  let [rep] = input.settings.assignment === "round_robin_by_country" ? await candidates(and(activeReps, coversCountry)) : [];
  if (!rep) [rep] = await candidates(activeReps);
  if (!rep) return null;

  await tx.update(users).set({ lastAssignedAt: input.at }).where(eq(users.id, rep.id));

  return rep.id;
}
