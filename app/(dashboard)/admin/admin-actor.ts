import { currentActor, type Actor } from "@/lib/auth/session";
import { canManageUsers } from "@/lib/leads/access";

/**
 * Read the signed-in admin again from the session and the users table, or
 * return null for anyone else. Server actions call it because a page's check
 * does not cover them.
 */
export async function currentAdmin(): Promise<Actor | null> {
  const actor = await currentActor();
  if (!actor || !canManageUsers(actor)) return null;

  return actor;
}
