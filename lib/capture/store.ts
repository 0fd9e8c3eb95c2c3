import { and, asc, eq, inArray, sql } from "drizzle-orm";

import type { Executor, Transaction } from "@/lib/db";
import { companies, contacts, forms, leadScores, leads, submissions, type Form } from "@/lib/db/schema";
import { changeStage } from "@/lib/lifecycle/record";
import { OPEN_STAGES, type Stage } from "@/lib/lifecycle/stages";
import { classifyEmailDomain, emailDomain } from "@/lib/normalize/email";
import { routeNewMql } from "@/lib/leads/route-new-mql";
import { getActiveModel } from "@/lib/scoring/active-model";
import { describeMqlDecision, scoreLead } from "@/lib/scoring/engine";
import { buildLeadFacts } from "@/lib/scoring/facts";

import type { Attribution } from "./attribution";
import type { ValidSubmission } from "./validation";

export type StoredSubmission = {
  submissionId: string;
  leadId: string;
  contactId: string;
  stage: Stage;
  score: number;
  becameMql: boolean;
  duplicate: boolean;
};

/** Return the lead's source for funnel reports: its first-touch utm_source, lower-cased, or "direct". */
function sourceOf(attribution: Attribution): string {
  return attribution.utm_source?.trim().toLowerCase().slice(0, 100) || "direct";
}

/** Thrown inside the transaction when another request stored the same idempotency key first, to roll it back. */
export class DuplicateSubmissionError extends Error {
  constructor(readonly idempotencyKey: string) {
    super(`A submission with idempotency key ${idempotencyKey} is already stored.`);
    this.name = "DuplicateSubmissionError";
  }
}

async function upsertCompany(tx: Transaction, domain: string, name: string): Promise<string | null> {
  if (classifyEmailDomain(domain) === "free") return null;

  const [company] = await tx
    .insert(companies)
    .values({ domain, name })
    .onConflictDoUpdate({ target: companies.domain, set: { updatedAt: sql`now()` } })
    .returning({ id: companies.id });

  return company!.id;
}

/**
 * Upsert by normalised email. The row lock this takes serialises concurrent
 * submissions of one contact until the transaction ends, so they cannot
 * open two leads.
 */
async function upsertContact(tx: Transaction, contact: ValidSubmission["contact"], companyId: string | null, at: Date) {
  const domain = emailDomain(contact.emailNormalized);
  const values = {
    email: contact.email,
    emailNormalized: contact.emailNormalized,
    emailDomain: domain,
    name: contact.name,
    companyName: contact.company,
    companyId,
    country: contact.country,
    phone: contact.phone,
    jobRole: contact.jobRole,
    updatedAt: at,
  };
  const [row] = await tx
    .insert(contacts)
    .values(values)
    .onConflictDoUpdate({
      target: contacts.emailNormalized,
      set: {
        email: values.email,
        name: values.name,
        companyName: values.companyName,
        companyId: values.companyId,
        country: values.country,
        // A later form without a phone or role keeps the earlier one.
        phone: sql`coalesce(excluded.phone, ${contacts.phone})`,
        jobRole: sql`coalesce(excluded.job_role, ${contacts.jobRole})`,
        updatedAt: values.updatedAt,
      },
    })
    .returning();

  return row!;
}

/**
 * Store one valid submission in the caller's transaction: contact and
 * company, the submission, the lead's new score and any stage change.
 */
