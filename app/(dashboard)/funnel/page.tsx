import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { ConversionRateChart } from "@/components/funnel/conversion-rate-chart";
import { CohortChart } from "@/components/funnel/cohort-chart";
import { DailyLeadsChart } from "@/components/funnel/daily-leads-chart";
import { DisqualificationChart } from "@/components/funnel/disqualification-chart";
import { PeriodFilter } from "@/components/funnel/period-filter";
import { RepTable } from "@/components/funnel/rep-table";
import { SlaFigures, SpeedToLeadFigures } from "@/components/funnel/response-figures";
import { StageEntriesChart } from "@/components/funnel/stage-entries-chart";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { canReadFunnel } from "@/lib/leads/access";
import { loadFunnelReport } from "@/lib/metrics/funnel-report";
import { OFFER_KIND_LABELS } from "@/lib/metrics/labels";
import { lastDayOf, parsePeriodParams, type SearchParams } from "@/lib/metrics/period";
import { getSalesSettings } from "@/lib/settings/sales";

import "./funnel.css";

export const metadata: Metadata = { title: "Funnel" };

export default async function FunnelPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor(["admin", "manager", "marketing"]);
  // requireActor already limits the roles; this keeps the page in step with the access rules that hide the nav link.
  if (!canReadFunnel(actor)) notFound();

  const now = new Date();
  const db = await getDb();
  // Without a chosen zone, days are those of the sales team, as in the SLA settings.
  const { timeZone: defaultTimeZone } = await getSalesSettings(db);
  const { period, problems } = parsePeriodParams({ params: await searchParams, now, defaultTimeZone });
  const report = await loadFunnelReport({ db, period, now });

  const byForm = report.mqlToSqlByForm.map((row) => ({ ...row, label: `${row.formName} (${OFFER_KIND_LABELS[row.offerKind]})` }));
  const bySource = report.mqlToSqlBySource.map((row) => ({ ...row, label: row.source }));

  return (
    <>
      <div className="funnel-header">
        <h1>Funnel</h1>
        <p className="muted">
          {period.from} to {lastDayOf(period)}, days in {period.timeZone}.
        </p>
      </div>
      <PeriodFilter period={period} />
      {problems.length > 0 ? (
        <div role="alert" className="form-error">
          {problems.map((problem) => (
            <p key={problem}>{problem}</p>
          ))}
        </div>
      ) : null}

      <div className="grid-2">
        <section className="panel" aria-labelledby="stage-entries">
          <h2 id="stage-entries">Leads entering each stage</h2>
          <StageEntriesChart entries={report.stageEntries} />
        </section>
        <section className="panel" aria-labelledby="daily-leads">
          <h2 id="daily-leads">New leads and MQLs per day</h2>
          <DailyLeadsChart days={report.dailyLeads} />
        </section>
      </div>

      <section className="panel" aria-labelledby="conversion">
        <h2 id="conversion">Conversion by stage</h2>
        <CohortChart cohort={report.cohort} />
      </section>

      <div className="grid-2">
        <section className="panel" aria-labelledby="mql-sql-form">
          <h2 id="mql-sql-form">MQL to SQL by form</h2>
          <ConversionRateChart rows={byForm} groupName="Form" />
        </section>
        <section className="panel" aria-labelledby="mql-sql-source">
          <h2 id="mql-sql-source">MQL to SQL by source</h2>
          <ConversionRateChart rows={bySource} groupName="Source" />
        </section>
      </div>

      <div className="grid-2">
        <section className="panel" aria-labelledby="speed-to-lead">
          <h2 id="speed-to-lead">Speed to lead</h2>
          <SpeedToLeadFigures speed={report.speedToLead} />
        </section>
        <section className="panel" aria-labelledby="sla">
          <h2 id="sla">SLA compliance</h2>
          <SlaFigures sla={report.sla} />
        </section>
      </div>

      <section className="panel" aria-labelledby="disqualification">
        <h2 id="disqualification">Disqualification reasons</h2>
        <DisqualificationChart rows={report.disqualificationReasons} />
      </section>

      <section className="panel" aria-labelledby="reps">
        <h2 id="reps">Reps</h2>
        <RepTable reps={report.reps} />
      </section>
    </>
  );
}
