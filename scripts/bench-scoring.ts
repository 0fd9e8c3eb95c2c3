/**
 * Benchmark of the scoring engine. Part 1 times scoreLead with the default
 * model on a pool of varied synthetic LeadFacts in this process. Part 2
 * creates a database pellet_bench_scoring_<random>, migrates it with
 * openPostgres, generates BENCH_SCORING_LEADS leads (one million by default)
 * with a contact and one or two submissions each in set-based SQL, and times
 * previewDraft over all of them. The database is dropped at the end, also
 * after an error, Ctrl-C or the time limit. Usage: `npm run bench:scoring -- --help`.
 */
import { randomBytes } from "node:crypto";
import os from "node:os";
import { performance } from "node:perf_hooks";

import postgres from "postgres";

import { bootstrapDatabase } from "@/lib/db/bootstrap";
import { openPostgres } from "@/lib/db/client";
import { ANNUAL_VOLUMES, APPLICATIONS, COMPLIANCE, POLYMERS, PROCESSING_METHODS, TIMELINES } from "@/lib/forms/catalog";
import { DEFAULT_SCORING_MODEL } from "@/lib/scoring/default-model";
import { scoreLead } from "@/lib/scoring/engine";
import type { EngagementEventType, LeadFacts, ScoringModelDocument } from "@/lib/scoring/model";
import { loadLeadFactsPage } from "@/lib/scoring/lead-facts-loader";
import { previewDraft } from "@/lib/scoring/preview";
import { seedDemoForms } from "@/lib/seed/demo-forms";

import { cleanupOnSignals, onCleanup, runCleanup } from "./bench/cleanup";
import { median, round } from "./bench/stats";

const DEFAULT_ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres";
const POOL_SIZE = 10_000;
// The page size previewDraft uses, so the loader-only pass reads the same pages.
const PREVIEW_PAGE_SIZE = 5_000;
const RUNS = 5;
const WARMUP_MS = 1_000;
const DAY_MS = 86_400_000;
// The generation session's own limit per statement, because one statement inserts up to a few million rows.
const GENERATION_STATEMENT_TIMEOUT = "20min";

const HELP = `Usage: npm run bench:scoring [-- --in-process-only]

Part 1 times scoreLead with the default model in this process: ${RUNS} runs
after a warm-up, reporting the median leads/s and rules evaluated/s.
Part 2 creates and drops a PostgreSQL database, generates leads with
contacts and submissions, and times previewDraft over all of them.

Options:
  --in-process-only                  run part 1 only

Environment:
  BENCH_DATABASE_URL                 admin connection that creates the database
                                     (default ${DEFAULT_ADMIN_URL})
  BENCH_SCORING_LEADS                leads to generate (default 1000000, 1000 to 5000000)
  BENCH_SCORING_SECONDS              seconds per timed run of part 1 (default 3, 1 to 60)
  BENCH_SCORING_TIME_LIMIT_MINUTES   the whole run stops and drops its database after this (default 30, 1 to 240)
`;

