import { closeDatabase, getDatabaseHandle } from "@/lib/db";
import { serverJobs } from "@/lib/jobs/jobs";
import { startJobs } from "@/lib/jobs/scheduler";
import { logger } from "@/lib/logger";

/**
 * Open the database, apply migrations and bootstrap before the server takes
 * requests. A database that cannot be opened stops the start, with the
 * reason in the log. Background jobs start once the database is ready.
 * SIGTERM and SIGINT stop the jobs and close the database before exit.
 */
export async function startServer(): Promise<void> {
  let stopJobs = () => {};
  try {
    const { db } = await getDatabaseHandle();
    stopJobs = startJobs(db, serverJobs());
  } catch (error) {
    logger.fatal({ err: error }, error instanceof Error ? error.message : "database start failed");
    process.exit(1);
  }

  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      logger.info({ signal }, "server stopping");
      stopJobs();
      closeDatabase()
        .catch((error: unknown) => logger.error({ err: error }, "database close failed"))
        .finally(() => process.exit(0));
    });
  }
  logger.info({ pid: process.pid }, "server started");
}
