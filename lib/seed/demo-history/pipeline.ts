import { CHECKLIST_ITEM_IDS, type ChecklistItemId } from "@/lib/qualification/checklist";
import { DISQUALIFICATION_REASONS, LOST_REASONS, type ActivityOutcome, type DisqualificationReason, type LostReason } from "@/lib/qualification/reasons";
import type { SalesSettings } from "@/lib/settings/sales";

import type { Project } from "./answers";
import type { SeedContact } from "./contacts";
import { CALL_NOTES, createChecklistNotes, describeNurture, describeWin, pickDisqualificationNote, pickLostNote } from "./notes";
import type { Random } from "./random";
import type { LeadStory } from "./story";
import type { WorkingCalendar } from "./working-calendar";

export type SalesStaff = { reps: readonly { id: string; countries: readonly string[] }[]; managerId: string | null };

type MqlOutcome = "sql" | "disqualified" | "nurture" | "worked" | "untouched";

/** An MQL being worked by its owner, with the clock that keeps rep actions inside working hours. */
type WorkedLead = {
  random: Random;
  story: LeadStory;
  project: Project;
  ownerId: string;
  // The moment a random number of working hours, between the bounds, after `at`.
  after: (at: Date, minHours: number, maxHours: number) => Date;
  afterDays: (at: Date, minDays: number, maxDays: number) => Date;
};

const DAY_MS = 86_400_000;
// Share of MQLs a manager works personally.
const MANAGER_SHARE = 0.07;
// Share of owners who claim and call an MQL within the first working hours. The rest are late.
const PROMPT_SHARE = 0.76;
// Weight of "below MOQ" among disqualification reasons, by annual volume. Larger volumes get 5.
const BELOW_MOQ_WEIGHTS: Record<string, number> = { lt1t: 45, "1to10t": 18 };

/** Pick the owner: a rep who covers the lead's country, else a rep without countries, else anyone. Now and then the manager takes it. */
function chooseOwner(random: Random, staff: SalesStaff, country: string): string {
  if (staff.managerId && (staff.reps.length === 0 || random.chance(MANAGER_SHARE))) return staff.managerId;

  const covering = staff.reps.filter((rep) => rep.countries.includes(country));
  const everywhere = staff.reps.filter((rep) => rep.countries.length === 0);
  if (covering.length > 0 && (everywhere.length === 0 || random.chance(0.8))) return random.pick(covering).id;
  if (everywhere.length > 0) return random.pick(everywhere).id;

  return staff.managerId ?? random.pick(staff.reps).id;
}

function chooseMqlOutcome(random: Random, contact: SeedContact, project: Project, score: number): MqlOutcome {
  if (contact.kind === "competitor" || contact.kind === "academic") return "disqualified";

  // Reps qualify strong leads more often.
  let scoreFactor = 1;
  if (score >= 95) scoreFactor = 1.3;
  if (score < 80) scoreFactor = 0.75;

  return random.weighted<MqlOutcome>([
    ["sql", 35 * scoreFactor],
    ["disqualified", 31],
    ["nurture", project.timeline === "later" ? 20 : 9],
    ["worked", 5],
    ["untouched", 4],
  ]);
}

function chooseDisqualificationReason(random: Random, contact: SeedContact, project: Project, colleagues: number): DisqualificationReason {
  if (contact.kind === "competitor") return "competitor";
  if (contact.kind === "academic") return "student_academic";
  const poorFit = project.application === "other" || project.polymer === "other";

  return random.weighted<DisqualificationReason>([
    ["unreachable", 28],
    ["no_application_fit", poorFit ? 40 : 14],
    ["below_moq", BELOW_MOQ_WEIGHTS[project.annualVolume] ?? 5],
    ["duplicate", colleagues > 0 ? 14 : 3],
    ["spam", contact.kind === "free" ? 10 : 2],
    ["student_academic", contact.kind === "free" ? 8 : 0],
    ["other", 6],
  ]);
}

function labelOfDisqualification(reason: DisqualificationReason): string {
  return DISQUALIFICATION_REASONS.find((item) => item.id === reason)!.label;
}

function labelOfLoss(reason: LostReason): string {
  return LOST_REASONS.find((item) => item.id === reason)!.label;
}

/** Log calls and emails that get no answer, a few working hours apart. Returns the time of the last one. */
function tryToReach(lead: WorkedLead, start: Date, attempts: number): Date {
  const { random, story } = lead;
  let at = start;

  for (let attempt = 0; attempt < attempts; attempt++) {
    if (attempt > 0) at = lead.after(at, 3, 24);
    if (random.chance(0.6)) {
      const outcome = random.weighted<ActivityOutcome>([["no_answer", 55], ["left_voicemail", 40], ["wrong_number", 5]]);
      story.logActivity({ at, userId: lead.ownerId, type: "call", outcome, note: outcome === "left_voicemail" ? random.pick(CALL_NOTES.voicemail) : undefined });
    } else {
      story.logActivity({ at, userId: lead.ownerId, type: "email", note: random.pick(CALL_NOTES.followUpEmail) });
    }
  }

  return at;
}

