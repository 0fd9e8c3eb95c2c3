/**
 * Benchmark of the funnel queries in lib/metrics on PostgreSQL. Creates a
 * database pellet_bench_funnel_<random>, migrates it with openPostgres,
 * generates BENCH_FUNNEL_LEADS leads (one million by default) over the last
 * 12 months with their stage events and activities in set-based SQL, then
 * runs each funnel query for the last 90 days and reports the median and p95
 * in ms. The database is dropped at the end, also after an error, Ctrl-C or
 * the time limit. Usage and settings: `npm run bench:funnel -- --help`.
 */
import { randomBytes } from "node:crypto";
import os from "node:os";
import { performance } from "node:perf_hooks";

import { sql as drizzleSql, type SQL } from "drizzle-orm";
import postgres from "postgres";

import { openPostgres, type Database } from "@/lib/db/client";
import { buildCohortConversionQuery, measureCohortConversion } from "@/lib/metrics/cohort";
import { buildDisqualificationReasonsQuery, countDisqualificationReasons } from "@/lib/metrics/disqualification";
import { loadFunnelReport } from "@/lib/metrics/funnel-report";
import { buildMqlToSqlByFormQuery, buildMqlToSqlBySourceQuery, measureMqlToSqlByForm, measureMqlToSqlBySource } from "@/lib/metrics/mql-to-sql";
import { createDefaultPeriod, type Period } from "@/lib/metrics/period";
import { buildRepActivityQuery, listRepActivity } from "@/lib/metrics/reps";
import { selectRows } from "@/lib/metrics/sql";
import { buildSlaComplianceQuery, buildSpeedToLeadQuery, measureSlaCompliance, measureSpeedToLead } from "@/lib/metrics/speed-to-lead";
import { buildDailyLeadsQuery, buildStageEntriesQuery, countStageEntries, listDailyLeads } from "@/lib/metrics/stage-entries";
import { DISQUALIFICATION_REASONS, LOST_REASONS } from "@/lib/qualification/reasons";

import { cleanupOnSignals, onCleanup, runCleanup } from "./bench/cleanup";
import { median, percentile, round } from "./bench/stats";

const DEFAULT_ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres";
// Every session on the benchmark database, the app pool included, stops a statement after this.
const QUERY_TIMEOUT = "2min";
// The generation session's own limit per statement, because one statement inserts up to a few million rows.
const GENERATION_STATEMENT_TIMEOUT = "20min";

// The tables that the generation fills.
const GENERATED_TABLES = ["contacts", "leads", "stage_events", "activities"];

// Indexes that the schema does not have, timed with --candidate-indexes to back an index recommendation. They use
// key columns, not INCLUDE, because the index builder of drizzle-orm 0.45 has no INCLUDE, so the schema could not declare them.
const CANDIDATE_INDEXES = [
  // Covers the period scans of stage_events, so they read the index alone instead of the table.
  "create index bench_stage_events_to_stage_covering_idx on stage_events (to_stage, occurred_at, lead_id, from_stage, actor_id)",
  // Lets the per-rep query find the leads assigned in the period without reading every owned lead.
  "create index bench_leads_assigned_at_idx on leads (assigned_at, owner_id, first_touch_at) where owner_id is not null",
];

const HELP = `Usage: npm run bench:funnel [-- --explain] [-- --candidate-indexes]

Generates a lead history on a fresh PostgreSQL database that it creates and
drops, then times each funnel query of lib/metrics for the last 90 days.

Options:
  --explain                         also print EXPLAIN (ANALYZE, BUFFERS) of each query once
  --candidate-indexes               then add the candidate indexes listed in this file and time
                                    (and explain) every query again

Environment:
  BENCH_DATABASE_URL                admin connection that creates the database
                                    (default ${DEFAULT_ADMIN_URL})
  BENCH_FUNNEL_LEADS                leads to generate (default 1000000, 1000 to 5000000)
  BENCH_FUNNEL_RUNS                 timed runs per query after one warm-up run (default 15, 1 to 100)
  BENCH_FUNNEL_TIME_LIMIT_MINUTES   the whole run stops and drops its database after this (default 45, 1 to 240)
`;

type Settings = { adminUrl: string; leads: number; runs: number; timeLimitMinutes: number; explain: boolean; candidateIndexes: boolean };

