import { randomBytes } from "node:crypto";

import { DEFAULT_SCORING_MODEL } from "@/lib/scoring/default-model";

import type { Database } from "./client";
import { scoringModels, settings } from "./schema";

export const SIGNING_SECRET_KEY = "signing_secret";

/**
 * Create what every installation needs before it serves: the signing secret
 * and a first active scoring model. Safe to run on every start and from
 * several servers at once.
 */
export async function bootstrapDatabase(db: Database): Promise<void> {
  await db
    .insert(settings)
    .values({ key: SIGNING_SECRET_KEY, value: randomBytes(32).toString("base64url") })
    .onConflictDoNothing();

  await db
    .insert(scoringModels)
    .values({ version: 1, status: "active", document: DEFAULT_SCORING_MODEL, publishedAt: new Date() })
    .onConflictDoNothing();
}
