import { asc } from "drizzle-orm";

import type { Role } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { users } from "@/lib/db/schema";
import { canManageUsers } from "@/lib/leads/access";
import { fail, ok, type Result } from "@/lib/result";

import type { UserAdminActor } from "./create-user";

/** A user as the admin pages and the CLI show it: never the password hash. */
export type UserSummary = { id: string; email: string; name: string; role: Role; active: boolean; countries: string[]; createdAt: Date };

export const userSummaryColumns = { id: users.id, email: users.email, name: users.name, role: users.role, active: users.active, countries: users.countries, createdAt: users.createdAt };

/** List every user, active or not, ordered by email. Admins and the CLI only. */
export async function listUsers(input: { db: Database; actor: UserAdminActor }): Promise<Result<UserSummary[]>> {
  if (input.actor !== "cli" && !canManageUsers(input.actor)) {
    return fail({ code: "forbidden", message: "Only an admin can list users." });
  }

  const rows = await input.db
    .select(userSummaryColumns)
    .from(users)
    .orderBy(asc(users.email));

  return ok(rows);
}
