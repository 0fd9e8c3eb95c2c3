import { sql } from "drizzle-orm";

import type { Executor } from "@/lib/db";
import { REJECTION_CODE_PREFIX } from "@/lib/qualification/reasons";

export type RuleStats = {
  ruleId: string;
  label: string;
  // Live leads whose current score includes the rule.
  fired: number;
  mqls: number;
  sqls: number;
  rejections: number;
  wins: number;
  // Shares of the MQLs among them; null when none became an MQL.
  sqlRate: number | null;
  rejectionRate: number | null;
  winRate: number | null;
};

type Row = { rule_id: string; label: string; fired: number; mqls: number; sqls: number; rejections: number; wins: number };

/**
 * For each rule in the leads' current score breakdowns, what became of the
 * leads it fired on, from the stage-event log: how many became MQLs, and
 * of those how many became SQLs, were rejected back to marketing, or were
 * won. Weak rules show a low SQL rate or a high rejection rate.
 */
export async function loadRuleStats(db: Executor): Promise<RuleStats[]> {
  const result = await db.execute(sql`
    with fired as (
      select l.id as lead_id, rule ->> 'ruleId' as rule_id, rule ->> 'label' as label
      from leads l cross join lateral jsonb_array_elements(l.score_breakdown -> 'fired') as rule
    ),
    outcomes as (
      select lead_id,
        bool_or(to_stage = 'mql') as reached_mql,
        bool_or(to_stage = 'sql') as reached_sql,
        bool_or(to_stage = 'won') as won,
        bool_or(reason_code like ${`${REJECTION_CODE_PREFIX}%`}) as rejected
      from stage_events
      group by lead_id
    )
    select rule_id, min(label) as label,
      count(*)::int as fired,
      (count(*) filter (where reached_mql))::int as mqls,
      (count(*) filter (where reached_mql and reached_sql))::int as sqls,
      (count(*) filter (where reached_mql and rejected))::int as rejections,
      (count(*) filter (where reached_mql and won))::int as wins
    from fired join outcomes using (lead_id)
    group by rule_id
    order by fired desc, rule_id
  `);
  const rows = (Array.isArray(result) ? result : (result as unknown as { rows: Row[] }).rows) as Row[];
  const rate = (count: number, of: number) => (of === 0 ? null : count / of);

  return rows.map((row) => ({
    ruleId: row.rule_id,
    label: row.label,
    fired: Number(row.fired),
    mqls: Number(row.mqls),
    sqls: Number(row.sqls),
    rejections: Number(row.rejections),
    wins: Number(row.wins),
    sqlRate: rate(Number(row.sqls), Number(row.mqls)),
    rejectionRate: rate(Number(row.rejections), Number(row.mqls)),
    winRate: rate(Number(row.wins), Number(row.mqls)),
  }));
}
