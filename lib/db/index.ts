import { env } from "@/lib/env";
import { logger } from "@/lib/logger";

import { bootstrapDatabase } from "./bootstrap";
import { openPglite, openPostgres, type Database, type DatabaseHandle } from "./client";

export type { Database, Executor, Transaction } from "./client";

// Kept on globalThis because Next.js may load this module in more than one bundle of the same process.
const globalForDb = globalThis as unknown as { pelletDatabase?: Promise<DatabaseHandle> };

async function open(): Promise<DatabaseHandle> {
  const handle = env.DATABASE_URL ? await openPostgres(env.DATABASE_URL) : await openPglite(env.PELLET_DATA_DIR);
  await bootstrapDatabase(handle.db);
  logger.info({ kind: handle.kind, dataDir: handle.kind === "pglite" ? env.PELLET_DATA_DIR : undefined }, "database ready");

  return handle;
}

/** The process's one database handle, opened and migrated on first call. */
export function getDatabaseHandle(): Promise<DatabaseHandle> {
  if (!globalForDb.pelletDatabase) {
    globalForDb.pelletDatabase = open().catch((error: unknown) => {
      // Forget the failure so the next request tries again, as after a database restart.
      globalForDb.pelletDatabase = undefined;
      throw error;
    });
  }

  return globalForDb.pelletDatabase;
}

export async function getDb(): Promise<Database> {
  return (await getDatabaseHandle()).db;
}

export async function closeDatabase(): Promise<void> {
  const handle = globalForDb.pelletDatabase;
  globalForDb.pelletDatabase = undefined;
  if (handle) await (await handle).close();
}
