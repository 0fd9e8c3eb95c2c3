import { sql, type SQL } from "drizzle-orm";

import type { Executor } from "@/lib/db";
import type { Role } from "@/lib/auth/roles";

import type { Period } from "./period";
import { inPeriod, selectRows } from "./sql";

export type RepActivity = {
  userId: string;
  name: string;
  role: Extract<Role, "rep" | "manager">;
  active: boolean;
  // Leads the user owns now whose assigned_at falls in the period.
  mqlsOwned: number;
  // Of those, the leads with a first touch.
  touched: number;
  // Stage events to `sql` in the period with the user as actor.
  sqlsMade: number;
  // Stage events to `disqualified` in the period with the user as actor.
  disqualified: number;
};

/**
 * Builds the per-user query: one row per rep and manager, by name. Inactive
 * users appear only with a count above 0 in the period.
 */
export function buildRepActivityQuery(period: Period): SQL {
  // NOTE: ownership is the current owner, because leads has no assignment history. A lead reassigned later counts
  // for its new owner, with the new assigned_at.
  return sql`
    with owned as (
      select owner_id as user_id, count(*)::int as mqls_owned, count(first_touch_at)::int as touched
      from leads
      where owner_id is not null and ${inPeriod(sql`assigned_at`, period)}
      group by owner_id
    ),
    made as (
      select actor_id as user_id,
        count(*) filter (where to_stage = 'sql')::int as sqls_made,
        count(*) filter (where to_stage = 'disqualified')::int as disqualified
      from stage_events
      where to_stage in ('sql', 'disqualified') and actor_id is not null and ${inPeriod(sql`occurred_at`, period)}
      group by actor_id
    )
    select u.id as user_id, u.name, u.role, u.active,
      coalesce(owned.mqls_owned, 0) as mqls_owned,
      coalesce(owned.touched, 0) as touched,
      coalesce(made.sqls_made, 0) as sqls_made,
      coalesce(made.disqualified, 0) as disqualified
    from users u
    left join owned on owned.user_id = u.id
    left join made on made.user_id = u.id
    where u.role in ('rep', 'manager') and (u.active or owned.user_id is not null or made.user_id is not null)
    order by u.name, u.id`;
}

export async function listRepActivity({ db, period }: { db: Executor; period: Period }): Promise<RepActivity[]> {
  const rows = await selectRows<{
    user_id: string;
    name: string;
    role: RepActivity["role"];
    active: boolean;
    mqls_owned: number;
    touched: number;
    sqls_made: number;
    disqualified: number;
  }>(db, buildRepActivityQuery(period));

  return rows.map((row) => ({
    userId: row.user_id,
    name: row.name,
    role: row.role,
    active: row.active,
    mqlsOwned: row.mqls_owned,
    touched: row.touched,
    sqlsMade: row.sqls_made,
    disqualified: row.disqualified,
  }));
}
