import { eq } from "drizzle-orm";

import type { Role } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { users } from "@/lib/db/schema";
import { createUser } from "@/lib/users/create-user";

/** Password of every demo user. Printed by the seed; change or remove these users on a real installation. */
export const DEMO_PASSWORD = "pellet-demo-password";

export const DEMO_USERS: { email: string; name: string; role: Role; countries?: string[] }[] = [
  { email: "admin@pellet.example", name: "Alex Admin", role: "admin" },
  { email: "marketing@pellet.example", name: "Maria Marketing", role: "marketing" },
  { email: "manager@pellet.example", name: "Max Manager", role: "manager" },
  { email: "rep1@pellet.example", name: "Rita Rep", role: "rep", countries: ["DE", "AT", "CH"] },
  { email: "rep2@pellet.example", name: "Sam Rep", role: "rep", countries: ["US", "CA", "MX"] },
  { email: "rep3@pellet.example", name: "Yuki Rep", role: "rep" },
];

/** Create the demo users that do not exist yet, and return every demo user's id by email. */
export async function seedDemoUsers(db: Database): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const user of DEMO_USERS) {
    const created = await createUser({ db, actor: "cli", user: { ...user, password: DEMO_PASSWORD } });
    if (created.ok) {
      ids.set(user.email, created.value.id);
      continue;
    }
    const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, user.email));
    if (!existing) throw new Error(`Demo user ${user.email} could not be created: ${created.error.message}`);
    ids.set(user.email, existing.id);
  }

  return ids;
}
