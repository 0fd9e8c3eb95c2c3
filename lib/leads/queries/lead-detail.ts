import { and, asc, desc, eq, ne } from "drizzle-orm";

import type { Actor } from "@/lib/auth/session";
import type { Executor } from "@/lib/db";
import {
  activities,
  companies,
  contacts,
  forms,
  leads,
  stageEvents,
  submissions,
  users,
  type Activity,
  type Company,
  type Contact,
  type Lead,
  type StageEvent,
  type Submission,
} from "@/lib/db/schema";
import { fail, ok, type Result } from "@/lib/result";

import { canReadLead, canWorkLead } from "../access";
import { leadIdSchema } from "../schemas";

export type LeadDetail = {
  lead: Lead;
  contact: Contact;
  company: Company | null;
  owner: { id: string; name: string } | null;
  // Other leads from the same company domain that the actor may see.
  companyLeads: { id: string; contactName: string; stage: Lead["stage"]; score: number; createdAt: Date }[];
  submissions: (Submission & { formName: string; formSlug: string })[];
  stageHistory: (StageEvent & { actorName: string | null })[];
  activities: (Activity & { userName: string })[];
  canWork: boolean;
};

/** Everything a rep needs on the lead page, or not found when the actor may not read the lead. */
export async function getLeadDetail(input: { db: Executor; actor: Actor; leadId: unknown }): Promise<Result<LeadDetail>> {
  const leadId = leadIdSchema.safeParse(input.leadId);
  if (!leadId.success) return fail({ code: "not_found", message: "Lead not found." });
  const { db, actor } = input;

  const [row] = await db
    .select({ lead: leads, contact: contacts, company: companies, ownerName: users.name })
    .from(leads)
    .innerJoin(contacts, eq(contacts.id, leads.contactId))
    .leftJoin(companies, eq(companies.id, contacts.companyId))
    .leftJoin(users, eq(users.id, leads.ownerId))
    .where(eq(leads.id, leadId.data));
  if (!row || !canReadLead(actor, row.lead)) return fail({ code: "not_found", message: "Lead not found, or not one you can open." });
  const { lead, contact, company } = row;

  const [leadSubmissions, history, leadActivities, siblings] = await Promise.all([
    db
      .select({ submission: submissions, formName: forms.name, formSlug: forms.slug })
      .from(submissions)
      .innerJoin(forms, eq(forms.id, submissions.formId))
      .where(eq(submissions.leadId, lead.id))
      .orderBy(desc(submissions.createdAt)),
    db
      .select({ event: stageEvents, actorName: users.name })
      .from(stageEvents)
      .leftJoin(users, eq(users.id, stageEvents.actorId))
      .where(eq(stageEvents.leadId, lead.id))
      .orderBy(asc(stageEvents.occurredAt), asc(stageEvents.sequence)),
    db
      .select({ activity: activities, userName: users.name })
      .from(activities)
      .innerJoin(users, eq(users.id, activities.userId))
      .where(eq(activities.leadId, lead.id))
      .orderBy(desc(activities.occurredAt)),
    company
      ? db
          .select({ id: leads.id, contactName: contacts.name, stage: leads.stage, score: leads.score, createdAt: leads.createdAt, ownerId: leads.ownerId })
          .from(leads)
          .innerJoin(contacts, eq(contacts.id, leads.contactId))
          .where(and(eq(contacts.companyId, company.id), ne(leads.id, lead.id)))
          .orderBy(desc(leads.createdAt))
          .limit(20)
      : Promise.resolve([]),
  ]);

  return ok({
    lead,
    contact,
    company,
    owner: lead.ownerId && row.ownerName ? { id: lead.ownerId, name: row.ownerName } : null,
    companyLeads: siblings.filter((sibling) => canReadLead(actor, sibling)).map(({ ownerId: _ownerId, ...sibling }) => sibling),
    submissions: leadSubmissions.map(({ submission, formName, formSlug }) => ({ ...submission, formName, formSlug })),
    stageHistory: history.map(({ event, actorName }) => ({ ...event, actorName })),
    activities: leadActivities.map(({ activity, userName }) => ({ ...activity, userName })),
    canWork: canWorkLead(actor, lead),
  });
}
