import { sql, type SQL } from "drizzle-orm";

import type { Executor } from "@/lib/db";

import type { Period } from "./period";
import { computeRate } from "./rates";
import { selectMqlCohort, selectRows } from "./sql";

/**
 * Both metrics take the leads that entered `mql` in the period, and the
 * first touch from `leads.first_touch_at`: the time of the first activity
 * that counts as a touch (`isTouch`), the same value the SLA is judged on.
 */

export type SpeedToLead = {
  mqls: number;
  touched: number;
  // MQLs without a first touch so far.
  untouched: number;
  // Minutes from the first MQL event in the period to the first touch, over touched MQLs; null when none is touched.
  medianMinutes: number | null;
  p90Minutes: number | null;
};

export type SlaCompliance = {
  // First touch at or before sla_due_at.
  met: number;
  // First touch after sla_due_at, or no touch and sla_due_at before `now`.
  missed: number;
  // No touch yet and sla_due_at at or after `now`: not judged yet, so left out of the share.
  pending: number;
  // MQLs without sla_due_at, left out of the share.
  withoutDueTime: number;
  // met / (met + missed); null when no MQL has been judged.
  share: number | null;
};

export function buildSpeedToLeadQuery(period: Period): SQL {
  // A touch logged before the MQL event (while the lead was new) counts as 0 minutes. The case keeps untouched
  // leads null, which percentile_cont skips, because greatest() ignores nulls and would return 0.
  return sql`
    with mql as (${selectMqlCohort(period)}),
    timed as (
      select l.first_touch_at,
        case when l.first_touch_at is not null
          then greatest(0, extract(epoch from l.first_touch_at - mql.mql_at) / 60)::float8
        end as minutes
      from mql
      join leads l on l.id = mql.lead_id
    )
    select
      count(*)::int as mqls,
      count(first_touch_at)::int as touched,
      percentile_cont(0.5) within group (order by minutes) as median_minutes,
      percentile_cont(0.9) within group (order by minutes) as p90_minutes
    from timed`;
}

export async function measureSpeedToLead({ db, period }: { db: Executor; period: Period }): Promise<SpeedToLead> {
  const [row] = await selectRows<{ mqls: number; touched: number; median_minutes: number | null; p90_minutes: number | null }>(
    db,
    buildSpeedToLeadQuery(period),
  );
  const mqls = row?.mqls ?? 0;
  const touched = row?.touched ?? 0;

  return {
    mqls,
    touched,
    untouched: mqls - touched,
    medianMinutes: row?.median_minutes ?? null,
    p90Minutes: row?.p90_minutes ?? null,
  };
}

/** `now` decides which untouched MQLs are already late; it is a parameter so tests and reports can fix it. */
export function buildSlaComplianceQuery({ period, now }: { period: Period; now: Date }): SQL {
  const asOf = sql`${now.toISOString()}::timestamptz`;

  return sql`
    with mql as (${selectMqlCohort(period)})
    select
      count(*) filter (where l.sla_due_at is not null and l.first_touch_at <= l.sla_due_at)::int as met,
      count(*) filter (
        where l.sla_due_at is not null
          and (l.first_touch_at > l.sla_due_at or (l.first_touch_at is null and l.sla_due_at < ${asOf}))
      )::int as missed,
      count(*) filter (where l.sla_due_at is not null and l.first_touch_at is null and l.sla_due_at >= ${asOf})::int as pending,
      count(*) filter (where l.sla_due_at is null)::int as without_due_time
    from mql
    join leads l on l.id = mql.lead_id`;
}

export async function measureSlaCompliance({ db, period, now }: { db: Executor; period: Period; now: Date }): Promise<SlaCompliance> {
  const [row] = await selectRows<{ met: number; missed: number; pending: number; without_due_time: number }>(
    db,
    buildSlaComplianceQuery({ period, now }),
  );
  const met = row?.met ?? 0;
  const missed = row?.missed ?? 0;

  return {
    met,
    missed,
    pending: row?.pending ?? 0,
    withoutDueTime: row?.without_due_time ?? 0,
    share: computeRate(met, met + missed),
  };
}
