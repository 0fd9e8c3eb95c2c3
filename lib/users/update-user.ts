import { and, eq } from "drizzle-orm";

import type { Database } from "@/lib/db";
import { users } from "@/lib/db/schema";
import { canManageUsers } from "@/lib/leads/access";
import { logger } from "@/lib/logger";
import { fail, ok, type Result } from "@/lib/result";

import type { UserAdminActor } from "./create-user";
import { userSummaryColumns, type UserSummary } from "./list-users";
import { fieldErrorsOf, userUpdateSchema, type UserUpdate } from "./validation";

/**
 * Change a user's name, role, countries or active flag. Admins and the CLI
 * only. An admin cannot demote or deactivate themself, and no change may
 * remove the last active admin, so an installation always keeps one.
 */
export async function updateUser({ db, actor, input }: { db: Database; actor: UserAdminActor; input: UserUpdate }): Promise<Result<UserSummary>> {
  if (actor !== "cli" && !canManageUsers(actor)) {
    return fail({ code: "forbidden", message: "Only an admin can change users." });
  }

  const parsed = userUpdateSchema.safeParse(input);
  if (!parsed.success) {
    return fail({ code: "invalid", message: "Some user details are invalid.", fieldErrors: fieldErrorsOf(parsed.error) });
  }
  const { userId, ...changes } = parsed.data;

  const demotes = changes.role !== undefined && changes.role !== "admin";
  const deactivates = changes.active === false;
  if (actor !== "cli" && actor.id === userId && (demotes || deactivates)) {
    const field = deactivates ? "active" : "role";
    const message = "You cannot demote or deactivate yourself. Ask another admin to do it.";
    return fail({ code: "invalid", message, fieldErrors: { [field]: message } });
  }

  return db.transaction(async (tx) => {
    // Lock the active admins, so two admins demoting each other at once cannot leave none.
    const admins = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.role, "admin"), eq(users.active, true)))
      .for("update");
    // The session's role may be stale: the actor must still be an active admin now.
    if (actor !== "cli" && !admins.some((admin) => admin.id === actor.id)) {
      return fail({ code: "forbidden", message: "Only an admin can change users." });
    }

    const [target] = await tx.select({ id: users.id, email: users.email }).from(users).where(eq(users.id, userId)).for("update");
    if (!target) return fail({ code: "not_found", message: "User not found. Reload the user list." });

    const targetIsActiveAdmin = admins.some((admin) => admin.id === userId);
    if (targetIsActiveAdmin && (demotes || deactivates) && admins.length === 1) {
      return fail({ code: "conflict", message: `${target.email} is the only active admin. Make another user an admin first.` });
    }

    const [updated] = await tx
      .update(users)
      .set({ ...changes, updatedAt: new Date() })
      .where(eq(users.id, userId))
      .returning(userSummaryColumns);
    logger.info({ userId, changed: Object.keys(changes), by: actor === "cli" ? "cli" : actor.id }, "user updated");

    return ok(updated!);
  });
}
