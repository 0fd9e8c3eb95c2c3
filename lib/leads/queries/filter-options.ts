import { asc, eq, inArray, and } from "drizzle-orm";

import type { Actor } from "@/lib/auth/session";
import type { Executor } from "@/lib/db";
import { forms, users } from "@/lib/db/schema";

/** Forms and owners for the filter bar. Reps filter by themselves only, so they get no list of colleagues. */
export async function loadFilterOptions(db: Executor, actor: Actor) {
  const [formOptions, owners] = await Promise.all([
    db.select({ slug: forms.slug, name: forms.name }).from(forms).orderBy(asc(forms.name)),
    actor.role === "rep"
      ? Promise.resolve([])
      : db
          .select({ id: users.id, name: users.name })
          .from(users)
          .where(and(eq(users.active, true), inArray(users.role, ["rep", "manager"])))
          .orderBy(asc(users.name)),
  ]);

  return { forms: formOptions, owners };
}