function readInteger(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return fallback;

  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name}=${raw} is invalid: expected a whole number from ${min} to ${max}.`);
  }

  return value;
}

function readSettings(): Settings {
  return {
    adminUrl: process.env.BENCH_DATABASE_URL || DEFAULT_ADMIN_URL,
    leads: readInteger("BENCH_FUNNEL_LEADS", 1_000_000, 1_000, 5_000_000),
    runs: readInteger("BENCH_FUNNEL_RUNS", 15, 1, 100),
    timeLimitMinutes: readInteger("BENCH_FUNNEL_TIME_LIMIT_MINUTES", 45, 1, 240),
    explain: process.argv.includes("--explain"),
    candidateIndexes: process.argv.includes("--candidate-indexes"),
  };
}

function redactUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";

  return parsed.toString();
}

/** Create the benchmark database and register its drop. Returns its name, its URL and the server version. */
async function createBenchDatabase(adminUrl: string): Promise<{ name: string; url: string; serverVersion: string }> {
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {}, connect_timeout: 10 });
  let serverVersion: string;
  try {
    const [row] = await admin<{ server_version: string }[]>`show server_version`;
    serverVersion = row!.server_version;
  } catch (error) {
    await admin.end({ timeout: 5 });
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Could not connect to PostgreSQL at ${redactUrl(adminUrl)}: ${reason}. Start PostgreSQL or set BENCH_DATABASE_URL.`);
  }

  // The name is generated here, never read from input, so it needs no quoting.
  const name = `pellet_bench_funnel_${randomBytes(5).toString("hex")}`;
  await admin.unsafe(`create database ${name}`);
  onCleanup(`drop database ${name}`, async () => {
    try {
      // WITH (FORCE) needs PostgreSQL 13 or later. It ends sessions still running a query.
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      console.log(`Dropped database ${name}.`);
    } finally {
      await admin.end({ timeout: 5 });
    }
  });
  await admin.unsafe(`alter database ${name} set statement_timeout = '${QUERY_TIMEOUT}'`);

  const url = new URL(adminUrl);
  url.pathname = `/${name}`;

  return { name, url: url.toString(), serverVersion };
}

/** Run one generation step and log how long it took. */
async function runStep(label: string, step: () => Promise<unknown>): Promise<void> {
  const started = performance.now();
  await step();
  console.log(`  ${label}: ${round((performance.now() - started) / 1000)} s`);
}

/**
 * Generate the history in set-based SQL. Each lead is created at a random
 * time in the 12 months before `generatedAt`. About 35 % become MQLs, 60 %
 * of those within 3 minutes and the rest within 4 days. Of the MQLs, 40 % go
 * on to SQL, 35 % are disqualified and 10 % go to nurture. Half the SQLs
 * become opportunities, of which 40 % are won and 40 % lost. Of the leads
 * that never become MQLs, 25 % are disqualified and 10 % go to nurture.
 * Events that would fall after `generatedAt` do not happen, so recent leads
 * sit in earlier stages. 90 % of MQLs get an owner within 30 minutes, and
 * 85 % of those a first touch 1 minute to 2 days later (log-uniform), with
 * 1 to 3 activities.
 */
