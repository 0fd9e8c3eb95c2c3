import { and, eq } from "drizzle-orm";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";

import { getDb } from "@/lib/db";
import { users } from "@/lib/db/schema";

import { auth } from "./auth";
import type { Role } from "./roles";

/** The signed-in user acting on a request, as stored now: a changed role or a deactivation applies at once. */
export type Actor = { id: string; email: string; name: string; role: Role };

export async function currentActor(): Promise<Actor | null> {
  // Marks the page as rendered per request before Auth.js opens the database, so `next build` never opens it.
  await connection();
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;

  const [user] = await (await getDb())
    .select({ id: users.id, email: users.email, name: users.name, role: users.role })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.active, true)));

  return user ?? null;
}

/** The actor for a dashboard page: sends visitors to sign in, and answers 404 to roles the page is not for. */
export async function requireActor(allowed?: readonly Role[]): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect("/sign-in");
  if (allowed && !allowed.includes(actor.role)) notFound();

  return actor;
}
