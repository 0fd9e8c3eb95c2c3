import { eq } from "drizzle-orm";

import { SIGNING_SECRET_KEY } from "@/lib/db/bootstrap";
import type { Executor } from "@/lib/db";
import { settings } from "@/lib/db/schema";
import { env } from "@/lib/env";

const cache = globalThis as unknown as { pelletSigningSecret?: string };

/** PELLET_SECRET when set, else the random secret created in the database at first start. */
export async function getSigningSecret(db: Executor): Promise<string> {
  if (env.PELLET_SECRET) return env.PELLET_SECRET;
  if (cache.pelletSigningSecret) return cache.pelletSigningSecret;

  const [row] = await db.select().from(settings).where(eq(settings.key, SIGNING_SECRET_KEY));
  if (!row) throw new Error("The signing secret is missing from the settings table; the database was not bootstrapped.");
  cache.pelletSigningSecret = row.value;

  return row.value;
}
