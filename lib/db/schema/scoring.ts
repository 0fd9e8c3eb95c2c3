import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

import type { ScoringModelDocument } from "@/lib/scoring/model";

import { users } from "./users";

export const scoringModels = pgTable(
  "scoring_models",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    // A draft takes the next number when it is created; publishing keeps it.
    version: integer("version").notNull().unique(),
    status: text("status", { enum: ["draft", "active", "archived"] }).notNull(),
    document: jsonb("document").$type<ScoringModelDocument>().notNull(),
    // What changed and why, written by the publisher; shown in the version history.
    note: text("note"),
    createdBy: uuid("created_by").references(() => users.id),
    publishedBy: uuid("published_by").references(() => users.id),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex("scoring_models_one_active_idx").on(table.status).where(sql`${table.status} = 'active'`),
    uniqueIndex("scoring_models_one_draft_idx").on(table.status).where(sql`${table.status} = 'draft'`),
  ],
);

/** A CSV of past leads with known outcomes, kept apart from live leads so no funnel metric counts them. */
export const historicalImports = pgTable("historical_imports", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  outcomeColumn: text("outcome_column").notNull(),
  idColumn: text("id_column"),
  attributeColumns: text("attribute_columns").array().notNull(),
  rowCount: integer("row_count").notNull(),
  positives: integer("positives").notNull(),
  createdBy: uuid("created_by").references(() => users.id),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const historicalLeads = pgTable(
  "historical_leads",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    importId: uuid("import_id")
      .notNull()
      .references(() => historicalImports.id, { onDelete: "cascade" }),
    externalId: text("external_id"),
    // 1 when the lead became a customer.
    outcome: integer("outcome").notNull(),
    // Normalised values by column name, as the import read them.
    attributes: jsonb("attributes").$type<Record<string, string | number>>().notNull(),
  },
  (table) => [index("historical_leads_import_id_idx").on(table.importId)],
);

export type ScoringModelRow = typeof scoringModels.$inferSelect;
export type HistoricalImport = typeof historicalImports.$inferSelect;