function readInteger(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return fallback;

  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${name}=${raw} is invalid: expected a whole number from ${min} to ${max}.`);

  return value;
}

/** Mulberry32, seeded, so every run scores the same pool. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;

  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Picks a contact's email from a draw in [0, 1): 10 % free-mail, 3 % academic, the rest work addresses. */
function pickContact(draw: number): Pick<LeadFacts["contact"], "emailDomain" | "emailKind"> {
  if (draw < 0.1) return { emailDomain: "gmail.com", emailKind: "free" };
  if (draw < 0.13) return { emailDomain: "uni-stuttgart.edu", emailKind: "academic" };

  return { emailDomain: "moldworks.example", emailKind: "work" };
}

/** Creates facts as live leads have them: most answers given, some missing, 1 to 4 dated events, and some free-mail or academic contacts. */
function createFactsPool(now: Date): LeadFacts[] {
  const random = createRandom(1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const maybe = <T>(share: number, value: () => T): T | undefined => (random() < share ? value() : undefined);
  const eventTypes: EngagementEventType[] = ["tds_download", "sample_request", "guide_download", "quote_request"];

  return Array.from({ length: POOL_SIZE }, () => {
    const events = Array.from({ length: 1 + Math.floor(random() * 4) }, () => ({ type: pick(eventTypes), at: new Date(now.getTime() - random() * 120 * DAY_MS) }));
    const contact = pickContact(random());
    return {
      answers: {
        application: maybe(0.9, () => pick(APPLICATIONS).value),
        polymer: maybe(0.9, () => pick(POLYMERS).value),
        timeline: maybe(0.7, () => pick(TIMELINES).value),
        processingMethod: maybe(0.6, () => pick(PROCESSING_METHODS).value),
        annualVolume: maybe(0.5, () => pick(ANNUAL_VOLUMES).value),
        compliance: maybe(0.4, () => [pick(COMPLIANCE).value]),
        performanceTarget: maybe(0.3, () => "HDT above 120 °C"),
      },
      contact: { ...contact, country: pick(["DE", "US", "FR", "IT", "PL", "CN"]), hasPhone: random() < 0.5 },
      offerKind: pick(["tds", "sample", "guide", "quote"]),
      engagement: { events, submissions: events.length },
    } satisfies LeadFacts;
  });
}

/** Part 1: scores the pool round-robin for `seconds` after a warm-up, RUNS times, and returns the median leads/s. */
function benchScoreLead(seconds: number): { leadsPerSecond: number; rulesPerSecond: number; runs: number[]; checksum: number } {
  const now = new Date();
  const pool = createFactsPool(now);
  const model = DEFAULT_SCORING_MODEL;
  // Summed and printed, so the engine's work cannot be optimized away.
  let checksum = 0;
  const scoreFor = (milliseconds: number): number => {
    let scored = 0;
    const started = performance.now();
    while (performance.now() - started < milliseconds) {
      // The clock is read once per 1,000 leads, so its cost is small next to the scoring.
      for (let index = 0; index < 1_000; index += 1) checksum += scoreLead({ model, modelVersion: 1, facts: pool[(scored + index) % POOL_SIZE]!, now }).total;
      scored += 1_000;
    }
    return scored / ((performance.now() - started) / 1000);
  };

  scoreFor(WARMUP_MS);
  const runs = Array.from({ length: RUNS }, () => round(scoreFor(seconds * 1000)));
  const leadsPerSecond = median(runs);

  return { leadsPerSecond, rulesPerSecond: round(leadsPerSecond * model.rules.length), runs, checksum };
}

/** Creates the benchmark database and registers its drop. Returns its URL and the server version. */
async function createBenchDatabase(adminUrl: string): Promise<{ name: string; url: string; serverVersion: string }> {
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {}, connect_timeout: 10 });
  let serverVersion: string;
  try {
    const [row] = await admin<{ server_version: string }[]>`show server_version`;
    serverVersion = row!.server_version;
  } catch (error) {
    await admin.end({ timeout: 5 });
    throw new Error(`Could not connect to PostgreSQL with BENCH_DATABASE_URL: ${error instanceof Error ? error.message : String(error)}. Start PostgreSQL or set BENCH_DATABASE_URL.`);
  }

  // The name is generated here, never read from input, so it needs no quoting.
  const name = `pellet_bench_scoring_${randomBytes(5).toString("hex")}`;
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

  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { name, url: url.toString(), serverVersion };
}

async function runStep(label: string, step: () => Promise<unknown>): Promise<void> {
  const started = performance.now();
  await step();
  console.log(`  ${label}: ${round((performance.now() - started) / 1000)} s`);
}

const values = (options: readonly { value: string }[]) => options.map((option) => option.value);

/**
 * Generates the leads in set-based SQL. Each lead has its own contact (10 %
 * free-mail, 3 % academic, half with a phone). Its first submission is on
 * one of the demo forms within the last 180 days, and 40 % of leads have a
 * second one up to 30 days later. Answers are valid catalog values, each
 * left out as often as part 1 leaves it out.
 */
async function generateLeads(sql: postgres.Sql, leads: number): Promise<void> {
  const pickFrom = (list: string[]) => sql`(${sql.array(list)}::text[])[1 + floor(random() * ${list.length})::int]`;
  const answers = sql`jsonb_strip_nulls(jsonb_build_object(
    'application', case when random() < 0.9 then ${pickFrom(values(APPLICATIONS))} end,
    'polymer', case when random() < 0.9 then ${pickFrom(values(POLYMERS))} end,
    'timeline', case when random() < 0.7 then ${pickFrom(values(TIMELINES))} end,
    'processingMethod', case when random() < 0.6 then ${pickFrom(values(PROCESSING_METHODS))} end,
    'annualVolume', case when random() < 0.5 then ${pickFrom(values(ANNUAL_VOLUMES))} end,
    'compliance', case when random() < 0.4 then jsonb_build_array(${pickFrom(values(COMPLIANCE))}) end,
    'performanceTarget', case when random() < 0.3 then 'HDT above 120 °C' end))`;

  // SET takes no bind parameters. Both values are constants of this file.
  await sql.unsafe(`set statement_timeout = '${GENERATION_STATEMENT_TIMEOUT}'`);
  await sql.unsafe("set synchronous_commit = off");

  await runStep(`plan of ${leads} leads`, () =>
    sql`
      create unlogged table bench_plan as
      with form_ids as (select array_agg(id order by slug) as ids from forms)
      select n, md5('lead-' || n)::uuid as lead_id, md5('contact-' || n)::uuid as contact_id,
        now() - random() * interval '180 days' as created_at,
        form_ids.ids[1 + floor(random() * array_length(form_ids.ids, 1))::int] as form_id,
        case when random() < 0.4 then form_ids.ids[1 + floor(random() * array_length(form_ids.ids, 1))::int] end as second_form_id,
        random() * interval '30 days' as second_after, random() as r_mail
      from generate_series(1, ${leads}::int) n, form_ids`,
  );
  await runStep("contacts", () =>
    sql`
      insert into contacts (id, email, email_normalized, email_domain, name, company_name, country, phone, created_at, updated_at)
      select contact_id, email, email, split_part(email, '@', 2), 'Bench Buyer ' || n, 'Bench Compounds ' || n % 20000,
        (array['DE', 'US', 'FR', 'IT', 'PL', 'CN'])[1 + n % 6], case when n % 2 = 0 then '+4930' || lpad(n::text, 8, '0') end, created_at, created_at
      from (select *, 'buyer' || n || '@' || case when r_mail < 0.1 then 'gmail.com' when r_mail < 0.13 then 'uni' || n % 50 || '.edu'
        else 'c' || n % 20000 || '.bench.example' end as email from bench_plan) planned`,
  );
  await runStep("leads", () =>
    sql`
      insert into leads (id, contact_id, form_id, stage, score, score_breakdown, scoring_model_version, scored_at, created_at, updated_at)
      select lead_id, contact_id, form_id, (array['new', 'mql', 'sql', 'disqualified', 'nurture'])[1 + n % 5], floor(random() * 100)::int, '{}'::jsonb, 1,
        created_at, created_at, created_at
      from bench_plan`,
  );
  await runStep("submissions", () =>
    sql`
      insert into submissions (form_id, contact_id, lead_id, idempotency_key, answers, attribution, channel, consent_version, created_at)
      select form_id, contact_id, lead_id, 'bench-' || n || '-1', ${answers}, '{}'::jsonb, 'hosted', '1', created_at from bench_plan
      union all
      select second_form_id, contact_id, lead_id, 'bench-' || n || '-2', ${answers}, '{}'::jsonb, 'hosted', '1', created_at + second_after
      from bench_plan where second_form_id is not null`,
  );
  await runStep("drop the plan, vacuum analyze", async () => {
    await sql`drop table bench_plan`;
    await sql.unsafe("vacuum analyze");
  });
}

/** Builds a draft of the active model with a threshold 5 points higher and one rule worth 10 more, so some leads become MQLs and others stop. */
function createDraft(active: ScoringModelDocument): ScoringModelDocument {
  return {
    ...active,
    name: "Bench draft",
    mqlThreshold: active.mqlThreshold + 5,
    rules: active.rules.map((rule) => (rule.id === "fit.application.core" ? { ...rule, points: rule.points + 10 } : rule)),
  };
}

function megabytes(bytes: number): number {
  return round(bytes / 1024 / 1024);
}

/** Part 2: generates the leads and times one previewDraft over all of them, sampling the process RSS every 100 ms. */
async function benchPreview(input: { adminUrl: string; leads: number }) {
  const database = await createBenchDatabase(input.adminUrl);
  console.log(`\nCreated database ${database.name} (PostgreSQL ${database.serverVersion}).`);
  const handle = await openPostgres(database.url, { max: 4 });
  onCleanup("close the app pool", handle.close);
  const generator = postgres(database.url, { max: 1, onnotice: () => {} });
  onCleanup("close the generation connection", () => generator.end({ timeout: 5 }));

  await bootstrapDatabase(handle.db);
  await seedDemoForms(handle.db);
  console.log(`Generating ${input.leads} leads:`);
  const generationStarted = performance.now();
  await generateLeads(generator, input.leads);
  const generationSeconds = round((performance.now() - generationStarted) / 1000);
  const [counts] = await generator<{ leads: string; submissions: string }[]>`select (select count(*) from leads) as leads, (select count(*) from submissions) as submissions`;

  const active = { version: 1, document: DEFAULT_SCORING_MODEL };
  const draft = { version: 2, document: createDraft(DEFAULT_SCORING_MODEL) };
  let peakRss = process.memoryUsage.rss();
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 100);
  const started = performance.now();
  const preview = await previewDraft({ db: handle.db, active, draft });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);

  // The same pages again without scoring, to split the time between loading and scoring.
  const loadStarted = performance.now();
  for (let afterId: string | null = null; ; ) {
    const page = await loadLeadFactsPage({ db: handle.db, afterId, limit: PREVIEW_PAGE_SIZE });
    if (page.length < PREVIEW_PAGE_SIZE) break;
    afterId = page.at(-1)!.leadId;
  }
  const loadSeconds = (performance.now() - loadStarted) / 1000;

  return {
    serverVersion: database.serverVersion,
    generationSeconds,
    rows: { leads: Number(counts!.leads), submissions: Number(counts!.submissions) },
    previewSeconds: round(seconds),
    loadOnlySeconds: round(loadSeconds),
    leadsPerSecond: round(preview.leadsScored / seconds),
    peakRssDuringPreviewMiB: megabytes(peakRss),
    preview: { ...preview, becomeMql: preview.becomeMql.count, stopBeingMql: preview.stopBeingMql.count },
  };
}

async function main(): Promise<void> {
  if (process.argv.includes("--help") || process.argv.includes("-h")) {
    console.log(HELP);
    return;
  }
  const settings = {
    adminUrl: process.env.BENCH_DATABASE_URL || DEFAULT_ADMIN_URL,
    leads: readInteger("BENCH_SCORING_LEADS", 1_000_000, 1_000, 5_000_000),
    seconds: readInteger("BENCH_SCORING_SECONDS", 3, 1, 60),
    timeLimitMinutes: readInteger("BENCH_SCORING_TIME_LIMIT_MINUTES", 30, 1, 240),
  };
  cleanupOnSignals(() => {});
  const deadline = setTimeout(() => {
    console.error(`bench:scoring stopped: the time limit of ${settings.timeLimitMinutes} min (BENCH_SCORING_TIME_LIMIT_MINUTES) was reached.`);
    void runCleanup().finally(() => process.exit(1));
  }, settings.timeLimitMinutes * 60_000);
  deadline.unref();

  const date = new Date().toISOString();
  const loadAverageAtStart = os.loadavg().map((value) => round(value, 2));
  console.log(`scoreLead, default model (${DEFAULT_SCORING_MODEL.rules.length} rules), ${POOL_SIZE} synthetic leads, ${RUNS} runs of ${settings.seconds} s:`);
  const inProcess = benchScoreLead(settings.seconds);
  console.log(`  runs (leads/s): ${inProcess.runs.join(", ")}; checksum ${inProcess.checksum}`);
  console.log(`  median ${Math.round(inProcess.leadsPerSecond)} leads/s, ${Math.round(inProcess.rulesPerSecond)} rules evaluated/s`);

  const preview = process.argv.includes("--in-process-only") ? null : await benchPreview(settings);
  if (preview) {
    console.log(`previewDraft over ${preview.preview.leadsScored} leads: ${preview.previewSeconds} s, ${preview.leadsPerSecond} leads/s, peak RSS ${preview.peakRssDuringPreviewMiB} MiB`);
    console.log(`loading the same pages without scoring: ${preview.loadOnlySeconds} s`);
  }

  const machine = { cpu: os.cpus()[0]?.model ?? "unknown", cores: os.cpus().length, totalMemoryGiB: round(os.totalmem() / 1024 ** 3), os: `${os.type()} ${os.release()}` };
  const loadAverageAtEnd = os.loadavg().map((value) => round(value, 2));
  console.log("\nJSON:");
  console.log(JSON.stringify({ date, machine, node: process.version, loadAverage: { atStart: loadAverageAtStart, atEnd: loadAverageAtEnd }, inProcess, preview, maxRssMiB: megabytes(process.resourceUsage().maxRSS * 1024) }));
}

main()
  .catch((error: unknown) => {
    console.error(`bench:scoring failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  })
  .finally(() => runCleanup());