async function generateHistory(sql: postgres.Sql, { leads, generatedAt }: { leads: number; generatedAt: Date }): Promise<void> {
  const now = generatedAt.toISOString();
  const disqualificationCodes = DISQUALIFICATION_REASONS.map((reason) => reason.id);
  const lostCodes = LOST_REASONS.map((reason) => reason.id);
  const sources = ["google", "linkedin", "direct", "newsletter", "bing", "trade_show", "partner", "facebook"];

  // SET takes no bind parameters. The value is a constant of this file.
  await sql.unsafe(`set statement_timeout = '${GENERATION_STATEMENT_TIMEOUT}'`);
  // synchronous_commit stays on. With it off, VACUUM left stage_events 0 % all-visible, because it skips pages whose
  // inserting commit may be unflushed, and index-only scans need all-visible pages.

  await runStep("users and forms", async () => {
    await sql`
      insert into users (email, name, role, password_hash)
      select 'user' || n || '@bench.example', 'Bench User ' || lpad(n::text, 2, '0'), case when n <= 4 then 'manager' else 'rep' end, 'no-sign-in'
      from generate_series(1, 24) n`;
    await sql`insert into users (email, name, role, password_hash) values ('marketing@bench.example', 'Bench Marketing', 'marketing', 'no-sign-in')`;
    await sql`
      insert into forms (slug, name, offer_kind, fields, consent_text, consent_version, thank_you_message)
      select 'bench-' || slug, name, kind, '[]'::jsonb, 'I agree.', '1', 'Thank you.'
      from (values
        ('pa66-tds', 'PA66 datasheet', 'tds'), ('pp-tds', 'PP datasheet', 'tds'), ('pa66-sample', 'PA66 sample', 'sample'),
        ('pc-sample', 'PC sample', 'sample'), ('design-guide', 'Design guide', 'guide'), ('quote', 'Quote request', 'quote')
      ) as v(slug, name, kind)`;
  });

  await runStep(`plan of ${leads} leads`, () =>
    sql`
      create unlogged table bench_plan as
      with owners as (select array_agg(id order by email) as ids from users where role in ('rep', 'manager')),
      form_ids as (select array_agg(id order by slug) as ids from forms),
      base as (
        select n,
          ${now}::timestamptz - random() * interval '365 days' as created_at,
          random() as r_mql, random() as r_exit, random() as r_sql, random() as r_opp, random() as r_assign, random() as r_touch,
          random() as r_form, random() as r_source, random() as r_owner, random() as r_reason,
          random() as d1, random() as d2, random() as d3, random() as d4, random() as d5, random() as d6
        from generate_series(1, ${leads}::int) n
      ),
      staged as (
        select base.*,
          case when r_mql < 0.35 then created_at + case when d1 < 0.6 then d1 / 0.6 * interval '3 minutes' else d1 * interval '4 days' end end as mql_at
        from base
      ),
      exits as (
        select staged.*,
          case when mql_at is null and r_exit < 0.25 then 'disqualified' when mql_at is null and r_exit < 0.35 then 'nurture' end as new_exit,
          case when mql_at is not null then
            case when r_exit < 0.40 then 'sql' when r_exit < 0.75 then 'disqualified' when r_exit < 0.85 then 'nurture' end
          end as mql_exit,
          mql_at + interval '2 hours' + d2 * interval '14 days' as mql_exit_at,
          mql_at + interval '2 hours' + d2 * interval '14 days' + interval '1 day' + d3 * interval '30 days' as sql_exit_at,
          mql_at + interval '2 hours' + d2 * interval '14 days' + interval '8 days' + d3 * interval '30 days' + d4 * interval '60 days' as opp_exit_at,
          case when mql_at is not null and r_assign < 0.9 then mql_at + d5 * interval '30 minutes' end as assigned_at
        from staged
      )
      select n,
        md5('lead-' || n)::uuid as lead_id,
        md5('contact-' || n)::uuid as contact_id,
        created_at,
        form_ids.ids[1 + floor(r_form * array_length(form_ids.ids, 1))::int] as form_id,
        (${sql.array(sources)}::text[])[1 + floor(power(r_source, 1.7) * ${sources.length})::int] as source,
        owners.ids[1 + floor(r_owner * array_length(owners.ids, 1))::int] as rep_id,
        mql_at,
        new_exit,
        case when new_exit is not null then created_at + interval '1 hour' + d2 * interval '20 days' end as new_exit_at,
        mql_exit,
        case when mql_exit is not null then mql_exit_at end as mql_exit_at,
        case when mql_exit = 'sql' then
          case when r_sql < 0.5 then 'opportunity' when r_sql < 0.65 then 'disqualified' when r_sql < 0.8 then 'lost' when r_sql < 0.9 then 'nurture' end
        end as sql_exit,
        sql_exit_at,
        case when mql_exit = 'sql' and r_sql < 0.5 then case when r_opp < 0.4 then 'won' when r_opp < 0.8 then 'lost' end end as opp_exit,
        opp_exit_at,
        assigned_at,
        case when assigned_at is not null and r_touch < 0.85 then assigned_at + exp(d6 * ln(2880)) * interval '1 minute' end as first_touch_at,
        (${sql.array(disqualificationCodes)}::text[])[1 + floor(r_reason * ${disqualificationCodes.length})::int] as disqualification_code,
        (${sql.array(lostCodes)}::text[])[1 + floor(r_reason * ${lostCodes.length})::int] as lost_code
      from exits, owners, form_ids`,
  );

  await runStep("contacts", () =>
    sql`
      insert into contacts (id, email, email_normalized, email_domain, name, company_name, country, created_at, updated_at)
      select contact_id, 'buyer' || n || '@c' || n % 20000 || '.bench.example', 'buyer' || n || '@c' || n % 20000 || '.bench.example',
        'c' || n % 20000 || '.bench.example', 'Bench Buyer ' || n, 'Bench Compounds ' || n % 20000,
        (array['DE', 'US', 'FR', 'IT', 'PL', 'CN', 'JP', 'BR'])[1 + n % 8], created_at, created_at
      from bench_plan`,
  );

  // The lead's stage is its last event at or before generatedAt. Later events compare false (or null) and fall through.
  await runStep("leads", () =>
    sql`
      insert into leads (id, contact_id, form_id, stage, score, score_breakdown, scoring_model_version, scored_at, source, owner_id,
        assigned_at, mql_at, sla_due_at, first_touch_at, created_at, updated_at)
      select lead_id, contact_id, form_id,
        case
          when opp_exit is not null and opp_exit_at <= ${now}::timestamptz then opp_exit
          when sql_exit is not null and sql_exit_at <= ${now}::timestamptz then sql_exit
          when mql_exit_at <= ${now}::timestamptz then mql_exit
          when mql_at <= ${now}::timestamptz then 'mql'
          when new_exit_at <= ${now}::timestamptz then new_exit
          else 'new'
        end,
        floor(random() * 100)::int, '{}'::jsonb, 1, created_at, source,
        case when assigned_at <= ${now}::timestamptz then rep_id end,
        case when assigned_at <= ${now}::timestamptz then assigned_at end,
        case when mql_at <= ${now}::timestamptz then mql_at end,
        case when mql_at <= ${now}::timestamptz then mql_at + interval '4 hours' end,
        case when first_touch_at <= ${now}::timestamptz then first_touch_at end,
        created_at, created_at
      from bench_plan`,
  );

  await runStep("stage events", () =>
    sql`
      insert into stage_events (lead_id, from_stage, to_stage, actor_type, actor_id, reason_code, occurred_at)
      select lead_id, null::text, 'new', 'system', null::uuid, null::text, created_at from bench_plan
      union all
      select lead_id, 'new', 'mql', 'system', null, null, mql_at from bench_plan where mql_at <= ${now}::timestamptz
      union all
      select lead_id, 'new', new_exit, 'user', rep_id, case when new_exit = 'disqualified' then disqualification_code end, new_exit_at
      from bench_plan where new_exit_at <= ${now}::timestamptz
      union all
      select lead_id, 'mql', mql_exit, 'user', rep_id, case when mql_exit = 'disqualified' then disqualification_code end, mql_exit_at
      from bench_plan where mql_exit_at <= ${now}::timestamptz
      union all
      select lead_id, 'sql', sql_exit, 'user', rep_id,
        case when sql_exit = 'disqualified' then disqualification_code when sql_exit = 'lost' then lost_code end, sql_exit_at
      from bench_plan where sql_exit is not null and sql_exit_at <= ${now}::timestamptz
      union all
      select lead_id, 'opportunity', opp_exit, 'user', rep_id, case when opp_exit = 'lost' then lost_code end, opp_exit_at
      from bench_plan where opp_exit is not null and opp_exit_at <= ${now}::timestamptz`,
  );

  await runStep("activities", () =>
    sql`
      insert into activities (lead_id, user_id, type, outcome, occurred_at, created_at)
      select lead_id, rep_id, (array['call', 'email', 'meeting'])[1 + (n + touch) % 3], 'connected',
        first_touch_at + (touch - 1) * interval '2 days', first_touch_at + (touch - 1) * interval '2 days'
      from bench_plan
      cross join lateral generate_series(1, 1 + n % 3) touch
      where first_touch_at + (touch - 1) * interval '2 days' <= ${now}::timestamptz`,
  );

  await runStep("drop the plan, vacuum analyze", async () => {
    await sql`drop table bench_plan`;
    // A simple-protocol statement, because VACUUM cannot run inside a transaction block.
    await sql.unsafe("vacuum analyze");
  });
}

