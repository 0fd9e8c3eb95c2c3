import { randomBytes } from "node:crypto";

import postgres from "postgres";

import { bootstrapDatabase } from "@/lib/db/bootstrap";
import { openPglite, openPostgres, type DatabaseHandle } from "@/lib/db/client";
import { seedDemoForms } from "@/lib/seed/demo-forms";

export type TestDatabase = DatabaseHandle & {
  name: string;
  // Close this handle's connections but keep the database, as a crashed server would.
  disconnect: () => Promise<void>;
  // Open a new handle on the same database, as a restarted server would; close it yourself.
  reopen: () => Promise<DatabaseHandle>;
};

/**
 * A fresh, migrated and seeded database for one test file: an in-memory
 * PGlite, or a new database on the server in DATABASE_URL, dropped on close.
 */
export async function createTestDatabase(options: { pgliteDir?: string } = {}): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  let handle: DatabaseHandle;
  let name = "pglite";
  let drop = async () => {};
  let reopen: () => Promise<DatabaseHandle>;

  if (serverUrl) {
    name = `pellet_test_${randomBytes(6).toString("hex")}`;
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    handle = await openPostgres(url.toString(), { max: 20 });
    reopen = () => openPostgres(url.toString(), { max: 5 });
    drop = async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    };
  } else {
    const dataDir = options.pgliteDir ?? "memory://";
    handle = await openPglite(dataDir);
    reopen = () => openPglite(dataDir);
  }

  await bootstrapDatabase(handle.db);
  await seedDemoForms(handle.db);

  return {
    ...handle,
    name,
    reopen,
    disconnect: handle.close,
    close: async () => {
      await handle.close().catch(() => {});
      await drop();
    },
  };
}
