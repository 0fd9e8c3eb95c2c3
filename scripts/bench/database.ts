import { randomBytes } from "node:crypto";

import postgres from "postgres";

/** Mask the URL's password, for messages. */
function redactUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";

  return parsed.toString();
}

export type BenchDatabases = {
  serverVersion: string;
  // Create an empty database pellet_bench_<random> and return its name and URL.
  create: () => Promise<{ name: string; url: string }>;
  // Create a copy of a database that has no open connections.
  copy: (templateName: string) => Promise<{ name: string; url: string }>;
  // Drop every database created here, disconnecting sessions still open, and close the admin connection.
  dropAll: () => Promise<void>;
};

/** Connect as admin to create and drop benchmark databases. Throws with the fix when PostgreSQL is unreachable. */
export async function connectAdmin(adminUrl: string): Promise<BenchDatabases> {
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {}, connect_timeout: 10 });
  const created: string[] = [];
  let serverVersion: string;
  try {
    const [row] = await admin<{ server_version: string }[]>`show server_version`;
    serverVersion = row!.server_version;
  } catch (error) {
    await admin.end({ timeout: 5 });
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Could not connect to PostgreSQL at ${redactUrl(adminUrl)}: ${reason}. ` +
        "Start PostgreSQL or set BENCH_DATABASE_URL to a role that may create databases.",
    );
  }

  const urlOf = (name: string) => {
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return url.toString();
  };
  const createWith = async (suffix: string) => {
    const name = `pellet_bench_${randomBytes(5).toString("hex")}`;
    // Names are generated here, never taken from input, so they need no quoting.
    await admin.unsafe(`create database ${name}${suffix}`);
    created.push(name);
    return { name, url: urlOf(name) };
  };

  return {
    serverVersion,
    create: () => createWith(""),
    copy: (templateName) => createWith(` template ${templateName}`),
    dropAll: async () => {
      try {
        while (created.length > 0) {
          // WITH (FORCE) needs PostgreSQL 13 or later.
          await admin.unsafe(`drop database if exists ${created.at(-1)!} with (force)`);
          created.pop();
        }
      } finally {
        await admin.end({ timeout: 5 });
      }
    },
  };
}

export type RowCounts = {
  companies: number;
  contacts: number;
  leads: number;
  stageEvents: number;
  submissions: number;
  leadScores: number;
};

export async function countRows(sql: postgres.Sql): Promise<RowCounts> {
  const [row] = await sql<{ [key: string]: string }[]>`
    select
      (select count(*) from companies) as companies,
      (select count(*) from contacts) as contacts,
      (select count(*) from leads) as leads,
      (select count(*) from stage_events) as stage_events,
      (select count(*) from submissions) as submissions,
      (select count(*) from lead_scores) as lead_scores`;

  return {
    companies: Number(row!.companies),
    contacts: Number(row!.contacts),
    leads: Number(row!.leads),
    stageEvents: Number(row!.stage_events),
    submissions: Number(row!.submissions),
    leadScores: Number(row!.lead_scores),
  };
}

/** Rows added since `baseline`, per table. */
export function rowsAddedSince(baseline: RowCounts, now: RowCounts): RowCounts {
  return {
    companies: now.companies - baseline.companies,
    contacts: now.contacts - baseline.contacts,
    leads: now.leads - baseline.leads,
    stageEvents: now.stageEvents - baseline.stageEvents,
    submissions: now.submissions - baseline.submissions,
    leadScores: now.leadScores - baseline.leadScores,
  };
}
