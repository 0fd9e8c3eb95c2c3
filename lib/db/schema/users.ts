import { bigint, boolean, integer, pgTable, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";

import type { Role } from "@/lib/auth/roles";

export const users = pgTable("users", {
  id: uuid("id").primaryKey().defaultRandom(),
  // Trimmed and lower-cased; sign-in matches on it.
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  role: text("role").$type<Role>().notNull(),
  // Argon2id PHC string.
  passwordHash: text("password_hash").notNull(),
  active: boolean("active").notNull().default(true),
  // ISO 3166-1 alpha-2 codes a rep covers under assignment by country. A rep with none gets a lead by country only when no rep covers it.
  countries: text("countries").array().notNull().default([]),
  // Round robin gives the next lead to the active rep assigned longest ago.
  lastAssignedAt: timestamp("last_assigned_at", { withTimezone: true }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Counters of failed sign-ins, keyed by account or by client address; rows are written by rate-limiter-flexible. */
export const signInThrottle = pgTable("sign_in_throttle", {
  key: varchar("key", { length: 255 }).primaryKey(),
  points: integer("points").notNull().default(0),
  // Epoch milliseconds.
  expire: bigint("expire", { mode: "number" }),
});

export type User = typeof users.$inferSelect;
