import type { Executor } from "@/lib/db";

import { measureCohortConversion, type CohortConversion } from "./cohort";
import { countDisqualificationReasons, type DisqualificationCount } from "./disqualification";
import { measureMqlToSqlByForm, measureMqlToSqlBySource, type FormConversion, type SourceConversion } from "./mql-to-sql";
import type { Period } from "./period";
import { listRepActivity, type RepActivity } from "./reps";
import { measureSlaCompliance, measureSpeedToLead, type SlaCompliance, type SpeedToLead } from "./speed-to-lead";
import { countStageEntries, listDailyLeads, type DailyLeads, type StageEntries } from "./stage-entries";

/** Every funnel metric of one period, as plain data that a server component can pass to client components. */
export type FunnelReport = {
  period: Period;
  // ISO instant the SLA figures were judged at.
  asOf: string;
  stageEntries: StageEntries;
  dailyLeads: DailyLeads;
  cohort: CohortConversion;
  mqlToSqlByForm: FormConversion[];
  mqlToSqlBySource: SourceConversion[];
  speedToLead: SpeedToLead;
  sla: SlaCompliance;
  disqualificationReasons: DisqualificationCount[];
  reps: RepActivity[];
};

/** Runs every funnel query for the period; with a PostgreSQL pool they run in parallel. */
export async function loadFunnelReport({ db, period, now }: { db: Executor; period: Period; now: Date }): Promise<FunnelReport> {
  const [stageEntries, dailyLeads, cohort, mqlToSqlByForm, mqlToSqlBySource, speedToLead, sla, disqualificationReasons, reps] =
    await Promise.all([
      countStageEntries({ db, period }),
      listDailyLeads({ db, period }),
      measureCohortConversion({ db, period }),
      measureMqlToSqlByForm({ db, period }),
      measureMqlToSqlBySource({ db, period }),
      measureSpeedToLead({ db, period }),
      measureSlaCompliance({ db, period, now }),
      countDisqualificationReasons({ db, period }),
      listRepActivity({ db, period }),
    ]);

  return {
    period,
    asOf: now.toISOString(),
    stageEntries,
    dailyLeads,
    cohort,
    mqlToSqlByForm,
    mqlToSqlBySource,
    speedToLead,
    sla,
    disqualificationReasons,
    reps,
  };
}