/** Log zero to two failed attempts, then a call that connects. Returns the time of that call. */
function reachContact(lead: WorkedLead, start: Date): Date {
  const failed = lead.random.weighted([[0, 50], [1, 30], [2, 20]] as const);
  const at = failed > 0 ? lead.after(tryToReach(lead, start, failed), 2, 16) : start;
  lead.story.logActivity({ at, userId: lead.ownerId, type: "call", outcome: "connected", note: lead.random.pick(CALL_NOTES.qualification) });

  return at;
}

function pickNotes(notes: Record<ChecklistItemId, string>, ids: readonly ChecklistItemId[]): Partial<Record<ChecklistItemId, string>> {
  return Object.fromEntries(ids.map((id) => [id, notes[id]]));
}

function disqualify(lead: WorkedLead, at: Date, reason: DisqualificationReason): void {
  lead.story.move({
    to: "disqualified",
    at,
    actor: { type: "user", userId: lead.ownerId },
    reason: `${labelOfDisqualification(reason)}: ${pickDisqualificationNote(lead.random, reason)}`,
    reasonCode: reason,
  });
}

/** Nurture goes through the disqualification form with a revisit date, so it carries a reason code too. */
function nurture(lead: WorkedLead, at: Date): void {
  const reason = lead.project.annualVolume === "lt1t" || lead.random.chance(0.25) ? "below_moq" : "other";
  const revisitAt = new Date(at.getTime() + lead.random.integer(45, 180) * DAY_MS);

  lead.story.move({
    to: "nurture",
    at,
    actor: { type: "user", userId: lead.ownerId },
    reason: `${labelOfDisqualification(reason)}: ${describeNurture(revisitAt, reason)}`,
    reasonCode: reason,
    nurtureUntil: revisitAt,
  });
}

function lose(lead: WorkedLead, at: Date, reason: LostReason): void {
  lead.story.move({ to: "lost", at, actor: { type: "user", userId: lead.ownerId }, reason: `${labelOfLoss(reason)}: ${pickLostNote(lead.random, reason)}`, reasonCode: reason });
}

function disqualifyMql(lead: WorkedLead, firstTouchAt: Date, reason: DisqualificationReason): void {
  const { random, story } = lead;
  let at: Date;

  if (reason === "duplicate" || reason === "spam" || (reason === "competitor" && random.chance(0.65))) {
    // Seen at a glance, so the owner closes the lead without contacting it.
    at = lead.after(story.assignedAt!, 0.1, 4);
  } else if (reason === "unreachable") {
    at = lead.afterDays(tryToReach(lead, firstTouchAt, random.integer(3, 5)), 1, 3);
  } else if (reason === "student_academic" || reason === "competitor") {
    story.logActivity({ at: firstTouchAt, userId: lead.ownerId, type: "email", outcome: "replied", note: "Asked what the project is for." });
    at = lead.after(firstTouchAt, 1, 16);
  } else {
    at = lead.after(reachContact(lead, firstTouchAt), 0.2, 16);
  }

  disqualify(lead, at, reason);
}

/** Play the qualification call and the checklist in two sittings, then move to SQL. Returns the SQL time, or null when the story ended first. */
function qualify(lead: WorkedLead, firstTouchAt: Date): Date | null {
  const { random, story } = lead;
  const notes = createChecklistNotes(random, lead.project);
  const firstItems = random.sample(CHECKLIST_ITEM_IDS, random.integer(3, 4));
  const remainingItems = CHECKLIST_ITEM_IDS.filter((id) => !firstItems.includes(id));

  let at = lead.after(reachContact(lead, firstTouchAt), 0.1, 0.5);
  story.confirm({ at, userId: lead.ownerId, notes: pickNotes(notes, firstItems) });
  at = lead.after(at, 2, 16);
  story.logActivity({ at, userId: lead.ownerId, type: "email", outcome: "replied", note: random.pick(CALL_NOTES.followUpEmail) });
  if (random.chance(0.3)) {
    at = lead.after(at, 4, 24);
    story.logActivity({ at, userId: lead.ownerId, type: "meeting", outcome: "connected", note: "Visit at their plant with the project team." });
  }
  at = lead.after(at, 0.5, 8);
  story.confirm({ at, userId: lead.ownerId, notes: pickNotes(notes, remainingItems) });
  at = lead.after(at, 0.1, 4);

  return story.move({ to: "sql", at, actor: { type: "user", userId: lead.ownerId }, reason: "Sales checklist complete" }) ? at : null;
}