export async function storeSubmission(
  tx: Transaction,
  input: {
    form: Form;
    submission: ValidSubmission;
    attribution: Attribution;
    channel: "hosted" | "embed" | "api";
    idempotencyKey: string;
    now: Date;
  },
): Promise<StoredSubmission> {
  const { form, submission, now } = input;

  const [existing] = await tx
    .select({ id: submissions.id, leadId: submissions.leadId, contactId: submissions.contactId })
    .from(submissions)
    .where(eq(submissions.idempotencyKey, input.idempotencyKey));
  if (existing) throw new DuplicateSubmissionError(input.idempotencyKey);

  const domain = emailDomain(submission.contact.emailNormalized);
  const companyId = await upsertCompany(tx, domain, submission.contact.company);
  const contact = await upsertContact(tx, submission.contact, companyId, now);
  const model = await getActiveModel(tx);

  const [openLead] = await tx
    .select()
    .from(leads)
    .where(and(eq(leads.contactId, contact.id), inArray(leads.stage, [...OPEN_STAGES])));
  const history = openLead
    ? await tx
        .select({ answers: submissions.answers, at: submissions.createdAt, offerKind: forms.offerKind })
        .from(submissions)
        .innerJoin(forms, eq(forms.id, submissions.formId))
        .where(eq(submissions.leadId, openLead.id))
        .orderBy(asc(submissions.createdAt), asc(submissions.id))
    : [];
  const facts = buildLeadFacts({
    contact,
    submissions: [...history, { answers: submission.answers, at: now, offerKind: form.offerKind }],
  });
  const breakdown = scoreLead({ model: model.document, modelVersion: model.version, facts, now });
  const scoreColumns = {
    score: breakdown.total,
    scoreBreakdown: breakdown,
    scoringModelVersion: model.version,
    scoredAt: now,
    stageReason: describeMqlDecision(breakdown),
    updatedAt: now,
  };

  let leadId: string;
  let stage: Stage;
  if (openLead) {
    leadId = openLead.id;
    stage = openLead.stage;
    await tx.update(leads).set(scoreColumns).where(eq(leads.id, leadId));
  } else {
    const [created] = await tx
      .insert(leads)
      .values({ contactId: contact.id, formId: form.id, stage: "new", source: sourceOf(input.attribution), createdAt: now, ...scoreColumns })
      .returning({ id: leads.id });
    leadId = created!.id;
    stage = "new";
    await changeStage(tx, { leadId, from: null, to: "new", actor: { type: "system" }, reason: `Captured from form ${form.slug}`, at: now });
  }

  const [stored] = await tx
    .insert(submissions)
    .values({
      formId: form.id,
      contactId: contact.id,
      leadId,
      idempotencyKey: input.idempotencyKey,
      answers: submission.answers,
      attribution: input.attribution,
      channel: input.channel,
      consentVersion: form.consentVersion,
      createdAt: now,
    })
    .onConflictDoNothing({ target: submissions.idempotencyKey })
    .returning({ id: submissions.id });
  if (!stored) throw new DuplicateSubmissionError(input.idempotencyKey);

  await tx.insert(leadScores).values({ leadId, scoringModelVersion: model.version, score: breakdown.total, breakdown, scoredAt: now });

  if (stage === "nurture") {
    await changeStage(tx, { leadId, from: "nurture", to: "new", actor: { type: "system" }, reason: `Re-engaged through form ${form.slug}`, at: now });
    stage = "new";
  }

  let becameMql = false;
  if (stage === "new" && breakdown.disqualifiedBy) {
    await changeStage(tx, { leadId, from: "new", to: "disqualified", actor: { type: "system" }, reason: breakdown.disqualifiedBy.reason, at: now });
    stage = "disqualified";
  } else if (stage === "new" && breakdown.qualifiesForMql) {
    await changeStage(tx, { leadId, from: "new", to: "mql", actor: { type: "system" }, reason: describeMqlDecision(breakdown), at: now });
    becameMql = true;
    stage = await routeNewMql(tx, { leadId, facts, country: contact.country, now });
  }

  return { submissionId: stored.id, leadId, contactId: contact.id, stage, score: breakdown.total, becameMql, duplicate: false };
}

/** Find the stored result of an earlier submission with this idempotency key. */
export async function findStoredSubmission(db: Executor, idempotencyKey: string): Promise<StoredSubmission | null> {
  const [row] = await db
    .select({ submissionId: submissions.id, leadId: submissions.leadId, contactId: submissions.contactId, stage: leads.stage, score: leads.score })
    .from(submissions)
    .innerJoin(leads, eq(leads.id, submissions.leadId))
    .where(eq(submissions.idempotencyKey, idempotencyKey));

  return row ? { ...row, becameMql: false, duplicate: true } : null;
}
