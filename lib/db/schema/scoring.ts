import { integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";

import type { ScoringModelDocument } from "@/lib/scoring/model";

export const scoringModels = pgTable(
  "scoring_models",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    version: integer("version").notNull().unique(),
    status: text("status", { enum: ["draft", "active", "archived"] }).notNull(),
    document: jsonb("document").$type<ScoringModelDocument>().notNull(),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  // At most one active model at a time.
  (table) => [uniqueIndex("scoring_models_one_active_idx").on(table.status).where(sql`${table.status} = 'active'`)],
);

export type ScoringModelRow = typeof scoringModels.$inferSelect;
