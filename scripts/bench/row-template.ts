import postgres from "postgres";

import { BENCH_DOMAIN_SUFFIX } from "./contacts";

type Row = Record<string, unknown>;

/**
 * Every column of the rows the app stored for one submission, to replay
 * them column for column, so the comparison follows schema changes. Ids,
 * keys and timestamps are replaced on each replay.
 */
export type RowTemplate = {
  company: Row;
  contact: Row;
  lead: Row;
  // The lead's stage events in the order written: from null first, then each from the previous one's target.
  stageEvents: Row[];
  submission: Row;
  leadScore: Row;
  // Columns per table whose type is jsonb or json, which postgres.js must send as JSON.
  jsonColumns: Record<string, Set<string>>;
  // Columns per table whose type is timestamp or timestamptz, set to the transaction's time on replay.
  timeColumns: Record<string, Set<string>>;
  // Identity and generated columns per table, which PostgreSQL fills and the replay leaves out.
  generatedColumns: Record<string, Set<string>>;
};

/** Counts of the app's leads per stage and per number of stage events, to check that they all look alike. */
export type AppRowShapes = { leadsByStage: Record<string, number>; leadsByStageEventCount: Record<string, number> };

const TABLES = ["companies", "contacts", "leads", "stage_events", "submissions", "lead_scores"] as const;

function orderStageEvents(events: Row[]): Row[] {
  const ordered: Row[] = [];
  let from: unknown = null;
  const remaining = [...events];
  while (remaining.length > 0) {
    const index = remaining.findIndex((event) => event.from_stage === from);
    if (index === -1) throw new Error(`The stage events of the template lead do not form a chain: ${JSON.stringify(events)}`);
    const [event] = remaining.splice(index, 1);
    ordered.push(event!);
    from = event!.to_stage;
  }

  return ordered;
}

/** Find the newest submission from a benchmark contact, leaving out the seeded demo history. */
async function latestBenchSubmission(sql: postgres.Sql): Promise<Row | undefined> {
  const [submission] = await sql`
    select s.* from submissions s join contacts c on c.id = s.contact_id
    where c.email_domain like ${`%${BENCH_DOMAIN_SUFFIX}`}
    order by s.created_at desc limit 1`;

  return submission ? { ...submission } : undefined;
}

type ColumnInfo = { table_name: string; column_name: string; data_type: string; is_identity: string; is_generated: string };

/** Group the columns for which `matches` is true by table. */
function columnsWhere(columns: ColumnInfo[], matches: (column: ColumnInfo) => boolean): Record<string, Set<string>> {
  const byTable: Record<string, Set<string>> = Object.fromEntries(TABLES.map((table) => [table, new Set<string>()]));
  for (const column of columns.filter(matches)) byTable[column.table_name]!.add(column.column_name);

  return byTable;
}

/**
 * Read the rows the app stored for its most recent submission. Throws when
 * the app stored none, or when that submission's contact has no company
 * (a free-mail address), because the replay always upserts a company.
 */
export async function readRowTemplate(sql: postgres.Sql): Promise<{ template: RowTemplate; shapes: AppRowShapes }> {
  const submission = await latestBenchSubmission(sql);
  if (!submission) throw new Error("The app stored no submission, so there are no rows to replay in the direct-write phase.");

  const [lead] = await sql`select * from leads where id = ${submission.lead_id as string}`;
  const [contact] = await sql`select * from contacts where id = ${submission.contact_id as string}`;
  if (!contact?.company_id) throw new Error("The template contact has no company, but the direct writes need one to upsert.");
  const [company] = await sql`select * from companies where id = ${contact.company_id as string}`;
  const events = await sql`select * from stage_events where lead_id = ${submission.lead_id as string}`;
  const [leadScore] = await sql`select * from lead_scores where lead_id = ${submission.lead_id as string} limit 1`;

  const columns = await sql<ColumnInfo[]>`
    select table_name, column_name, data_type, is_identity, is_generated from information_schema.columns
    where table_schema = 'public' and table_name in ${sql(TABLES)}`;

  const pattern = `%${BENCH_DOMAIN_SUFFIX}`;
  const byStage = await sql<{ stage: string; count: string }[]>`
    select l.stage, count(*) from leads l join contacts c on c.id = l.contact_id
    where c.email_domain like ${pattern} group by l.stage order by l.stage`;
  const byEventCount = await sql<{ events: string; count: string }[]>`
    select events, count(*) from (
      select count(*) as events from stage_events e join leads l on l.id = e.lead_id join contacts c on c.id = l.contact_id
      where c.email_domain like ${pattern} group by e.lead_id
    ) per_lead
    group by events order by events`;

  return {
    template: {
      company: { ...company! },
      contact: { ...contact },
      lead: { ...lead! },
      stageEvents: orderStageEvents(events.map((event) => ({ ...event }))),
      submission: { ...submission },
      leadScore: { ...leadScore! },
      jsonColumns: columnsWhere(columns, (column) => column.data_type === "json" || column.data_type === "jsonb"),
      timeColumns: columnsWhere(columns, (column) => column.data_type.startsWith("timestamp")),
      generatedColumns: columnsWhere(columns, (column) => column.is_identity === "YES" || column.is_generated === "ALWAYS"),
    },
    shapes: {
      leadsByStage: Object.fromEntries(byStage.map((row) => [row.stage, Number(row.count)])),
      leadsByStageEventCount: Object.fromEntries(byEventCount.map((row) => [row.events, Number(row.count)])),
    },
  };
}

/**
 * Compare the latest replayed submission's rows with the template: every
 * table should have the same columns set (non-null) as the app's rows.
 * Returns one message per difference.
 */
export async function compareWithTemplate(sql: postgres.Sql, template: RowTemplate): Promise<string[]> {
  const submission = await latestBenchSubmission(sql);
  if (!submission) return ["the direct writes stored no submission"];

  const [lead] = await sql`select * from leads where id = ${submission.lead_id as string}`;
  const [contact] = await sql`select * from contacts where id = ${submission.contact_id as string}`;
  const [company] = await sql`select * from companies where id = ${contact!.company_id as string}`;
  const events = await sql`select * from stage_events where lead_id = ${submission.lead_id as string}`;
  const [leadScore] = await sql`select * from lead_scores where lead_id = ${submission.lead_id as string} limit 1`;

  const pairs: [string, Row, Row | undefined][] = [
    ["companies", template.company, company],
    ["contacts", template.contact, contact],
    ["leads", template.lead, lead],
    ["submissions", template.submission, submission],
    ["lead_scores", template.leadScore, leadScore],
  ];
  const differences: string[] = [];
  for (const [table, expected, actual] of pairs) {
    if (!actual) {
      differences.push(`${table}: no replayed row`);
      continue;
    }
    const setColumns = (row: Row) => Object.keys(row).filter((column) => row[column] !== null).sort().join(",");
    if (setColumns(expected) !== setColumns(actual)) {
      differences.push(`${table}: the app set columns ${setColumns(expected)}, the replay set ${setColumns(actual)}`);
    }
  }
  if (events.length !== template.stageEvents.length) {
    differences.push(`stage_events: the app wrote ${template.stageEvents.length} per lead, the replay ${events.length}`);
  }

  return differences;
}
