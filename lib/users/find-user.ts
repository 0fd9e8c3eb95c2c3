import { eq } from "drizzle-orm";

import type { Database } from "@/lib/db";
import { users } from "@/lib/db/schema";

import { userSummaryColumns, type UserSummary } from "./list-users";

/** Find the user with this email, matched as sign-in matches it (trimmed, lower-cased). Returns null when there is none. */
export async function findUserByEmail(db: Database, email: string): Promise<UserSummary | null> {
  const [user] = await db
    .select(userSummaryColumns)
    .from(users)
    .where(eq(users.email, email.trim().toLowerCase()));

  return user ?? null;
}
