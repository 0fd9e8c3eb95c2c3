import { sql, type SQL } from "drizzle-orm";

import type { Executor } from "@/lib/db";

import { assertValidPeriod, type Period } from "./period";

/**
 * SQL fragments shared by the funnel queries. Every value from a request
 * goes in as a bound parameter, and the period is validated before use.
 */

/** Returns the instant the period's first local day starts, as a timestamptz expression. */
export function periodStart(period: Period): SQL {
  assertValidPeriod(period);

  return sql`((${period.from}::date)::timestamp at time zone ${period.timeZone})`;
}

/** Returns the instant the day after the period's last local day starts, as a timestamptz expression. */
export function periodEnd(period: Period): SQL {
  assertValidPeriod(period);

  return sql`((${period.to}::date)::timestamp at time zone ${period.timeZone})`;
}

/** Returns `column` >= start and < end of the period, written as a range so an index on the column applies. */
export function inPeriod(column: SQL, period: Period): SQL {
  return sql`${column} >= ${periodStart(period)} and ${column} < ${periodEnd(period)}`;
}

/** Returns the local date of a timestamptz column in the period's time zone. */
export function localDay(column: SQL, period: Period): SQL {
  assertValidPeriod(period);

  return sql`(${column} at time zone ${period.timeZone})::date`;
}

/**
 * Returns the body of a CTE with one row per lead that entered `mql` in the period:
 * `lead_id`, and `mql_at`, its first MQL event in the period.
 */
export function selectMqlCohort(period: Period): SQL {
  return sql`
    select lead_id, min(occurred_at) as mql_at
    from stage_events
    where to_stage = 'mql' and ${inPeriod(sql`occurred_at`, period)}
    group by lead_id`;
}

/** Runs a query and returns its rows. PGlite returns `{ rows }` and postgres.js the rows array. */
export async function selectRows<Row>(db: Executor, query: SQL): Promise<Row[]> {
  const result = await db.execute(query);

  return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Row[];
}
