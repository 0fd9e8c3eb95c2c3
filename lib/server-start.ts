import { closeDatabase, getDatabaseHandle } from "@/lib/db";
import { logger } from "@/lib/logger";

/**
 * Open the database, apply migrations and bootstrap before the server takes
 * requests. A database that cannot be opened stops the start, with the
 * reason in the log. SIGTERM and SIGINT close the database before exit.
 */
export async function startServer(): Promise<void> {
  try {
    await getDatabaseHandle();
  } catch (error) {
    logger.fatal({ err: error }, error instanceof Error ? error.message : "database start failed");
    process.exit(1);
  }

  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      logger.info({ signal }, "server stopping");
      closeDatabase()
        .catch((error: unknown) => logger.error({ err: error }, "database close failed"))
        .finally(() => process.exit(0));
    });
  }
  logger.info({ pid: process.pid }, "server started");
}
