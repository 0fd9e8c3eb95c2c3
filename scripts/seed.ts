/**
 * Seed the demo content: the three demo forms and the default scoring model.
 * Safe to run again: existing rows are left as they are.
 */
import { closeDatabase, getDatabaseHandle } from "@/lib/db";
import { logger } from "@/lib/logger";
import { seedDemoForms } from "@/lib/seed/demo-forms";

async function main() {
  const { db } = await getDatabaseHandle();
  const added = await seedDemoForms(db);
  logger.info({ formsAdded: added }, "demo content seeded");
}

main()
  .catch((error: unknown) => {
    logger.fatal({ err: error }, error instanceof Error ? error.message : "seed failed");
    process.exitCode = 1;
  })
  .finally(() => closeDatabase());