/** Returns the share of each generated table's pages marked all-visible, which index-only scans need. */
async function measureAllVisible(sql: postgres.Sql): Promise<Record<string, number>> {
  const rows = await sql<{ table: string; share: number }[]>`
    select relname as table, round(relallvisible::numeric / greatest(relpages, 1), 3)::float8 as share
    from pg_class
    where relname in ${sql(GENERATED_TABLES)}
    order by relname`;

  return Object.fromEntries(rows.map((row) => [row.table, row.share]));
}

type RowCounts = Record<string, number>;

async function countRows(sql: postgres.Sql, period: Period): Promise<{ rows: RowCounts; leadsByStage: RowCounts; eventsInPeriod: number }> {
  const [row] = await sql<Record<string, string>[]>`
    select
      (select count(*) from users) as users,
      (select count(*) from forms) as forms,
      (select count(*) from contacts) as contacts,
      (select count(*) from leads) as leads,
      (select count(*) from stage_events) as stage_events,
      (select count(*) from activities) as activities`;
  const stages = await sql<{ stage: string; leads: string }[]>`select stage, count(*) as leads from leads group by stage order by count(*) desc`;
  const [inPeriod] = await sql<{ events: string }[]>`
    select count(*) as events from stage_events
    where occurred_at >= (${period.from}::date)::timestamp at time zone ${period.timeZone}
      and occurred_at < (${period.to}::date)::timestamp at time zone ${period.timeZone}`;

  return {
    rows: Object.fromEntries(Object.entries(row!).map(([table, count]) => [table, Number(count)])),
    leadsByStage: Object.fromEntries(stages.map((stage) => [stage.stage, Number(stage.leads)])),
    eventsInPeriod: Number(inPeriod!.events),
  };
}

