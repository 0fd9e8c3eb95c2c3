import { and, asc, eq, inArray } from "drizzle-orm";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { formatAge, formatDateTime } from "@/components/leads/format";
import { ActivityLog, StageHistory } from "@/components/leads/history";
import { ScoreBreakdownPanel } from "@/components/leads/score-breakdown";
import { SubmissionList } from "@/components/leads/submission-list";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { users } from "@/lib/db/schema";
import { canAssignLeads, canClaimLead, canReviewMqls } from "@/lib/leads/access";
import { getLeadDetail } from "@/lib/leads/queries/lead-detail";
import { getSalesSettings } from "@/lib/settings/sales";
import { slaState } from "@/lib/sla/state";

import { LeadActions } from "./lead-actions";

export const metadata: Metadata = { title: "Lead" };

const SLA_TEXT = { none: "No SLA", due: "Due", overdue: "Overdue", met: "Touched in time", missed: "Touched late" } as const;

export default async function LeadPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const db = await getDb();
  const result = await getLeadDetail({ db, actor, leadId: (await params).id });
  if (!result.ok) notFound();
  const detail = result.value;
  const { lead, contact, company } = detail;
  const now = new Date();
  // Times show in the sales team's time zone, the one the SLA's working hours are in.
  const { timeZone } = await getSalesSettings(db);
  const sla = slaState({ slaDueAt: lead.slaDueAt, firstTouchAt: lead.firstTouchAt, now });
  const assignees = canAssignLeads(actor)
    ? await db
        .select({ id: users.id, name: users.name })
        .from(users)
        .where(and(eq(users.active, true), inArray(users.role, ["rep", "manager"])))
        .orderBy(asc(users.name))
    : null;

  return (
    <>
      <header className="lead-header">
        <h1>{contact.name}</h1>
        <span>{contact.companyName}</span>
        <span className="badge stage" data-testid="lead-stage">
          {lead.stage}
        </span>
        <span className="score">Score {lead.score}</span>
        <span className={`badge ${sla === "overdue" || sla === "missed" ? "badge--overdue" : sla === "met" ? "badge--ok" : ""}`}>{SLA_TEXT[sla]}</span>
        <span className="muted">Owner: {detail.owner?.name ?? "unassigned"}</span>
      </header>
      {lead.stageReason && lead.stage === "new" ? <p className="muted">{lead.stageReason}</p> : null}

      <div className="grid-2">
        <div>
          <LeadActions detail={detail} canClaim={canClaimLead(actor, lead)} canReview={canReviewMqls(actor)} assignees={assignees} />
          <section className="panel" aria-labelledby="contact-heading">
            <h2 id="contact-heading">Contact and company</h2>
            <dl className="facts">
              <dt>Email</dt>
              <dd>{contact.email}</dd>
              <dt>Phone</dt>
              <dd>{contact.phone ?? "—"}</dd>
              <dt>Job role</dt>
              <dd>{contact.jobRole ?? "—"}</dd>
              <dt>Country</dt>
              <dd>{contact.country}</dd>
              <dt>Company</dt>
              <dd>{company ? `${contact.companyName} (${company.domain})` : `${contact.companyName} (free-mail address)`}</dd>
              <dt>Source</dt>
              <dd>{lead.source}</dd>
              <dt>MQL since</dt>
              <dd>
                {formatDateTime(lead.mqlAt, timeZone)} ({formatAge(lead.mqlAt, now)})
              </dd>
              <dt>First response due</dt>
              <dd>{formatDateTime(lead.slaDueAt, timeZone)}</dd>
              <dt>First touch</dt>
              <dd>{formatDateTime(lead.firstTouchAt, timeZone)}</dd>
            </dl>
            {detail.companyLeads.length > 0 ? (
              <>
                <h3>Other leads from {company?.domain}</h3>
                <ul>
                  {detail.companyLeads.map((sibling) => (
                    <li key={sibling.id}>
                      <Link href={`/leads/${sibling.id}`}>{sibling.contactName}</Link> · {sibling.stage} · score {sibling.score}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </section>
        </div>
        <div>
          <ScoreBreakdownPanel breakdown={lead.scoreBreakdown} />
          <SubmissionList submissions={detail.submissions} timeZone={timeZone} />
          <ActivityLog activities={detail.activities} timeZone={timeZone} />
          <StageHistory events={detail.stageHistory} timeZone={timeZone} />
        </div>
      </div>
    </>
  );
}
