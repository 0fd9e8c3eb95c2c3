import { sql } from "drizzle-orm";

import type { Database } from "@/lib/db";
import { settings } from "@/lib/db/schema";
import { logger } from "@/lib/logger";

export type Job = { name: string; everyMs: number; run: (db: Database) => Promise<Record<string, number>> };

/**
 * Claim a job's lease for `leaseMs`, or return false when another server
 * holds it. The lease is a settings row holding an ISO time; ISO strings in
 * UTC compare in time order, so one conditional upsert claims it atomically
 * on PGlite and PostgreSQL alike.
 */
async function claimLease(db: Database, job: string, now: Date, leaseMs: number): Promise<boolean> {
  const key = `job-lease:${job}`;
  const until = new Date(now.getTime() + leaseMs).toISOString();
  const claimed = await db
    .insert(settings)
    .values({ key, value: until, updatedAt: now })
    .onConflictDoUpdate({ target: settings.key, set: { value: until, updatedAt: now }, setWhere: sql`${settings.value} < ${now.toISOString()}` })
    .returning({ key: settings.key });

  return claimed.length > 0;
}

async function releaseLease(db: Database, job: string, now: Date): Promise<void> {
  await db.update(settings).set({ value: now.toISOString(), updatedAt: now }).where(sql`${settings.key} = ${`job-lease:${job}`}`);
}

/** Run one job now if no other server holds its lease; returns its result, or null when skipped. */
export async function runJobOnce(db: Database, job: Job, now = new Date()): Promise<Record<string, number> | null> {
  // A lease outlives a normal run, so a server that dies mid-run frees the job after one interval.
  if (!(await claimLease(db, job.name, now, job.everyMs))) return null;
  try {
    return await job.run(db);
  } finally {
    await releaseLease(db, job.name, new Date());
  }
}

/** Run each job on its interval in this server process, and return a function that stops them. */
export function startJobs(db: Database, jobs: Job[]): () => void {
  const timers = jobs.map((job) => {
    let running = false;
    const tick = async () => {
      if (running) return;
      running = true;
      const started = Date.now();
      try {
        const result = await runJobOnce(db, job);
        if (result) logger.info({ job: job.name, durationMs: Date.now() - started, ...result }, "job finished");
      } catch (error) {
        logger.error({ err: error, job: job.name }, "job failed; it runs again at the next interval");
      } finally {
        running = false;
      }
    };
    const timer = setInterval(() => void tick(), job.everyMs);
    timer.unref();
    return timer;
  });
  logger.info({ jobs: jobs.map((job) => job.name) }, "jobs started");

  return () => timers.forEach((timer) => clearInterval(timer));
}