/** Play discovery, samples and a quote. About half of SQLs become opportunities, and most of those are won or lost. */
function developSql(lead: WorkedLead, sqlAt: Date): void {
  const { random, story } = lead;
  const next = random.weighted([["opportunity", 62], ["open", 16], ["lost", 10], ["disqualified", 5], ["nurture", 7]] as const);

  let at = lead.afterDays(sqlAt, 1, 5);
  story.logActivity({ at, userId: lead.ownerId, type: "discovery_call", outcome: "connected", note: random.pick(CALL_NOTES.discovery) });

  if (next === "disqualified") {
    disqualify(lead, lead.afterDays(at, 1, 10), random.weighted<DisqualificationReason>([["no_application_fit", 50], ["below_moq", 40], ["other", 10]]));
    return;
  }
  if (next === "nurture") {
    nurture(lead, lead.afterDays(at, 2, 15));
    return;
  }
  if (next === "open" && random.chance(0.5)) return;

  at = lead.afterDays(at, 0, 2);
  story.logActivity({ at, userId: lead.ownerId, type: "sample_requested", outcome: "done", note: random.pick(CALL_NOTES.sampleRequested) });
  if (next === "open") return;
  at = lead.afterDays(at, 1, 4);
  story.logActivity({ at, userId: lead.ownerId, type: "sample_sent", outcome: "done", note: random.pick(CALL_NOTES.sampleSent) });
  at = lead.afterDays(at, 5, 15);
  story.logActivity({ at, userId: lead.ownerId, type: "call", outcome: "connected", note: random.pick(CALL_NOTES.trialFeedback) });

  if (next === "lost") {
    lose(lead, lead.afterDays(at, 1, 10), random.weighted<LostReason>([["failed_trial", 40], ["project_cancelled", 25], ["no_decision", 15], ["price", 10], ["competitor_won", 10]]));
    return;
  }

  at = lead.after(at, 0.5, 16);
  if (!story.move({ to: "opportunity", at, actor: { type: "user", userId: lead.ownerId }, reason: "Opportunity opened: trial passed; quote requested" })) return;
  at = lead.afterDays(at, 0.5, 3);
  story.logActivity({ at, userId: lead.ownerId, type: "quote_sent", outcome: "done", note: random.pick(CALL_NOTES.quoteSent) });

  const close = random.weighted([["won", 50], ["lost", 44], ["open", 6]] as const);
  at = lead.afterDays(at, 4, 25);
  story.logActivity({ at, userId: lead.ownerId, type: "call", outcome: "connected", note: "Follow-up on the quote." });
  if (close === "open") return;

  at = lead.afterDays(at, 1, 10);
  if (close === "won") {
    story.move({ to: "won", at, actor: { type: "user", userId: lead.ownerId }, reason: `Deal won: ${describeWin(random, lead.project)}` });
    return;
  }
  lose(lead, at, random.weighted<LostReason>([["price", 30], ["competitor_won", 25], ["failed_trial", 12], ["project_cancelled", 13], ["no_decision", 15], ["other", 5]]));
}

/**
 * Play what sales does with a new MQL: an owner claims it (or gets it at
 * once under automatic assignment), touches it within or after the SLA, and
 * qualifies, disqualifies or nurtures it. Steps after the story's `now` are
 * dropped by the story.
 */
export function playSalesPipeline(input: {
  random: Random;
  story: LeadStory;
  mqlAt: Date;
  score: number;
  contact: SeedContact;
  // Other demo contacts at the same company.
  colleagues: number;
  project: Project;
  staff: SalesStaff;
  settings: SalesSettings;
  calendar: WorkingCalendar;
}): void {
  const { random, story, settings } = input;
  const dayHours = settings.dayEndHour - settings.dayStartHour;
  const after = (at: Date, minHours: number, maxHours: number) => input.calendar.addHours(at, random.between(minHours, maxHours));
  const lead: WorkedLead = {
    random,
    story,
    project: input.project,
    ownerId: chooseOwner(random, input.staff, input.contact.country),
    after,
    afterDays: (at, minDays, maxDays) => after(at, minDays * dayHours, maxDays * dayHours),
  };

  // Automatic assignment gives the owner the lead at the MQL time. Otherwise reps claim it from the queue.
  const prompt = random.chance(PROMPT_SHARE);
  let assignedAt = input.mqlAt;
  if (settings.assignment === "manual") assignedAt = prompt ? after(input.mqlAt, 0.05, 1.5) : after(input.mqlAt, 1, 10);
  if (!story.assign({ at: assignedAt, userId: lead.ownerId })) return;
  const firstTouchAt = prompt ? after(assignedAt, 0.05, 1.5) : after(assignedAt, 1, 12);

  const outcome = chooseMqlOutcome(random, input.contact, input.project, input.score);
  switch (outcome) {
    case "untouched":
      return;
    case "worked": {
      const at = tryToReach(lead, firstTouchAt, random.integer(1, 2));
      if (random.chance(0.6)) {
        const callAt = reachContact(lead, lead.after(at, 2, 16));
        const notes = createChecklistNotes(random, input.project);
        story.confirm({ at: lead.after(callAt, 0.1, 0.5), userId: lead.ownerId, notes: pickNotes(notes, random.sample(CHECKLIST_ITEM_IDS, random.integer(2, 4))) });
      }
      return;
    }
    case "disqualified":
      disqualifyMql(lead, firstTouchAt, chooseDisqualificationReason(random, input.contact, input.project, input.colleagues));
      return;
    case "nurture":
      nurture(lead, lead.after(reachContact(lead, firstTouchAt), 0.2, 16));
      return;
    case "sql": {
      const sqlAt = qualify(lead, firstTouchAt);
      if (sqlAt) developSql(lead, sqlAt);
      return;
    }
  }
}
