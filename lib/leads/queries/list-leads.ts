import { and, asc, desc, eq, isNull, or, sql, type SQL } from "drizzle-orm";

import type { Actor } from "@/lib/auth/session";
import type { Executor } from "@/lib/db";
import { contacts, forms, leads, users } from "@/lib/db/schema";
import type { Stage } from "@/lib/lifecycle/stages";

import type { LeadFilters } from "./filters";

export type LeadRow = {
  id: string;
  contactName: string;
  email: string;
  company: string;
  country: string;
  formName: string;
  source: string;
  application: string | null;
  polymer: string | null;
  score: number;
  stage: Stage;
  ownerId: string | null;
  ownerName: string | null;
  createdAt: Date;
  mqlAt: Date | null;
  slaDueAt: Date | null;
  firstTouchAt: Date | null;
};

export const PAGE_SIZE = 50;

// The latest answer to a question across the lead's submissions.
function latestAnswer(key: string) {
  return sql<string | null>`(select s.answers ->> ${key} from submissions s where s.lead_id = ${leads.id} and s.answers ? ${key} order by s.created_at desc limit 1)`;
}

// MQLs awaiting marketing's review (MQL-first handoff) are not in the sales queue yet.
const inSalesQueue = sql`${leads.handoff} is distinct from 'review'`;

/** Conditions for what the actor may see: reps see unassigned MQLs and their own leads. */
function visibleTo(actor: Actor): SQL | undefined {
  if (actor.role !== "rep") return undefined;

  return or(eq(leads.ownerId, actor.id), and(isNull(leads.ownerId), eq(leads.stage, "mql"), inSalesQueue));
}

function filterConditions(actor: Actor, filters: LeadFilters, now: Date): (SQL | undefined)[] {
  const conditions: (SQL | undefined)[] = [];
  if (filters.form) conditions.push(eq(forms.slug, filters.form));
  if (filters.application) conditions.push(sql`${latestAnswer("application")} = ${filters.application}`);
  if (filters.polymer) conditions.push(sql`${latestAnswer("polymer")} = ${filters.polymer}`);
  if (filters.country) conditions.push(eq(contacts.country, filters.country));
  if (filters.source) conditions.push(eq(leads.source, filters.source.toLowerCase()));
  if (filters.stage) conditions.push(eq(leads.stage, filters.stage));
  if (filters.owner === "me") conditions.push(eq(leads.ownerId, actor.id));
  else if (filters.owner === "unassigned") conditions.push(isNull(leads.ownerId));
  else if (filters.owner) conditions.push(eq(leads.ownerId, filters.owner));
  if (filters.sla === "due") conditions.push(sql`${leads.firstTouchAt} is null and ${leads.slaDueAt} >= ${now}`);
  if (filters.sla === "overdue") conditions.push(sql`${leads.firstTouchAt} is null and ${leads.slaDueAt} < ${now}`);
  if (filters.sla === "met") conditions.push(sql`${leads.firstTouchAt} <= ${leads.slaDueAt}`);
  if (filters.sla === "missed") conditions.push(sql`${leads.firstTouchAt} > ${leads.slaDueAt}`);

  return conditions;
}

/**
 * Leads the actor may see, filtered. The queue holds MQLs in the sales
 * queue and the review holds MQLs awaiting marketing, both by score, then
 * oldest MQL first; the list holds every stage, newest first.
 */
export async function listLeads(input: {
  db: Executor;
  actor: Actor;
  filters: LeadFilters;
  scope: "queue" | "review" | "all";
  now?: Date;
  limit?: number;
  offset?: number;
}): Promise<LeadRow[]> {
  const now = input.now ?? new Date();
  const conditions = [visibleTo(input.actor), ...filterConditions(input.actor, input.filters, now)];
  if (input.scope === "queue") conditions.push(eq(leads.stage, "mql"), inSalesQueue);
  if (input.scope === "review") conditions.push(eq(leads.stage, "mql"), eq(leads.handoff, "review"));
  const limit = input.limit ?? PAGE_SIZE;
  const offset = input.offset ?? ((input.filters.page ?? 1) - 1) * limit;

  return input.db
    .select({
      id: leads.id,
      contactName: contacts.name,
      email: contacts.email,
      company: contacts.companyName,
      country: contacts.country,
      formName: forms.name,
      source: leads.source,
      application: latestAnswer("application"),
      polymer: latestAnswer("polymer"),
      score: leads.score,
      stage: leads.stage,
      ownerId: leads.ownerId,
      ownerName: users.name,
      createdAt: leads.createdAt,
      mqlAt: leads.mqlAt,
      slaDueAt: leads.slaDueAt,
      firstTouchAt: leads.firstTouchAt,
    })
    .from(leads)
    .innerJoin(contacts, eq(contacts.id, leads.contactId))
    .innerJoin(forms, eq(forms.id, leads.formId))
    .leftJoin(users, eq(users.id, leads.ownerId))
    .where(and(...conditions))
    .orderBy(...(input.scope !== "all" ? [desc(leads.score), asc(leads.mqlAt), asc(leads.id)] : [desc(leads.createdAt), asc(leads.id)]))
    .limit(limit)
    .offset(offset);
}
