import { eq } from "drizzle-orm";

import { hashPassword } from "@/lib/auth/passwords";
import { createSignInThrottle } from "@/lib/auth/throttle";
import type { Database } from "@/lib/db";
import { users } from "@/lib/db/schema";
import { canManageUsers } from "@/lib/leads/access";
import { logger } from "@/lib/logger";
import { fail, ok, type Result } from "@/lib/result";

import type { UserAdminActor } from "./create-user";
import { fieldErrorsOf, passwordResetSchema, type PasswordReset } from "./validation";

/**
 * Replace a user's password and clear the account's failed sign-ins, so the
 * user can sign in with the new password at once. Admins and the CLI only.
 */
export async function resetPassword({ db, actor, input }: { db: Database; actor: UserAdminActor; input: PasswordReset }): Promise<Result<{ id: string; email: string }>> {
  if (actor !== "cli" && !canManageUsers(actor)) {
    return fail({ code: "forbidden", message: "Only an admin can reset passwords." });
  }

  const parsed = passwordResetSchema.safeParse(input);
  if (!parsed.success) {
    return fail({ code: "invalid", message: "The new password is invalid.", fieldErrors: fieldErrorsOf(parsed.error) });
  }
  const { userId, password } = parsed.data;

  const [updated] = await db
    .update(users)
    .set({ passwordHash: await hashPassword(password), updatedAt: new Date() })
    .where(eq(users.id, userId))
    .returning({ id: users.id, email: users.email });
  if (!updated) return fail({ code: "not_found", message: "User not found. Reload the user list." });

  // NOTE: sessions are JWTs, so a session opened before the reset stays valid until it expires after 12 hours.
  // Deactivating the user ends it at once, because currentActor reads the active flag on every request.
  await createSignInThrottle(db).recordSuccess(updated.email);
  logger.info({ userId, by: actor === "cli" ? "cli" : actor.id }, "password reset");

  return ok(updated);
}