type FunnelQuery = {
  name: string;
  run: (context: { db: Database; period: Period; now: Date }) => Promise<unknown>;
  // Null for the whole report, which is several queries.
  build: ((context: { period: Period; now: Date }) => SQL) | null;
};

const FUNNEL_QUERIES: FunnelQuery[] = [
  { name: "stage entries", run: countStageEntries, build: ({ period }) => buildStageEntriesQuery(period) },
  { name: "daily new leads and MQLs", run: listDailyLeads, build: ({ period }) => buildDailyLeadsQuery(period) },
  { name: "cohort conversion", run: measureCohortConversion, build: ({ period }) => buildCohortConversionQuery(period) },
  { name: "MQL to SQL by form", run: measureMqlToSqlByForm, build: ({ period }) => buildMqlToSqlByFormQuery(period) },
  { name: "MQL to SQL by source", run: measureMqlToSqlBySource, build: ({ period }) => buildMqlToSqlBySourceQuery(period) },
  { name: "speed to lead", run: measureSpeedToLead, build: ({ period }) => buildSpeedToLeadQuery(period) },
  { name: "SLA compliance", run: measureSlaCompliance, build: buildSlaComplianceQuery },
  { name: "disqualification reasons", run: countDisqualificationReasons, build: ({ period }) => buildDisqualificationReasonsQuery(period) },
  { name: "per rep", run: listRepActivity, build: ({ period }) => buildRepActivityQuery(period) },
  { name: "whole report (9 queries in parallel)", run: loadFunnelReport, build: null },
];

type Timing = { name: string; medianMs: number; p95Ms: number; minMs: number; maxMs: number };

/** Runs the query once as an untimed warm-up, then `runs` times one after another, and returns the timings in ms. */
async function timeQuery(query: FunnelQuery, context: { db: Database; period: Period; now: Date }, runs: number): Promise<Timing> {
  await query.run(context);

  const durations: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await query.run(context);
    durations.push(performance.now() - started);
  }

  return {
    name: query.name,
    medianMs: round(median(durations)),
    p95Ms: round(percentile(durations, 95)),
    minMs: round(Math.min(...durations)),
    maxMs: round(Math.max(...durations)),
  };
}

async function printPlan(db: Database, query: FunnelQuery, context: { period: Period; now: Date }): Promise<void> {
  if (!query.build) return;

  const rows = await selectRows<{ "QUERY PLAN": string }>(db, drizzleSql`explain (analyze, buffers) ${query.build(context)}`);
  console.log(`\nEXPLAIN ANALYZE: ${query.name}`);
  for (const row of rows) console.log(`  ${row["QUERY PLAN"]}`);
}

/** Time every funnel query, print the figures, and with --explain print each plan after the timings. */
async function timeAllQueries({
  context,
  settings,
  label,
}: {
  context: { db: Database; period: Period; now: Date };
  settings: Settings;
  label: string;
}): Promise<Timing[]> {
  console.log(`\nTimings with the ${label}:`);
  const timings: Timing[] = [];
  for (const query of FUNNEL_QUERIES) {
    const timing = await timeQuery(query, context, settings.runs);
    timings.push(timing);
    console.log(`  ${timing.name.padEnd(40)} median ${String(timing.medianMs).padStart(8)} ms   p95 ${String(timing.p95Ms).padStart(8)} ms`);
  }

  if (settings.explain) {
    for (const query of FUNNEL_QUERIES) await printPlan(context.db, query, context);
  }

  return timings;
}

