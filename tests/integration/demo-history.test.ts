import { isDeepStrictEqual } from "node:util";

import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { validateSubmission } from "@/lib/capture/validation";
import {
  activities,
  contacts,
  forms,
  leadScores,
  leads,
  stageEvents,
  submissions,
  users,
  type Activity,
  type Contact,
  type Form,
  type Lead,
  type StageEvent,
  type Submission,
  type User,
} from "@/lib/db/schema";
import { checkTransition } from "@/lib/lifecycle/transitions";
import { missingChecklistItems } from "@/lib/qualification/checklist";
import { DISQUALIFICATION_REASONS, LOST_REASONS, isTouch } from "@/lib/qualification/reasons";
import { getActiveModel } from "@/lib/scoring/active-model";
import { scoreLead } from "@/lib/scoring/engine";
import { buildLeadFacts } from "@/lib/scoring/facts";
import { DEFAULT_SALES_SETTINGS, workingHoursOf } from "@/lib/settings/sales";
import { seedDemoHistory, type SeedDemoHistoryResult } from "@/lib/seed/demo-history";
import { createRandom } from "@/lib/seed/demo-history/random";
import { createWorkingCalendar } from "@/lib/seed/demo-history/working-calendar";
import { seedDemoUsers } from "@/lib/seed/demo-users";
import { addWorkingHours } from "@/lib/sla/working-hours";

import { createTestDatabase, type TestDatabase } from "../helpers/database";

const LEAD_COUNT = 400;
const RANDOM_SEED = 4242;
// A Wednesday afternoon, so the newest MQL is still waiting in the queue.
const NOW = new Date("2026-03-18T14:30:00Z");
const COMPETITOR_DOMAINS = ["polyrival.example", "resincompete.example"];

let database: TestDatabase;
let userIds: Map<string, string>;
let result: SeedDemoHistoryResult;

let allLeads: Lead[];
let allEvents: StageEvent[];
let allActivities: Activity[];
let allSubmissions: Submission[];
let contactById: Map<string, Contact>;
let formById: Map<string, Form>;
let userById: Map<string, User>;

function groupByLead<T extends { leadId: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(row.leadId, [...(groups.get(row.leadId) ?? []), row]);

  return groups;
}

/** Return a lead's events in time order. The creation event goes first when the MQL event shares its timestamp. */
function eventsOf(leadId: string): StageEvent[] {
  return allEvents
    .filter((event) => event.leadId === leadId)
    .sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || Number(a.fromStage !== null) - Number(b.fromStage !== null));
}

function reachedStage(leadId: string, stage: string): boolean {
  return allEvents.some((event) => event.leadId === leadId && event.toStage === stage);
}

async function countRows(): Promise<Record<string, number>> {
  const tables = { leads, contacts, submissions, leadScores, stageEvents, activities };
  const counts: Record<string, number> = {};
  for (const [name, table] of Object.entries(tables)) {
    const [row] = await database.db.select({ n: count() }).from(table);
    counts[name] = row!.n;
  }

  return counts;
}

beforeAll(async () => {
  database = await createTestDatabase();
  userIds = await seedDemoUsers(database.db);
  result = await seedDemoHistory(database.db, { leadCount: LEAD_COUNT, now: NOW, randomSeed: RANDOM_SEED, userIds });

  allLeads = await database.db.select().from(leads);
  allEvents = await database.db.select().from(stageEvents);
  allActivities = await database.db.select().from(activities);
  allSubmissions = await database.db.select().from(submissions);
  contactById = new Map((await database.db.select().from(contacts)).map((contact) => [contact.id, contact]));
  formById = new Map((await database.db.select().from(forms)).map((form) => [form.id, form]));
  userById = new Map((await database.db.select().from(users)).map((user) => [user.id, user]));
});

afterAll(async () => {
  await database?.close();
});

