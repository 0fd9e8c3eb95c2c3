import { mkdirSync } from "node:fs";
import path from "node:path";

import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import lockfile from "proper-lockfile";
import postgres from "postgres";

import * as schema from "./schema";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** A database or an open transaction: what use cases take to read and write. */
export type Executor = Database | Transaction;

export type DatabaseHandle = {
  db: Database;
  kind: "pglite" | "postgres";
  close: () => Promise<void>;
};

/** Thrown when another process already has the embedded database folder open. */
export class DatabaseLockedError extends Error {
  constructor(dataDir: string) {
    super(
      `The embedded database at ${dataDir} is already open in another Pellet process. ` +
        "Stop that process, set PELLET_DATA_DIR to another folder, or set DATABASE_URL to use a PostgreSQL server.",
    );
    this.name = "DatabaseLockedError";
  }
}

const MIGRATIONS_FOLDER = path.join(process.cwd(), "drizzle");
// Any constant works; all Pellet servers on one database take the same lock while migrating.
const MIGRATION_LOCK_ID = 728_341_905;

/**
 * Open PGlite in `dataDir` (or in memory for "memory://"). The folder is
 * locked for the life of the process, because PGlite allows one process per
 * data folder and a second one would corrupt it.
 */
export async function openPglite(dataDir: string): Promise<DatabaseHandle> {
  let release: (() => Promise<void>) | undefined;

  if (dataDir !== "memory://") {
    mkdirSync(dataDir, { recursive: true });
    try {
      // The lock is a sibling folder `<dataDir>.lock`, refreshed every 5 s and stale after 15 s, so a crashed process does not block the next start for long.
      release = await lockfile.lock(dataDir, { stale: 15_000, update: 5_000, realpath: false });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ELOCKED") throw new DatabaseLockedError(dataDir);
      throw error;
    }
  }

  const client = new PGlite(dataDir === "memory://" ? undefined : dataDir);
  await client.waitReady;
  const db = drizzlePglite({ client, schema }) as unknown as Database;
  await migratePglite(drizzlePglite({ client }), { migrationsFolder: MIGRATIONS_FOLDER });

  return {
    db,
    kind: "pglite",
    close: async () => {
      await client.close();
      await release?.();
    },
  };
}

/** Connect to PostgreSQL and apply pending migrations under an advisory lock, so concurrent starts migrate once. */
export async function openPostgres(url: string, options: { max?: number } = {}): Promise<DatabaseHandle> {
  // One connection, so the session-level advisory lock covers every migration statement.
  const migrationClient = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await migrationClient`select pg_advisory_lock(${MIGRATION_LOCK_ID})`;
    await migratePostgres(drizzlePostgres({ client: migrationClient }), { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await migrationClient.end({ timeout: 5 });
  }

  const sql = postgres(url, { max: options.max ?? 10, onnotice: () => {} });

  return {
    db: drizzlePostgres({ client: sql, schema }) as unknown as Database,
    kind: "postgres",
    close: () => sql.end({ timeout: 5 }),
  };
}