function loadAverage(): number[] {
  return os.loadavg().map((value) => round(value, 2));
}

async function main(): Promise<void> {
  if (process.argv.includes("--help") || process.argv.includes("-h")) {
    console.log(HELP);
    return;
  }
  const settings = readSettings();
  cleanupOnSignals(() => {});
  const deadline = setTimeout(
    () => {
      console.error(`bench:funnel stopped: the time limit of ${settings.timeLimitMinutes} min (BENCH_FUNNEL_TIME_LIMIT_MINUTES) was reached.`);
      void runCleanup().finally(() => process.exit(1));
    },
    settings.timeLimitMinutes * 60_000,
  );
  deadline.unref();

  const started = performance.now();
  const loadAverageAtStart = loadAverage();
  const date = new Date();
  const database = await createBenchDatabase(settings.adminUrl);
  console.log(`Created database ${database.name} (PostgreSQL ${database.serverVersion}).`);

  const handle = await openPostgres(database.url, { max: 10 });
  onCleanup("close the app pool", handle.close);
  const generator = postgres(database.url, { max: 1, onnotice: () => {} });
  onCleanup("close the generation connection", () => generator.end({ timeout: 5 }));

  console.log(`Generating ${settings.leads} leads over the 12 months before ${date.toISOString()}:`);
  const generationStarted = performance.now();
  await generateHistory(generator, { leads: settings.leads, generatedAt: date });
  const generationSeconds = round((performance.now() - generationStarted) / 1000);

  const period = createDefaultPeriod({ now: date, timeZone: "UTC" });
  const counts = await countRows(generator, period);
  console.log(`Rows: ${JSON.stringify(counts.rows)}`);
  console.log(`Leads by stage: ${JSON.stringify(counts.leadsByStage)}`);
  console.log(`Stage events in the period: ${counts.eventsInPeriod}`);
  const allVisible = await measureAllVisible(generator);
  console.log(`Share of pages all-visible: ${JSON.stringify(allVisible)}`);

  const context = { db: handle.db, period, now: date };
  console.log(`\nPeriod ${period.from} to ${period.to} (exclusive, ${period.timeZone}); each query: 1 warm-up run, then ${settings.runs} timed runs.`);
  const timings = await timeAllQueries({ context, settings, label: "schema indexes" });

  let candidateTimings: Timing[] | null = null;
  if (settings.candidateIndexes) {
    await runStep("create the candidate indexes, analyze", async () => {
      for (const statement of CANDIDATE_INDEXES) await generator.unsafe(statement);
      await generator.unsafe("analyze");
    });
    candidateTimings = await timeAllQueries({ context, settings, label: "schema and candidate indexes" });
  }

  const machine = {
    cpu: os.cpus()[0]?.model ?? "unknown",
    cores: os.cpus().length,
    totalMemoryGiB: round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
  };
  const report = {
    date: date.toISOString(),
    machine,
    software: { node: process.version, postgres: database.serverVersion },
    settings: { leads: settings.leads, runs: settings.runs, period },
    loadAverage: { atStart: loadAverageAtStart, atEnd: loadAverage() },
    generationSeconds,
    ...counts,
    allVisible,
    timings,
    candidateIndexes: settings.candidateIndexes ? CANDIDATE_INDEXES : null,
    candidateTimings,
    totalSeconds: round((performance.now() - started) / 1000),
  };
  console.log(`\nMachine: ${machine.cpu}, ${machine.cores} cores, ${machine.totalMemoryGiB} GiB, ${machine.os}; Node ${process.version}`);
  console.log(`Load average (1, 5, 15 min) at start ${report.loadAverage.atStart.join(" ")}, at end ${report.loadAverage.atEnd.join(" ")}.`);
  console.log(`Generation took ${generationSeconds} s; the whole run ${report.totalSeconds} s.`);
  console.log("\nJSON:");
  console.log(JSON.stringify(report));
}

main()
  .catch((error: unknown) => {
    console.error(`bench:funnel failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  })
  .finally(() => runCleanup());
