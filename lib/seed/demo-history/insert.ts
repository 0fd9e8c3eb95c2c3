import { eq } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";

import type { Transaction } from "@/lib/db";
import { activities, companies, contacts, leadScores, leads, stageEvents, submissions, users } from "@/lib/db/schema";

import type { DemoHistory } from "./history";

// Rows per INSERT statement. 500 rows of at most 19 columns stay far below PostgreSQL's 65,535 bind parameters.
const BATCH_SIZE = 500;

export type HistoryRowCounts = {
  companies: number;
  contacts: number;
  leads: number;
  submissions: number;
  leadScores: number;
  stageEvents: number;
  activities: number;
};

async function insertInBatches<TTable extends PgTable>(tx: Transaction, table: TTable, rows: TTable["$inferInsert"][]): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH_SIZE) {
    await tx.insert(table).values(rows.slice(start, start + BATCH_SIZE));
  }
}

/** Write the history in the caller's transaction, parents before children, and stamp each owner's last assignment. */
export async function insertHistory(tx: Transaction, history: DemoHistory): Promise<HistoryRowCounts> {
  const companyRows = history.companies.map((company) => ({ id: company.id, domain: company.domain, name: company.name, createdAt: company.createdAt, updatedAt: company.updatedAt }));
  const leadByContact = new Map(history.leads.map((lead) => [lead.contact.id, lead]));
  const contactRows = history.contacts.map((contact) => {
    const lead = leadByContact.get(contact.id)!;
    return {
      id: contact.id,
      email: contact.email,
      emailNormalized: contact.emailNormalized,
      emailDomain: contact.emailDomain,
      name: contact.name,
      companyName: contact.companyName,
      companyId: contact.companyId,
      country: contact.country,
      phone: contact.phone,
      jobRole: contact.jobRole,
      createdAt: lead.createdAt,
      updatedAt: lead.submissions.at(-1)!.createdAt,
    };
  });
  const leadRows = history.leads.map((lead) => ({
    id: lead.id,
    contactId: lead.contact.id,
    formId: lead.formId,
    stage: lead.stage,
    stageReason: lead.stageReason,
    score: lead.breakdown.total,
    scoreBreakdown: lead.breakdown,
    scoringModelVersion: lead.breakdown.modelVersion,
    scoredAt: lead.scoredAt,
    source: lead.source,
    ownerId: lead.ownerId,
    assignedAt: lead.assignedAt,
    mqlAt: lead.mqlAt,
    slaDueAt: lead.slaDueAt,
    firstTouchAt: lead.firstTouchAt,
    checklist: lead.checklist,
    nurtureUntil: lead.nurtureUntil,
    createdAt: lead.createdAt,
    updatedAt: lead.updatedAt,
  }));
  const submissionRows = history.leads.flatMap((lead) =>
    lead.submissions.map((submission) => ({
      formId: submission.formId,
      contactId: lead.contact.id,
      leadId: lead.id,
      idempotencyKey: submission.idempotencyKey,
      answers: submission.answers,
      attribution: submission.attribution,
      channel: submission.channel,
      consentVersion: submission.consentVersion,
      createdAt: submission.createdAt,
    })),
  );
  const scoreRows = history.leads.flatMap((lead) =>
    lead.submissions.map((submission) => ({
      leadId: lead.id,
      scoringModelVersion: submission.breakdown.modelVersion,
      score: submission.breakdown.total,
      breakdown: submission.breakdown,
      scoredAt: submission.createdAt,
    })),
  );
  const eventRows = history.leads.flatMap((lead) => lead.events.map((event) => ({ leadId: lead.id, ...event })));
  const activityRows = history.leads.flatMap((lead) => lead.activities.map((activity) => ({ leadId: lead.id, ...activity, createdAt: activity.occurredAt })));

  await insertInBatches(tx, companies, companyRows);
  await insertInBatches(tx, contacts, contactRows);
  await insertInBatches(tx, leads, leadRows);
  await insertInBatches(tx, submissions, submissionRows);
  await insertInBatches(tx, leadScores, scoreRows);
  await insertInBatches(tx, stageEvents, eventRows);
  await insertInBatches(tx, activities, activityRows);

  // Round robin hands the next MQL to the rep assigned longest ago, so it should see the history's assignments.
  const lastAssignedAt = new Map<string, Date>();
  for (const lead of history.leads) {
    if (!lead.ownerId || !lead.assignedAt) continue;
    const previous = lastAssignedAt.get(lead.ownerId);
    if (!previous || previous < lead.assignedAt) lastAssignedAt.set(lead.ownerId, lead.assignedAt);
  }
  for (const [userId, at] of lastAssignedAt) {
    await tx.update(users).set({ lastAssignedAt: at }).where(eq(users.id, userId));
  }

  return {
    companies: companyRows.length,
    contacts: contactRows.length,
    leads: leadRows.length,
    submissions: submissionRows.length,
    leadScores: scoreRows.length,
    stageEvents: eventRows.length,
    activities: activityRows.length,
  };
}
