import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { PGlite } from "@electric-sql/pglite";
import postgres from "postgres";

import { e2eDataDir } from "./app";

/*
 * Read-only access to the database of the server under test, for checking
 * what a submission stored. No test-only route is added to the product.
 *
 * - PostgreSQL (DATABASE_URL set): a direct connection.
 * - PGlite: the server holds its data folder open and locked, and PGlite
 *   allows one process per folder. So each query copies the folder and opens
 *   the copy. PGlite writes straight to the folder's files and writes the WAL
 *   before a commit returns, so a copy taken while the server is idle is a
 *   crash-consistent snapshot: opening it replays the WAL like a restart after
 *   a crash. Call this only after the submission under test has completed,
 *   with no other request in flight (the config runs one worker).
 */

async function queryPostgres<Row>(url: string, text: string, params: string[]): Promise<Row[]> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return (await sql.unsafe(text, params)) as unknown as Row[];
  } finally {
    await sql.end({ timeout: 5 });
  }
}

async function queryPgliteCopy<Row>(dataDir: string, text: string, params: string[]): Promise<Row[]> {
  const copyRoot = mkdtempSync(path.join(tmpdir(), "pellet-e2e-copy-"));
  try {
    const copyDir = path.join(copyRoot, "db");
    cpSync(dataDir, copyDir, { recursive: true });
    const client = await PGlite.create(copyDir);
    try {
      return (await client.query<Row>(text, params)).rows;
    } finally {
      await client.close();
    }
  } finally {
    rmSync(copyRoot, { recursive: true, force: true });
  }
}

/** Run one read-only SQL query with $1… parameters against the server's database. */
export async function queryAppDatabase<Row>(text: string, params: string[] = []): Promise<Row[]> {
  const dataDir = e2eDataDir();
  if (dataDir) return queryPgliteCopy<Row>(dataDir, text, params);

  return queryPostgres<Row>(process.env.DATABASE_URL!, text, params);
}

export type StoredSubmissionRow = {
  contact_name: string;
  company_name: string;
  country: string;
  stage: string;
  score: number;
  score_breakdown: { total: number; qualifiesForMql: boolean; fired: { ruleId: string; points: number }[]; gate: { passed: boolean } };
  channel: string;
  answers: Record<string, string | string[]>;
  attribution: Record<string, string>;
};

/** Look up every stored submission of the contact with this email, oldest first, with its lead and contact. */
export async function findSubmissionsByEmail(email: string): Promise<StoredSubmissionRow[]> {
  return queryAppDatabase<StoredSubmissionRow>(
    `select c.name as contact_name, c.company_name, c.country,
            l.stage, l.score, l.score_breakdown,
            s.channel, s.answers, s.attribution
       from contacts c
       join submissions s on s.contact_id = c.id
       join leads l on l.id = s.lead_id
      where c.email_normalized = $1
      order by s.created_at, s.id`,
    [email.toLowerCase()],
  );
}
