import { sql, type SQL } from "drizzle-orm";

import type { Executor } from "@/lib/db";

import type { Period } from "./period";
import { inPeriod, selectRows } from "./sql";

export type DisqualificationCount = {
  source: string;
  // Null when the event has no reason code, as for some system disqualifications.
  reasonCode: string | null;
  disqualified: number;
};

/** Stage events to `disqualified` in the period, by the lead's first-touch source and the event's reason code. */
export function buildDisqualificationReasonsQuery(period: Period): SQL {
  return sql`
    select l.source, events.reason_code, count(*)::int as disqualified
    from stage_events events
    join leads l on l.id = events.lead_id
    where events.to_stage = 'disqualified' and ${inPeriod(sql`events.occurred_at`, period)}
    group by l.source, events.reason_code
    order by l.source, events.reason_code nulls last`;
}

export async function countDisqualificationReasons({ db, period }: { db: Executor; period: Period }): Promise<DisqualificationCount[]> {
  const rows = await selectRows<{ source: string; reason_code: string | null; disqualified: number }>(
    db,
    buildDisqualificationReasonsQuery(period),
  );

  return rows.map((row) => ({ source: row.source, reasonCode: row.reason_code, disqualified: row.disqualified }));
}
