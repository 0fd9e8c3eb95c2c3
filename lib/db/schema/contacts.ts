import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** A business, keyed by the email domain its people write from. Free-mail domains make no company. */
export const companies = pgTable("companies", {
  id: uuid("id").primaryKey().defaultRandom(),
  domain: text("domain").notNull().unique(),
  name: text("name").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const contacts = pgTable(
  "contacts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    // As the prospect typed it (trimmed), shown back to reps.
    email: text("email").notNull(),
    // Lower-cased with the domain in ASCII; the identity of a contact.
    emailNormalized: text("email_normalized").notNull().unique(),
    emailDomain: text("email_domain").notNull(),
    name: text("name").notNull(),
    companyName: text("company_name").notNull(),
    companyId: uuid("company_id").references(() => companies.id),
    // ISO 3166-1 alpha-2.
    country: text("country").notNull(),
    // E.164 when a phone was given.
    phone: text("phone"),
    jobRole: text("job_role"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("contacts_company_id_idx").on(table.companyId)],
);

export type Company = typeof companies.$inferSelect;
export type Contact = typeof contacts.$inferSelect;
