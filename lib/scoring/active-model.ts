import { eq } from "drizzle-orm";

import type { Executor } from "@/lib/db";
import { scoringModels } from "@/lib/db/schema";

import type { ScoringModelDocument } from "./model";

export type ActiveModel = { version: number; document: ScoringModelDocument };

export async function getActiveModel(db: Executor): Promise<ActiveModel> {
  const [row] = await db
    .select({ version: scoringModels.version, document: scoringModels.document })
    .from(scoringModels)
    .where(eq(scoringModels.status, "active"))
    .limit(1);
  if (!row) throw new Error("No scoring model is active; the database was not bootstrapped.");

  return row;
}
