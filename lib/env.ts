import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

/**
 * Server environment, validated once on first use. A missing or invalid
 * variable throws with its name, so a misconfigured server stops at start.
 */
export const env = createEnv({
  server: {
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    // postgres:// URL of a PostgreSQL server. Unset: the embedded PGlite database.
    DATABASE_URL: z.url().optional(),
    // Folder of the embedded PGlite database, used only without DATABASE_URL.
    PELLET_DATA_DIR: z.string().min(1).default(".pellet/db"),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    // Servers log to standard output; command-line scripts set stderr so their own output stays clean.
    LOG_DESTINATION: z.enum(["stdout", "stderr"]).default("stdout"),
    // Secret that signs form render tokens. Unset: a random secret kept in the database.
    PELLET_SECRET: z.string().min(32).optional(),
    // Minimum seconds between rendering a form and submitting it; faster posts are treated as bots.
    PELLET_MIN_FILL_SECONDS: z.coerce.number().min(0).max(600).default(2),
    // Minutes between rescorings of open leads, which keep decayed engagement points current.
    PELLET_RESCORE_MINUTES: z.coerce.number().int().min(1).max(1440).default(60),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
});
