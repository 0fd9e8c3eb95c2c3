import { randomUUID } from "node:crypto";

import { addDays, subMonths } from "date-fns";

import type { Attribution } from "@/lib/capture/attribution";
import type { Answers, FormFieldConfig, OfferKind } from "@/lib/forms/catalog";
import type { Stage } from "@/lib/lifecycle/stages";
import type { Checklist } from "@/lib/qualification/checklist";
import { DISQUALIFICATION_REASONS } from "@/lib/qualification/reasons";
import type { ActiveModel } from "@/lib/scoring/active-model";
import { describeMqlDecision, scoreLead } from "@/lib/scoring/engine";
import { buildLeadFacts } from "@/lib/scoring/facts";
import type { ScoreBreakdown } from "@/lib/scoring/model";
import { workingHoursOf, type SalesSettings } from "@/lib/settings/sales";
import { addWorkingHours } from "@/lib/sla/working-hours";

import { createAnswers, createAttribution, createProject, pickSource, type Project } from "./answers";
import { sampleArrival } from "./arrivals";
import { createContacts, type SeedCompany, type SeedContact } from "./contacts";
import { COUNTRY_PROFILES } from "./countries";
import { pickDisqualificationNote } from "./notes";
import { playSalesPipeline, type SalesStaff } from "./pipeline";
import type { Random } from "./random";
import { LeadStory, type StoryActivity, type StoryEvent } from "./story";
import { createWorkingCalendar, type WorkingCalendar } from "./working-calendar";

export type SeedForm = { id: string; slug: string; offerKind: OfferKind; fields: FormFieldConfig[]; consentVersion: string };

export type SeedSubmission = {
  formId: string;
  formSlug: string;
  offerKind: OfferKind;
  answers: Answers;
  attribution: Attribution;
  channel: "hosted" | "embed" | "api";
  idempotencyKey: string;
  consentVersion: string;
  createdAt: Date;
  // The lead's scoring right after this submission, as the capture pipeline stores it.
  breakdown: ScoreBreakdown;
};

export type SeedLead = {
  id: string;
  contact: SeedContact;
  formId: string;
  stage: Stage;
  stageReason: string;
  breakdown: ScoreBreakdown;
  scoredAt: Date;
  source: string;
  ownerId: string | null;
  assignedAt: Date | null;
  mqlAt: Date | null;
  slaDueAt: Date | null;
  firstTouchAt: Date | null;
  checklist: Checklist;
  nurtureUntil: Date | null;
  createdAt: Date;
  updatedAt: Date;
  submissions: SeedSubmission[];
  events: StoryEvent[];
  activities: StoryActivity[];
};

export type DemoHistory = { companies: (SeedCompany & { createdAt: Date; updatedAt: Date })[]; contacts: SeedContact[]; leads: SeedLead[] };

export type HistoryInput = {
  random: Random;
  randomSeed: number;
  leadCount: number;
  months: number;
  now: Date;
  // Demo forms by slug.
  forms: ReadonlyMap<string, SeedForm>;
  staff: SalesStaff;
  // User who disqualifies competitors' leads that never became MQLs.
  cleanUpUserId: string;
  model: ActiveModel;
  competitorDomains: readonly string[];
  settings: SalesSettings;
};

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

const FIRST_FORM_WEIGHTS = [["tds-request", 44], ["technical-guide", 30], ["sample-request", 26]] as const;
// A prospect who comes back tends to ask for more: a datasheet after the guide, a sample after the datasheet.
const RETURN_FORM_WEIGHTS = [["tds-request", 35], ["sample-request", 40], ["technical-guide", 25]] as const;
const CHANNEL_WEIGHTS = [["embed", 55], ["hosted", 35], ["api", 10]] as const;

/** One to three submission times: the first anywhere in the window, each return within about six weeks of the previous one. */
function planSubmissionTimes(random: Random, range: { from: Date; now: Date; utcOffset: number }): Date[] {
  const count = random.weighted([[1, 70], [2, 22], [3, 8]] as const);
  const times = [sampleArrival(random, { from: range.from, to: range.now, utcOffset: range.utcOffset })];

  while (times.length < count) {
    const previous = times.at(-1)!.getTime();
    const from = new Date(previous + 6 * HOUR_MS);
    const to = new Date(Math.min(previous + random.between(2, 40) * DAY_MS, range.now.getTime()));
    if (from >= to) break;
    times.push(sampleArrival(random, { from, to, utcOffset: range.utcOffset }));
  }

  return times;
}

function createSubmissions(input: HistoryInput, lead: { index: number; contact: SeedContact; project: Project; times: Date[] }): SeedSubmission[] {
  const { random } = input;
  const firstSource = pickSource(random, lead.contact.country);
  const submissions: SeedSubmission[] = [];

  for (const [index, at] of lead.times.entries()) {
    const form = input.forms.get(random.weighted(index === 0 ? FIRST_FORM_WEIGHTS : RETURN_FORM_WEIGHTS))!;
    const answers = createAnswers(random, form, lead.project);
    const source = index === 0 ? firstSource : random.weighted([[firstSource, 50], ["direct", 30], ["newsletter", 20]]);
    const facts = buildLeadFacts({
      contact: lead.contact,
      submissions: [...submissions.map((earlier) => ({ offerKind: earlier.offerKind, answers: earlier.answers, at: earlier.createdAt })), { offerKind: form.offerKind, answers, at }],
    });

    submissions.push({
      formId: form.id,
      formSlug: form.slug,
      offerKind: form.offerKind,
      answers,
      attribution: createAttribution(random, { source, formSlug: form.slug, project: lead.project, at }),
      channel: random.weighted(CHANNEL_WEIGHTS),
      idempotencyKey: `demo-history-${input.randomSeed}-${lead.index}-${index}`,
      consentVersion: form.consentVersion,
      createdAt: at,
      breakdown: scoreLead({ model: input.model.document, modelVersion: input.model.version, facts, now: at }),
    });
  }

  return submissions;
}

