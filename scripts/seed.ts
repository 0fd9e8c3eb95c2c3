/**
 * Seed the demo content: the three demo forms, the demo users and, unless
 * PELLET_SEED_HISTORY=0, several months of lead history for the funnel.
 * Safe to run again: existing rows are left as they are.
 */
import "@/lib/log-to-stderr";

import { closeDatabase, getDatabaseHandle } from "@/lib/db";
import { logger } from "@/lib/logger";
import { seedDemoForms } from "@/lib/seed/demo-forms";
import { seedDemoHistory } from "@/lib/seed/demo-history";
import { DEMO_PASSWORD, DEMO_USERS, seedDemoUsers } from "@/lib/seed/demo-users";

async function main() {
  const { db } = await getDatabaseHandle();
  const formsAdded = await seedDemoForms(db);
  const userIds = await seedDemoUsers(db);
  logger.info({ formsAdded }, "demo forms and users seeded");

  if (process.env.PELLET_SEED_HISTORY !== "0") {
    const started = Date.now();
    const history = await seedDemoHistory(db, { userIds });
    if (history.skipped) logger.info("demo lead history skipped: the database already has leads");
    else logger.info({ stages: history.stages, durationMs: Date.now() - started }, "demo lead history seeded");
  }

  console.log("\nDemo users (password for each: %s):", DEMO_PASSWORD);
  for (const user of DEMO_USERS) console.log("  %s  %s", user.role.padEnd(9), user.email);
  console.log("");
}

main()
  .catch((error: unknown) => {
    logger.fatal({ err: error }, error instanceof Error ? error.message : "seed failed");
    process.exitCode = 1;
  })
  .finally(() => closeDatabase());
