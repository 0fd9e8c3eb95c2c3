import { eq } from "drizzle-orm";
import { z } from "zod";

import type { Database } from "@/lib/db";
import { users } from "@/lib/db/schema";
import { logger } from "@/lib/logger";

import { MAX_PASSWORD_LENGTH, verifyPassword } from "./passwords";
import type { Role } from "./roles";
import type { SignInThrottle } from "./throttle";

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
});

export type AuthenticatedUser = { id: string; email: string; name: string; role: Role };

/**
 * Check a sign-in. Every failure returns null, so the caller cannot tell an
 * unknown email from a wrong password or a blocked account, and the
 * password is verified (against a decoy when there is no account) so each
 * failure takes about as long.
 */
export async function authenticate(
  db: Database,
  throttle: SignInThrottle,
  input: { email: unknown; password: unknown; address: string },
): Promise<AuthenticatedUser | null> {
  const parsed = credentialsSchema.safeParse({ email: input.email, password: input.password });
  if (!parsed.success) {
    await verifyPassword(null, "");
    return null;
  }
  const { email, password } = parsed.data;

  const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  const blocked = await throttle.isBlocked(email, input.address);
  const valid = await verifyPassword(user?.active ? user.passwordHash : null, password);

  if (blocked || !valid || !user) {
    await throttle.recordFailure(email, input.address);
    logger.info({ userId: user?.id ?? null, blocked }, "sign-in failed");
    return null;
  }

  await throttle.recordSuccess(email);
  logger.info({ userId: user.id }, "signed in");

  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
