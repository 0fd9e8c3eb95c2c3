import { sql, type SQL } from "drizzle-orm";

import type { Executor } from "@/lib/db";

import type { Period } from "./period";
import { computeRate, computeStepRates } from "./rates";
import { periodEnd, periodStart, selectRows } from "./sql";

export const COHORT_STAGES = ["new", "mql", "sql", "opportunity", "won"] as const;
export type CohortStage = (typeof COHORT_STAGES)[number];

export type CohortStep = {
  stage: CohortStage;
  // Leads of the cohort with an event to this stage. For `new`, the cohort size.
  leads: number;
  // Share of the previous step's leads. Null for `new` and after a step of 0.
  stepRate: number | null;
};

export type CohortConversion = {
  steps: CohortStep[];
  // Won leads over created leads, or null for an empty cohort.
  overallRate: number | null;
};

/**
 * Builds the cohort conversion query. The cohort is the leads created in
 * the period (their event from no stage to `new`). A lead reached a stage
 * when it has an event to that stage at or after its creation, at any time
 * up to now, so the figures of a recent period still grow.
 */
export function buildCohortConversionQuery(period: Period): SQL {
  // One pass over the events from the period's start on, grouped by lead, because events before the start cannot
  // follow a creation in the period. "Reached" compares the stage's latest event with the creation, so no join.
  return sql`
    with journeys as (
      select lead_id,
        min(occurred_at) filter (where from_stage is null and to_stage = 'new' and occurred_at < ${periodEnd(period)}) as created_at,
        max(occurred_at) filter (where to_stage = 'mql') as mql_at,
        max(occurred_at) filter (where to_stage = 'sql') as sql_at,
        max(occurred_at) filter (where to_stage = 'opportunity') as opportunity_at,
        max(occurred_at) filter (where to_stage = 'won') as won_at
      from stage_events
      where to_stage in ('new', 'mql', 'sql', 'opportunity', 'won') and occurred_at >= ${periodStart(period)}
      group by lead_id
    )
    select
      count(*)::int as new,
      count(*) filter (where mql_at >= created_at)::int as mql,
      count(*) filter (where sql_at >= created_at)::int as sql,
      count(*) filter (where opportunity_at >= created_at)::int as opportunity,
      count(*) filter (where won_at >= created_at)::int as won
    from journeys
    where created_at is not null`;
}

export async function measureCohortConversion({ db, period }: { db: Executor; period: Period }): Promise<CohortConversion> {
  const [row] = await selectRows<Record<CohortStage, number>>(db, buildCohortConversionQuery(period));
  const counts = COHORT_STAGES.map((stage) => row?.[stage] ?? 0);
  const stepRates = computeStepRates(counts);

  return {
    steps: COHORT_STAGES.map((stage, index) => ({ stage, leads: counts[index]!, stepRate: stepRates[index]! })),
    overallRate: computeRate(counts.at(-1)!, counts[0]!),
  };
}
