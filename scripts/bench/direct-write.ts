import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";

import postgres from "postgres";

import type { BenchContact } from "./contacts";
import type { RowTemplate } from "./row-template";
import { mean, median, PerSecondCounter, percentile, round } from "./stats";

type Row = Record<string, unknown>;

/**
 * Copy the template row for `table` with `overrides` applied: no id or
 * identity column, jsonb values marked as JSON, and every timestamp that
 * the app set replaced by `now`.
 */
function replayRow(sql: postgres.TransactionSql, template: RowTemplate, table: string, row: Row, overrides: Row, now: Date): Row {
  const values: Row = {};
  for (const [column, value] of Object.entries({ ...row, ...overrides })) {
    if (column === "id" || template.generatedColumns[table]?.has(column)) continue;
    if (value !== null && template.timeColumns[table]?.has(column) && !(column in overrides)) values[column] = now;
    else if (value !== null && template.jsonColumns[table]?.has(column)) values[column] = sql.json(value as postgres.JSONValue);
    else values[column] = value;
  }

  return values;
}

/**
 * Write one submission's rows in one transaction, in the order of
 * storeSubmission in lib/capture/store.ts for a new contact. The order is
 * company upsert, contact upsert, lead insert, first stage event, submission
 * insert and lead score insert. Each further stage change adds a lead
 * update and a stage event. Each row copies every column of the app's row,
 * with new ids.
 * It leaves out the pipeline's reads: the idempotency check, the active
 * scoring model and the open-lead lookup.
 * NOTE: in the app, a lead that becomes an MQL also gets the sales-settings
 * read, the assignee pick and one more lead update. Those are not replayed.
 */
async function writeSubmissionRows(sql: postgres.Sql, template: RowTemplate, contact: BenchContact): Promise<void> {
  const now = new Date();
  const [first, ...later] = template.stageEvents;

  await sql.begin(async (tx) => {
    const companyRow = replayRow(tx, template, "companies", template.company, { domain: contact.domain, name: contact.company }, now);
    const [company] = await tx`
      insert into companies ${tx(companyRow)}
      on conflict (domain) do update set updated_at = now()
      returning id`;

    const contactRow = replayRow(
      tx,
      template,
      "contacts",
      template.contact,
      {
        email: contact.email,
        email_normalized: contact.email.toLowerCase(),
        email_domain: contact.domain,
        name: contact.name,
        company_name: contact.company,
        company_id: company!.id,
        country: contact.country,
      },
      now,
    );
    const [stored] = await tx`
      insert into contacts ${tx(contactRow)}
      on conflict (email_normalized) do update set
        email = excluded.email, name = excluded.name, company_name = excluded.company_name, company_id = excluded.company_id,
        country = excluded.country, phone = coalesce(excluded.phone, contacts.phone), job_role = coalesce(excluded.job_role, contacts.job_role),
        updated_at = excluded.updated_at
      returning *`;

    const leadRow = replayRow(tx, template, "leads", template.lead, { contact_id: stored!.id, stage: first!.to_stage }, now);
    const [lead] = await tx`insert into leads ${tx(leadRow)} returning id`;
    await tx`insert into stage_events ${tx(replayRow(tx, template, "stage_events", first!, { lead_id: lead!.id }, now))}`;

    const submissionRow = replayRow(
      tx,
      template,
      "submissions",
      template.submission,
      { contact_id: stored!.id, lead_id: lead!.id, idempotency_key: `api:${randomUUID()}` },
      now,
    );
    const [submission] = await tx`
      insert into submissions ${tx(submissionRow)}
      on conflict (idempotency_key) do nothing
      returning id`;
    if (!submission) throw new Error("The submission's idempotency key was already stored.");

    await tx`insert into lead_scores ${tx(replayRow(tx, template, "lead_scores", template.leadScore, { lead_id: lead!.id }, now))}`;

    for (const event of later) {
      await tx`update leads set stage = ${event.to_stage as string}, updated_at = ${now} where id = ${lead!.id as string}`;
      await tx`insert into stage_events ${tx(replayRow(tx, template, "stage_events", event, { lead_id: lead!.id }, now))}`;
    }
  });
}

export type DirectWriteResult = {
  durationSeconds: number;
  transactionsPerSecond: number[];
  transactionsPerSecondMean: number;
  transactionsPerSecondMedian: number;
  committed: number;
  failed: number;
  firstError: string | null;
  // Milliseconds per transaction, from BEGIN to COMMIT as the client sees it.
  latencyMs: { mean: number; p50: number; p90: number; p99: number; max: number };
};

let stopRequested = false;

/** Make the running direct-write loop stop after its transactions in flight. */
export function stopDirectWrites(): void {
  stopRequested = true;
}

/**
 * Run `workers` loops, each writing one submission's rows per transaction
 * on a pool of the same size, for `durationSeconds`.
 */
export async function runDirectWrites(options: {
  databaseUrl: string;
  template: RowTemplate;
  workers: number;
  durationSeconds: number;
  // false: send every statement unnamed, so PostgreSQL parses and plans it on each call.
  prepare: boolean;
  nextContact: () => BenchContact;
  // Called once the pool is open, just before the clock starts, and after the last transaction, before the pool closes.
  onStart?: () => Promise<void>;
  onEnd?: () => Promise<void>;
}): Promise<DirectWriteResult> {
  const sql = postgres(options.databaseUrl, { max: options.workers, prepare: options.prepare, onnotice: () => {} });
  const latencies: number[] = [];
  let failed = 0;
  let firstError: string | null = null;

  try {
    // Open every pool connection before the clock starts, as the app's pool is open after warm-up.
    await Promise.all(Array.from({ length: options.workers }, () => sql.reserve().then((reserved) => reserved.release())));

    await options.onStart?.();
    const startMs = Date.now();
    const endMs = startMs + options.durationSeconds * 1000;
    const perSecond = new PerSecondCounter(startMs, options.durationSeconds);

    const worker = async () => {
      while (Date.now() < endMs && !stopRequested) {
        const started = performance.now();
        try {
          await writeSubmissionRows(sql, options.template, options.nextContact());
          latencies.push(performance.now() - started);
          perSecond.record(Date.now());
        } catch (error) {
          failed += 1;
          firstError ??= error instanceof Error ? error.message : String(error);
        }
      }
    };
    await Promise.all(Array.from({ length: options.workers }, worker));
    await options.onEnd?.();

    const samples = perSecond.samples();

    return {
      durationSeconds: options.durationSeconds,
      transactionsPerSecond: samples,
      transactionsPerSecondMean: mean(samples),
      transactionsPerSecondMedian: median(samples),
      committed: latencies.length,
      failed,
      firstError,
      latencyMs: {
        mean: round(mean(latencies), 2),
        p50: round(percentile(latencies, 50), 2),
        p90: round(percentile(latencies, 90), 2),
        p99: round(percentile(latencies, 99), 2),
        max: round(latencies.length > 0 ? latencies.reduce((max, value) => Math.max(max, value), 0) : Number.NaN, 2),
      },
    };
  } finally {
    await sql.end({ timeout: 5 });
  }
}