/**
 * Play one lead from its first submission to `now`. Stage changes at
 * submissions follow the capture pipeline: created as new, then
 * disqualified or MQL by the system at the first submission whose scoring
 * calls for it. Sales takes it from there. Submissions after the lead
 * closed or went to nurture are dropped, because in the product they would
 * open or reopen a lead.
 */
function createLead(input: HistoryInput, lead: { index: number; contact: SeedContact; colleagues: number; windowStart: Date; calendar: WorkingCalendar }): SeedLead {
  const { random, now, settings } = input;
  const project = createProject(random, lead.contact.kind);
  const utcOffset = COUNTRY_PROFILES.find((profile) => profile.code === lead.contact.country)?.utcOffset ?? 0;
  const times = planSubmissionTimes(random, { from: lead.windowStart, now, utcOffset });
  const submissions = createSubmissions(input, { index: lead.index, contact: lead.contact, project, times });

  const story = new LeadStory(now);
  story.move({ to: "new", at: times[0]!, actor: { type: "system" }, reason: `Captured from form ${submissions[0]!.formSlug}` });

  let mqlAt: Date | null = null;
  for (const submission of submissions) {
    if (story.stage !== "new") break;
    const { breakdown, createdAt } = submission;

    if (breakdown.disqualifiedBy) {
      story.move({ to: "disqualified", at: createdAt, actor: { type: "system" }, reason: breakdown.disqualifiedBy.reason });
    } else if (breakdown.qualifiesForMql) {
      story.move({ to: "mql", at: createdAt, actor: { type: "system" }, reason: describeMqlDecision(breakdown) });
      mqlAt = createdAt;
      playSalesPipeline({ random, story, mqlAt, score: breakdown.total, contact: lead.contact, colleagues: lead.colleagues, project, staff: input.staff, settings, calendar: lead.calendar });
    }
  }

  if (story.stage === "new" && lead.contact.kind === "competitor") {
    const label = DISQUALIFICATION_REASONS.find((reason) => reason.id === "competitor")!.label;
    story.move({
      to: "disqualified",
      at: lead.calendar.addHours(times[0]!, random.between(1, 16)),
      actor: { type: "user", userId: input.cleanUpUserId },
      reason: `${label}: ${pickDisqualificationNote(random, "competitor")}`,
      reasonCode: "competitor",
    });
  }

  const keptSubmissions = submissions.filter((submission) => story.closedAt === null || submission.createdAt <= story.closedAt);
  const last = keptSubmissions.at(-1)!;

  return {
    id: randomUUID(),
    contact: lead.contact,
    formId: submissions[0]!.formId,
    stage: story.stage!,
    stageReason: describeMqlDecision(last.breakdown),
    breakdown: last.breakdown,
    scoredAt: last.createdAt,
    source: submissions[0]!.attribution.utm_source ?? "direct",
    ownerId: story.ownerId,
    assignedAt: story.assignedAt,
    mqlAt,
    slaDueAt: mqlAt ? addWorkingHours(mqlAt, settings.slaWorkingHours, workingHoursOf(settings)) : null,
    firstTouchAt: story.firstTouchAt,
    checklist: story.checklist,
    nurtureUntil: story.nurtureUntil,
    createdAt: times[0]!,
    updatedAt: new Date(Math.max(story.lastStepAt?.getTime() ?? 0, last.createdAt.getTime())),
    submissions: keptSubmissions,
    events: story.events,
    activities: story.activities,
  };
}

/** Invent the contacts, companies and leads of `months` months up to `now`, one lead per contact. */
export function createHistory(input: HistoryInput): DemoHistory {
  const { contacts, companies } = createContacts(input.random, { count: input.leadCount, competitorDomains: input.competitorDomains });
  const windowStart = subMonths(input.now, input.months);
  // Rep actions planned past `now` are dropped, so the calendar needs to reach only a little beyond it.
  const calendar = createWorkingCalendar(workingHoursOf(input.settings), { from: windowStart, to: addDays(input.now, 14) });
  const contactsPerCompany = new Map<string, number>();
  for (const contact of contacts) {
    if (contact.companyId) contactsPerCompany.set(contact.companyId, (contactsPerCompany.get(contact.companyId) ?? 0) + 1);
  }

  const leads = contacts.map((contact, index) =>
    createLead(input, { index, contact, colleagues: contact.companyId ? contactsPerCompany.get(contact.companyId)! - 1 : 0, windowStart, calendar }),
  );

  // A company row is as old as its first contact's first submission.
  const companyTimes = new Map<string, { createdAt: Date; updatedAt: Date }>();
  for (const lead of leads) {
    const companyId = lead.contact.companyId;
    if (!companyId) continue;
    const lastSubmissionAt = lead.submissions.at(-1)!.createdAt;
    const times = companyTimes.get(companyId);
    companyTimes.set(companyId, {
      createdAt: times && times.createdAt < lead.createdAt ? times.createdAt : lead.createdAt,
      updatedAt: times && times.updatedAt > lastSubmissionAt ? times.updatedAt : lastSubmissionAt,
    });
  }

  return { companies: companies.map((company) => ({ ...company, ...companyTimes.get(company.id)! })), contacts, leads };
}
