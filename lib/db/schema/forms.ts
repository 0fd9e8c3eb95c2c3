import { jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

import type { FormFieldConfig, OfferKind } from "@/lib/forms/catalog";

export const forms = pgTable("forms", {
  id: uuid("id").primaryKey().defaultRandom(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  offerKind: text("offer_kind").$type<OfferKind>().notNull(),
  // Field ids shown on the form, in order, with whether each is required.
  fields: jsonb("fields").$type<FormFieldConfig[]>().notNull(),
  consentText: text("consent_text").notNull(),
  consentVersion: text("consent_version").notNull(),
  thankYouMessage: text("thank_you_message").notNull(),
  assetUrl: text("asset_url"),
  // Exact origins (scheme://host[:port]) allowed to embed or post; empty allows any.
  allowedOrigins: text("allowed_origins").array().notNull().default([]),
  status: text("status", { enum: ["live", "paused"] }).notNull().default("live"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export type Form = typeof forms.$inferSelect;
export type NewForm = typeof forms.$inferInsert;
