import { and, asc, eq, gt, inArray } from "drizzle-orm";

import type { Executor } from "@/lib/db";
import { contacts, forms, leads, submissions } from "@/lib/db/schema";
import type { Stage } from "@/lib/lifecycle/stages";

import { buildLeadFacts } from "./facts";
import type { LeadFacts } from "./model";

export type LeadWithFacts = { leadId: string; stage: Stage; contactName: string; country: string; facts: LeadFacts };

/**
 * One page of live leads, in id order after `afterId`, with the facts the
 * scoring reads, from two queries per page so a million leads can be
 * walked in bounded memory.
 */
export async function loadLeadFactsPage(input: { db: Executor; afterId: string | null; limit: number; stages?: Stage[] }): Promise<LeadWithFacts[]> {
  const conditions = [input.afterId ? gt(leads.id, input.afterId) : undefined, input.stages ? inArray(leads.stage, input.stages) : undefined];
  const rows = await input.db
    .select({
      leadId: leads.id,
      stage: leads.stage,
      contactName: contacts.name,
      emailDomain: contacts.emailDomain,
      country: contacts.country,
      jobRole: contacts.jobRole,
      phone: contacts.phone,
    })
    .from(leads)
    .innerJoin(contacts, eq(contacts.id, leads.contactId))
    .where(and(...conditions))
    .orderBy(asc(leads.id))
    .limit(input.limit);
  if (rows.length === 0) return [];

  const history = await input.db
    .select({ leadId: submissions.leadId, answers: submissions.answers, at: submissions.createdAt, offerKind: forms.offerKind })
    .from(submissions)
    .innerJoin(forms, eq(forms.id, submissions.formId))
    .where(inArray(submissions.leadId, rows.map((row) => row.leadId)))
    .orderBy(asc(submissions.createdAt), asc(submissions.id));
  const byLead = new Map<string, typeof history>();
  for (const submission of history) {
    const list = byLead.get(submission.leadId) ?? [];
    list.push(submission);
    byLead.set(submission.leadId, list);
  }

  return rows.map((row) => ({
    leadId: row.leadId,
    stage: row.stage,
    contactName: row.contactName,
    country: row.country,
    facts: buildLeadFacts({ contact: row, submissions: byLead.get(row.leadId) ?? [] }),
  }));
}
