import { pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** Installation-wide values shared by every app server, such as the generated signing secret. */
export const settings = pgTable("settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
