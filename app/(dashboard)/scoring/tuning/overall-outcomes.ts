import { sql } from "drizzle-orm";

import type { Executor } from "@/lib/db";
import { computeRate } from "@/lib/metrics/rates";
import { selectRows } from "@/lib/metrics/sql";
import { REJECTION_CODE_PREFIX } from "@/lib/qualification/reasons";

export type OverallOutcomes = { mqls: number; sqlRate: number | null; rejectionRate: number | null; winRate: number | null };

/**
 * Measures what became of every live lead that reached MQL, with the
 * definitions of loadRuleStats (lib/scoring/rule-stats.ts), so a rule's
 * rates compare with these. Of the leads with a stage event to `mql`, it
 * returns the shares with an event to `sql`, a rejection back to
 * marketing, and an event to `won`.
 */
export async function loadOverallOutcomes(db: Executor): Promise<OverallOutcomes> {
  const [row] = await selectRows<{ mqls: number; sqls: number; rejections: number; wins: number }>(
    db,
    sql`
      with outcomes as (
        select lead_id,
          bool_or(to_stage = 'mql') as reached_mql,
          bool_or(to_stage = 'sql') as reached_sql,
          bool_or(to_stage = 'won') as won,
          bool_or(reason_code like ${`${REJECTION_CODE_PREFIX}%`}) as rejected
        from stage_events
        group by lead_id
      )
      select
        (count(*) filter (where reached_mql))::int as mqls,
        (count(*) filter (where reached_mql and reached_sql))::int as sqls,
        (count(*) filter (where reached_mql and rejected))::int as rejections,
        (count(*) filter (where reached_mql and won))::int as wins
      from outcomes join leads l on l.id = outcomes.lead_id
    `,
  );
  const mqls = Number(row?.mqls ?? 0);

  return {
    mqls,
    sqlRate: computeRate(Number(row?.sqls ?? 0), mqls),
    rejectionRate: computeRate(Number(row?.rejections ?? 0), mqls),
    winRate: computeRate(Number(row?.wins ?? 0), mqls),
  };
}
