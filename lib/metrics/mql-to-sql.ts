import { sql, type SQL } from "drizzle-orm";

import type { Executor } from "@/lib/db";
import type { OfferKind } from "@/lib/forms/catalog";

import type { Period } from "./period";
import { computeRate } from "./rates";
import { periodEnd, periodStart, selectRows } from "./sql";

type Conversion = {
  // Leads that entered `mql` in the period.
  mqls: number;
  // Of those, the leads with an event to `sql` at or after their first MQL event in the period, at any time up to now.
  sqls: number;
  rate: number | null;
};

export type FormConversion = Conversion & { formId: string; formName: string; offerKind: OfferKind };
export type SourceConversion = Conversion & { source: string };

/**
 * Rows of the period's MQL cohort: `lead_id`, and `reached_sql`, whether the
 * lead has an event to `sql` at or after its first MQL event in the period.
 */
function selectConvertedMqls(period: Period): SQL {
  // One pass over the mql and sql events from the period's start on, grouped by lead. Only those sql events can
  // follow an MQL event of the period. Grouping once, rather than joining two grouped subqueries, keeps the row
  // estimate close, so PostgreSQL hashes this small side and not the leads table.
  const mqlInPeriod = sql`to_stage = 'mql' and occurred_at < ${periodEnd(period)}`;

  return sql`
    select lead_id,
      coalesce(max(occurred_at) filter (where to_stage = 'sql') >= min(occurred_at) filter (where ${mqlInPeriod}), false) as reached_sql
    from stage_events
    where to_stage in ('mql', 'sql') and occurred_at >= ${periodStart(period)}
    group by lead_id
    having bool_or(${mqlInPeriod})`;
}

export function buildMqlToSqlByFormQuery(period: Period): SQL {
  return sql`
    select f.id as form_id, f.name as form_name, f.offer_kind, count(*)::int as mqls, count(*) filter (where converted.reached_sql)::int as sqls
    from (${selectConvertedMqls(period)}) converted
    join leads l on l.id = converted.lead_id
    join forms f on f.id = l.form_id
    group by f.id, f.name, f.offer_kind
    order by mqls desc, f.name, f.id`;
}

export function buildMqlToSqlBySourceQuery(period: Period): SQL {
  return sql`
    select l.source, count(*)::int as mqls, count(*) filter (where converted.reached_sql)::int as sqls
    from (${selectConvertedMqls(period)}) converted
    join leads l on l.id = converted.lead_id
    group by l.source
    order by mqls desc, l.source`;
}

/** Measures the MQL to SQL conversion of the period's MQLs by the form that created the lead, largest first. */
export async function measureMqlToSqlByForm({ db, period }: { db: Executor; period: Period }): Promise<FormConversion[]> {
  const rows = await selectRows<{ form_id: string; form_name: string; offer_kind: OfferKind; mqls: number; sqls: number }>(
    db,
    buildMqlToSqlByFormQuery(period),
  );

  return rows.map((row) => ({
    formId: row.form_id,
    formName: row.form_name,
    offerKind: row.offer_kind,
    mqls: row.mqls,
    sqls: row.sqls,
    rate: computeRate(row.sqls, row.mqls),
  }));
}

/** Measures the MQL to SQL conversion of the period's MQLs by the lead's first-touch source, largest first. */
export async function measureMqlToSqlBySource({ db, period }: { db: Executor; period: Period }): Promise<SourceConversion[]> {
  const rows = await selectRows<{ source: string; mqls: number; sqls: number }>(db, buildMqlToSqlBySourceQuery(period));

  return rows.map((row) => ({ source: row.source, mqls: row.mqls, sqls: row.sqls, rate: computeRate(row.sqls, row.mqls) }));
}
