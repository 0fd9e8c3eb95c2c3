import { hashPassword } from "@/lib/auth/passwords";
import type { Database } from "@/lib/db";
import { users } from "@/lib/db/schema";
import { canManageUsers } from "@/lib/leads/access";
import { logger } from "@/lib/logger";
import { fail, ok, type Result } from "@/lib/result";

import { userInputSchema, type UserInput } from "./validation";

/** The acting user, or "cli" for the command line, which runs with the server's own access to the database. */
export type UserAdminActor = { id: string; role: "admin" | "marketing" | "manager" | "rep" } | "cli";

export async function createUser(input: { db: Database; actor: UserAdminActor; user: UserInput }): Promise<Result<{ id: string; email: string }>> {
  if (input.actor !== "cli" && !canManageUsers(input.actor)) {
    return fail({ code: "forbidden", message: "Only an admin can create users." });
  }

  const parsed = userInputSchema.safeParse(input.user);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
    return fail({ code: "invalid", message: "Some user details are invalid.", fieldErrors });
  }
  const { password, ...user } = parsed.data;

  const [created] = await input.db
    .insert(users)
    .values({ ...user, passwordHash: await hashPassword(password) })
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id, email: users.email });
  if (!created) {
    return fail({ code: "conflict", message: `A user with the email ${user.email} already exists.` });
  }
  logger.info({ userId: created.id, role: user.role, by: input.actor === "cli" ? "cli" : input.actor.id }, "user created");

  return ok(created);
}
