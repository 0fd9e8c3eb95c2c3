import { sql, type SQL } from "drizzle-orm";

import type { Executor } from "@/lib/db";
import { STAGES, type Stage } from "@/lib/lifecycle/stages";

import type { Period } from "./period";
import { inPeriod, localDay, selectRows } from "./sql";

export type StageEntries = { stage: Stage; entries: number }[];

export type DailyLeads = { day: string; newLeads: number; newMqls: number }[];

/** Builds the stage-entries query: stage events per `to_stage` in the period. A lead that enters a stage twice (after nurture) counts twice. */
export function buildStageEntriesQuery(period: Period): SQL {
  // Listing the stages lets PostgreSQL scan the (to_stage, occurred_at) index once per stage.
  const stages = sql.join(
    STAGES.map((stage) => sql`${stage}`),
    sql`, `,
  );

  return sql`
    select to_stage as stage, count(*)::int as entries
    from stage_events
    where to_stage in (${stages}) and ${inPeriod(sql`occurred_at`, period)}
    group by to_stage`;
}

/** Counts the stage events of the period by the stage entered, with 0 for stages no lead entered, in funnel order. */
export async function countStageEntries({ db, period }: { db: Executor; period: Period }): Promise<StageEntries> {
  const rows = await selectRows<{ stage: Stage; entries: number }>(db, buildStageEntriesQuery(period));
  const byStage = new Map(rows.map((row) => [row.stage, row.entries]));

  return STAGES.map((stage) => ({ stage, entries: byStage.get(stage) ?? 0 }));
}

/**
 * Builds the daily series: one row per local day of the period, with leads created (the event from no
 * stage to `new`) and stage events to `mql`, bucketed by the day on which
 * they occurred in the period's time zone.
 */
export function buildDailyLeadsQuery(period: Period): SQL {
  const day = localDay(sql`occurred_at`, period);

  return sql`
    with days as (
      select generate_series(${period.from}::date::timestamp, (${period.to}::date - 1)::timestamp, interval '1 day')::date as day
    ),
    counts as (
      select ${day} as day,
        count(*) filter (where from_stage is null and to_stage = 'new')::int as new_leads,
        count(*) filter (where to_stage = 'mql')::int as new_mqls
      from stage_events
      where to_stage in ('new', 'mql') and ${inPeriod(sql`occurred_at`, period)}
      group by 1
    )
    select days.day::text as day, coalesce(counts.new_leads, 0) as new_leads, coalesce(counts.new_mqls, 0) as new_mqls
    from days
    left join counts on counts.day = days.day
    order by days.day`;
}

export async function listDailyLeads({ db, period }: { db: Executor; period: Period }): Promise<DailyLeads> {
  const rows = await selectRows<{ day: string; new_leads: number; new_mqls: number }>(db, buildDailyLeadsQuery(period));

  return rows.map((row) => ({ day: row.day, newLeads: row.new_leads, newMqls: row.new_mqls }));
}