describe(`seedDemoHistory on ${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"}`, () => {
  it("returns counts per stage", () => {
    expect(result.skipped).toBe(false);
    if (result.skipped) return;

    expect(Object.values(result.stages).reduce((sum, n) => sum + n, 0)).toBe(LEAD_COUNT);
    expect(result.stages.mql).toBe(allLeads.filter((lead) => lead.stage === "mql").length);
    expect(result.rows.leads).toBe(LEAD_COUNT);
    expect(allLeads).toHaveLength(LEAD_COUNT);
  });

  it("gives every lead a creation event", () => {
    const creations = allEvents.filter((event) => event.fromStage === null);
    const leadsWithoutOneCreation = allLeads.filter((lead) => creations.filter((event) => event.leadId === lead.id).length !== 1).map((lead) => lead.id);

    expect(leadsWithoutOneCreation).toEqual([]);
    expect(creations.every((event) => event.toStage === "new")).toBe(true);
    expect(creations.every((event) => event.actorType === "system")).toBe(true);
  });

  it("allows every stage event", () => {
    const rejected = allEvents
      .filter((event) => !checkTransition(event.fromStage, event.toStage, event.actorType).ok)
      .map((event) => `${event.fromStage} -> ${event.toStage} by ${event.actorType}`);

    expect(rejected).toEqual([]);
  });

  it("chains events in time order", () => {
    const brokenChains: string[] = [];
    const wrongStages: string[] = [];

    for (const lead of allLeads) {
      const events = eventsOf(lead.id);
      for (const [index, event] of events.entries()) {
        if (index > 0 && event.fromStage !== events[index - 1]!.toStage) brokenChains.push(lead.id);
      }
      if (events.at(-1)?.toStage !== lead.stage) wrongStages.push(`${lead.id}: ${lead.stage} but last event ${events.at(-1)?.toStage}`);
    }

    expect(brokenChains).toEqual([]);
    expect(wrongStages).toEqual([]);
  });

  it("user events come from owners", () => {
    const userEvents = allEvents.filter((event) => event.actorType === "user");
    // Leads that never became MQLs have no owner, and the manager disqualifies the competitors among them.
    const strangers = userEvents
      .filter((event) => {
        const lead = allLeads.find((candidate) => candidate.id === event.leadId)!;
        const isOwner = event.actorId === lead.ownerId;
        const isManagerCleanUp = event.fromStage === "new" && userById.get(event.actorId ?? "")?.role === "manager";
        return !isOwner && !isManagerCleanUp;
      })
      .map((event) => event.id);

    expect(userEvents.length).toBeGreaterThan(0);
    expect(strangers).toEqual([]);
  });

  it("records nothing after now", () => {
    const late = [
      ...allEvents.map((event) => event.occurredAt),
      ...allActivities.map((activity) => activity.occurredAt),
      ...allSubmissions.map((submission) => submission.createdAt),
    ].filter((at) => at > NOW);

    expect(late).toEqual([]);
  });

  it("stores score equal to breakdown", () => {
    const mismatched = allLeads.filter((lead) => lead.score !== lead.scoreBreakdown.total).map((lead) => lead.id);
    const unbalanced = allLeads
      .filter((lead) => {
        const fired = lead.scoreBreakdown.fired.reduce((sum, rule) => sum + rule.points, 0);
        const capped = Object.values(lead.scoreBreakdown.capped).reduce((sum, points) => sum + points, 0);
        return fired - capped !== lead.scoreBreakdown.total;
      })
      .map((lead) => lead.id);

    expect(mismatched).toEqual([]);
    expect(unbalanced).toEqual([]);
  });

  it("rescoring reproduces stored breakdowns", async () => {
    const model = await getActiveModel(database.db);
    const submissionsByLead = groupByLead(allSubmissions);
    const differing: string[] = [];

    for (const lead of allLeads) {
      const history = submissionsByLead
        .get(lead.id)!
        .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
        .map((submission) => ({ offerKind: formById.get(submission.formId)!.offerKind, answers: submission.answers, at: submission.createdAt }));
      const facts = buildLeadFacts({ contact: contactById.get(lead.contactId)!, submissions: history });
      const breakdown = scoreLead({ model: model.document, modelVersion: model.version, facts, now: lead.scoredAt });
      if (!isDeepStrictEqual(breakdown, lead.scoreBreakdown)) differing.push(lead.id);
    }

    expect(differing).toEqual([]);
  });

  it("writes one score row per submission", async () => {
    const [scores] = await database.db.select({ n: count() }).from(leadScores);

    expect(scores!.n).toBe(allSubmissions.length);
  });

  it("answers fit their forms", () => {
    const invalid: string[] = [];
    const changed: string[] = [];

    for (const submission of allSubmissions) {
      const contact = contactById.get(submission.contactId)!;
      const form = formById.get(submission.formId)!;
      const raw = {
        name: contact.name,
        email: contact.email,
        company: contact.companyName,
        country: contact.country,
        phone: contact.phone ?? "",
        jobRole: contact.jobRole ?? "",
        consent: true,
        ...submission.answers,
      };
      const validation = validateSubmission(form.fields, raw);
      if (!validation.ok) invalid.push(`${submission.id}: ${JSON.stringify(validation.fieldErrors)}`);
      else if (!isDeepStrictEqual(validation.value.answers, submission.answers)) changed.push(submission.id);
    }

    expect(invalid).toEqual([]);
    expect(changed).toEqual([]);
  });

  it("sets source from first attribution", () => {
    const submissionsByLead = groupByLead(allSubmissions);
    const wrongSources = allLeads
      .filter((lead) => {
        const first = submissionsByLead.get(lead.id)!.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())[0]!;
        return lead.source !== (first.attribution.utm_source ?? "direct");
      })
      .map((lead) => lead.id);
    const sources = new Set(allLeads.map((lead) => lead.source));

    expect(wrongSources).toEqual([]);
    expect([...sources].every((source) => source === source.toLowerCase())).toBe(true);
    expect(sources).toContain("google");
    expect(sources).toContain("direct");
  });

  it("completes checklist of every SQL", () => {
    const incomplete = allLeads.filter((lead) => reachedStage(lead.id, "sql") && missingChecklistItems(lead.checklist).length > 0).map((lead) => lead.id);
    const sqlCount = allLeads.filter((lead) => reachedStage(lead.id, "sql")).length;

    expect(sqlCount).toBeGreaterThan(0);
    expect(incomplete).toEqual([]);
  });

  it("codes every disqualification", () => {
    const codes: readonly string[] = DISQUALIFICATION_REASONS.map((reason) => reason.id);
    const uncoded = allEvents.filter((event) => event.toStage === "disqualified" && !codes.includes(event.reasonCode ?? "")).map((event) => event.id);

    expect(uncoded).toEqual([]);
  });

  it("codes every lost deal", () => {
    const codes: readonly string[] = LOST_REASONS.map((reason) => reason.id);
    const uncoded = allEvents.filter((event) => event.toStage === "lost" && !codes.includes(event.reasonCode ?? "")).map((event) => event.id);

    expect(uncoded).toEqual([]);
  });

  it("disqualifies competitors and academics by reason", () => {
    const disqualifications = allEvents.filter((event) => event.toStage === "disqualified");
    const domainOf = (leadId: string) => contactById.get(allLeads.find((lead) => lead.id === leadId)!.contactId)!.emailDomain;
    const competitorCodes = new Set(disqualifications.filter((event) => COMPETITOR_DOMAINS.includes(domainOf(event.leadId))).map((event) => event.reasonCode));
    const academicCodes = new Set(disqualifications.filter((event) => /\.(ac|edu)\./.test(domainOf(event.leadId))).map((event) => event.reasonCode));

    expect([...competitorCodes]).toEqual(["competitor"]);
    expect([...academicCodes]).toEqual(["student_academic"]);
  });

  it("sets first touch from earliest touch", () => {
    const activitiesByLead = groupByLead(allActivities);
    const mismatched = allLeads
      .filter((lead) => {
        const touches = (activitiesByLead.get(lead.id) ?? []).filter((activity) => isTouch(activity.type)).map((activity) => activity.occurredAt.getTime());
        const earliest = touches.length > 0 ? Math.min(...touches) : null;
        return (lead.firstTouchAt?.getTime() ?? null) !== earliest;
      })
      .map((lead) => lead.id);

    expect(mismatched).toEqual([]);
  });

  it("logs activities by the owner", () => {
    const byOthers = allActivities.filter((activity) => allLeads.find((lead) => lead.id === activity.leadId)!.ownerId !== activity.userId).map((activity) => activity.id);

    expect(byOthers).toEqual([]);
  });

  it("sets SLA due from MQL time", () => {
    const workingHours = workingHoursOf(DEFAULT_SALES_SETTINGS);
    const mqls = allLeads.filter((lead) => lead.mqlAt !== null);
    const wrongDue = mqls.filter((lead) => lead.slaDueAt?.getTime() !== addWorkingHours(lead.mqlAt!, DEFAULT_SALES_SETTINGS.slaWorkingHours, workingHours).getTime());
    const wrongMqlAt = mqls.filter((lead) => eventsOf(lead.id).find((event) => event.toStage === "mql")!.occurredAt.getTime() !== lead.mqlAt!.getTime());
    const dueWithoutMql = allLeads.filter((lead) => lead.mqlAt === null && lead.slaDueAt !== null);

    expect(wrongDue.map((lead) => lead.id)).toEqual([]);
    expect(wrongMqlAt.map((lead) => lead.id)).toEqual([]);
    expect(dueWithoutMql.map((lead) => lead.id)).toEqual([]);
  });

  it("touches most MQLs within SLA", () => {
    const touched = allLeads.filter((lead) => lead.mqlAt !== null && lead.firstTouchAt !== null);
    const inTime = touched.filter((lead) => lead.firstTouchAt! <= lead.slaDueAt!);
    const untouched = allLeads.filter((lead) => lead.stage === "mql" && lead.firstTouchAt === null);

    expect(inTime.length / touched.length).toBeGreaterThan(0.6);
    expect(inTime.length).toBeLessThan(touched.length);
    expect(untouched.length).toBeGreaterThan(0);
  });

  it("assigns owners after MQL", () => {
    const owned = allLeads.filter((lead) => lead.ownerId !== null);
    const assignedEarly = owned.filter((lead) => lead.mqlAt === null || lead.assignedAt === null || lead.assignedAt < lead.mqlAt).map((lead) => lead.id);
    const workedWithoutOwner = allLeads.filter((lead) => lead.ownerId === null && ["sql", "opportunity", "won", "lost", "nurture"].includes(lead.stage)).map((lead) => lead.id);
    const queue = allLeads.filter((lead) => lead.stage === "mql" && lead.ownerId === null);
    const oldQueue = queue.filter((lead) => NOW.getTime() - lead.mqlAt!.getTime() > 7 * 86_400_000).map((lead) => lead.id);

    expect(owned.length).toBeGreaterThan(0);
    expect(assignedEarly).toEqual([]);
    expect(workedWithoutOwner).toEqual([]);
    expect(queue.length).toBeGreaterThan(0);
    expect(oldQueue).toEqual([]);
  });

  it("respects rep countries", () => {
    const outside = allLeads
      .filter((lead) => {
        const owner = lead.ownerId ? userById.get(lead.ownerId) : undefined;
        return owner?.role === "rep" && owner.countries.length > 0 && !owner.countries.includes(contactById.get(lead.contactId)!.country);
      })
      .map((lead) => lead.id);
    const ownerRoles = new Set(allLeads.filter((lead) => lead.ownerId).map((lead) => userById.get(lead.ownerId!)!.role));

    expect(outside).toEqual([]);
    expect([...ownerRoles].sort()).toEqual(["manager", "rep"]);
  });

  it("sets nurture date only in nurture", () => {
    const nurtured = allLeads.filter((lead) => lead.stage === "nurture");

    expect(nurtured.length).toBeGreaterThan(0);
    expect(nurtured.filter((lead) => lead.nurtureUntil === null)).toEqual([]);
    expect(allLeads.filter((lead) => lead.stage !== "nurture" && lead.nurtureUntil !== null)).toEqual([]);
  });

  it("keeps MQL share plausible", () => {
    const share = allLeads.filter((lead) => lead.mqlAt !== null).length / allLeads.length;

    expect(share).toBeGreaterThan(0.3);
    expect(share).toBeLessThan(0.5);
  });

  it("skips a second call", async () => {
    const before = await countRows();
    const second = await seedDemoHistory(database.db, { leadCount: LEAD_COUNT, now: NOW, randomSeed: RANDOM_SEED, userIds });

    expect(second).toEqual({ skipped: true });
    expect(await countRows()).toEqual(before);
  });

  it("repeats stage counts for one seed", async () => {
    const other = await createTestDatabase();
    try {
      const otherUserIds = await seedDemoUsers(other.db);
      const repeated = await seedDemoHistory(other.db, { leadCount: LEAD_COUNT, now: NOW, randomSeed: RANDOM_SEED, userIds: otherUserIds });

      expect(repeated.skipped).toBe(false);
      expect(result.skipped).toBe(false);
      if (repeated.skipped || result.skipped) return;
      expect(repeated.stages).toEqual(result.stages);
      expect(repeated.rows).toEqual(result.rows);
    } finally {
      await other.close();
    }
    // Opens, migrates and seeds a second database, which takes as long as a hook.
  }, 60_000);
});

describe("working calendar", () => {
  it.each(["UTC", "Europe/Berlin", "America/New_York"])("matches addWorkingHours in %s", (timeZone) => {
    const workingHours = { timeZone, days: [1, 2, 3, 4, 5, 6], startHour: 8, endHour: 18 };
    const from = new Date("2026-01-01T00:00:00Z");
    const to = new Date("2026-12-31T00:00:00Z");
    const calendar = createWorkingCalendar(workingHours, { from, to });
    const random = createRandom(1);
    const differing: string[] = [];

    for (let sample = 0; sample < 500; sample++) {
      // Starts leave 60 days before `to`, so the 200 hours stay inside the calendar.
      const start = new Date(from.getTime() + random.next() * (to.getTime() - from.getTime() - 60 * 86_400_000));
      const hours = random.chance(0.2) ? 0 : random.between(0, 200);
      const expected = addWorkingHours(start, hours, workingHours).getTime();
      if (calendar.addHours(start, hours).getTime() !== expected) differing.push(`${start.toISOString()} + ${hours} h`);
    }

    expect(differing).toEqual([]);
  });
});
