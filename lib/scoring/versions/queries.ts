import { desc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";

import type { Executor } from "@/lib/db";
import { scoringModels, users } from "@/lib/db/schema";

const publisher = alias(users, "publisher");

export type ModelVersionSummary = {
  id: string;
  version: number;
  status: "draft" | "active" | "archived";
  name: string;
  note: string | null;
  publishedAt: Date | null;
  publishedBy: string | null;
  createdAt: Date;
};

/** Every model version, newest first: the draft, the active one and the archived ones. */
export async function listModelVersions(db: Executor): Promise<ModelVersionSummary[]> {
  const rows = await db
    .select({
      id: scoringModels.id,
      version: scoringModels.version,
      status: scoringModels.status,
      document: scoringModels.document,
      note: scoringModels.note,
      publishedAt: scoringModels.publishedAt,
      publishedBy: publisher.name,
      createdAt: scoringModels.createdAt,
    })
    .from(scoringModels)
    .leftJoin(publisher, eq(publisher.id, scoringModels.publishedBy))
    .orderBy(desc(scoringModels.version));

  return rows.map(({ document, ...row }) => ({ ...row, name: document.name }));
}

export async function findModelVersion(db: Executor, version: number) {
  const [row] = await db.select().from(scoringModels).where(eq(scoringModels.version, version));

  return row ?? null;
}

export async function findDraft(db: Executor) {
  const [row] = await db.select().from(scoringModels).where(eq(scoringModels.status, "draft"));

  return row ?? null;
}
