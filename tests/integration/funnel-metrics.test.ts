import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Role } from "@/lib/auth/roles";
import { contacts, forms, leads, stageEvents, users } from "@/lib/db/schema";
import type { Stage } from "@/lib/lifecycle/stages";
import { measureCohortConversion } from "@/lib/metrics/cohort";
import { countDisqualificationReasons } from "@/lib/metrics/disqualification";
import { loadFunnelReport } from "@/lib/metrics/funnel-report";
import { measureMqlToSqlByForm, measureMqlToSqlBySource } from "@/lib/metrics/mql-to-sql";
import type { Period } from "@/lib/metrics/period";
import { listRepActivity } from "@/lib/metrics/reps";
import { measureSlaCompliance, measureSpeedToLead } from "@/lib/metrics/speed-to-lead";
import { countStageEntries, listDailyLeads } from "@/lib/metrics/stage-entries";
import type { ScoreBreakdown } from "@/lib/scoring/model";

import { createTestDatabase, type TestDatabase } from "../helpers/database";

/**
 * A hand-made event log with known results. Times are UTC. The period is
 * 1 to 7 March 2025. Lead L2 enters at 23:30 UTC on 3 March, which is
 * 08:30 on 4 March in Tokyo (UTC+9), and L8 and L9 sit just outside the UTC
 * period and the Tokyo period respectively. L14 re-enters new and mql from
 * nurture, which counts as stage entries but not as a lead created.
 */

type UserKey = "alice" | "bob" | "mia" | "mark" | "rita" | "yuki" | "zed";
type FormKey = "datasheet" | "sample";

type EventSpec = { to: Stage; at: string; by?: UserKey; reasonCode?: string };
type LeadSpec = {
  key: string;
  form: FormKey;
  source: string;
  owner?: UserKey;
  assignedAt?: string;
  slaDueAt?: string;
  firstTouchAt?: string;
  events: EventSpec[];
};

const USERS: { key: UserKey; name: string; role: Role; active: boolean }[] = [
  { key: "alice", name: "Alice Archer", role: "rep", active: true },
  { key: "bob", name: "Bob Brandt", role: "rep", active: true },
  { key: "mia", name: "Mia Moreau", role: "manager", active: true },
  { key: "mark", name: "Mark Marsh", role: "marketing", active: true },
  { key: "rita", name: "Rita Rossi", role: "rep", active: true },
  { key: "yuki", name: "Yuki Yamada", role: "rep", active: false },
  { key: "zed", name: "Zed Zimmer", role: "rep", active: false },
];

const FORMS: { key: FormKey; name: string; offerKind: "tds" | "sample" }[] = [
  { key: "datasheet", name: "Funnel datasheet", offerKind: "tds" },
  { key: "sample", name: "Funnel sample", offerKind: "sample" },
];

const LEADS: LeadSpec[] = [
  {
    key: "L0",
    form: "datasheet",
    source: "linkedin",
    owner: "alice",
    assignedAt: "2025-02-21T10:05",
    slaDueAt: "2025-02-21T14:00",
    firstTouchAt: "2025-02-21T10:30",
    events: [
      { to: "new", at: "2025-02-20T10:00" },
      { to: "mql", at: "2025-02-21T10:00" },
      { to: "sql", at: "2025-03-02T09:00", by: "alice" },
    ],
  },
  {
    key: "L1",
    form: "datasheet",
    source: "linkedin",
    owner: "alice",
    assignedAt: "2025-03-01T09:10",
    slaDueAt: "2025-03-01T13:05",
    firstTouchAt: "2025-03-01T09:35",
    events: [
      { to: "new", at: "2025-03-01T09:00" },
      { to: "mql", at: "2025-03-01T09:05" },
      { to: "sql", at: "2025-03-02T10:00", by: "alice" },
      { to: "opportunity", at: "2025-03-05T10:00", by: "alice" },
      { to: "won", at: "2025-03-07T10:00", by: "alice" },
    ],
  },
  {
    key: "L2",
    form: "datasheet",
    source: "linkedin",
    owner: "bob",
    assignedAt: "2025-03-04T00:00",
    slaDueAt: "2025-03-04T01:00",
    firstTouchAt: "2025-03-04T01:40",
    events: [
      { to: "new", at: "2025-03-03T23:30" },
      { to: "mql", at: "2025-03-03T23:40" },
      { to: "sql", at: "2025-03-09T10:00", by: "bob" },
    ],
  },
  {
    key: "L3",
    form: "sample",
    source: "google",
    owner: "alice",
    assignedAt: "2025-03-02T10:05",
    slaDueAt: "2025-03-02T14:01",
    firstTouchAt: "2025-03-02T10:11",
    events: [
      { to: "new", at: "2025-03-02T10:00" },
      { to: "mql", at: "2025-03-02T10:01" },
      { to: "disqualified", at: "2025-03-04T10:00", by: "alice", reasonCode: "below_moq" },
    ],
  },
  {
    key: "L4",
    form: "sample",
    source: "google",
    owner: "bob",
    assignedAt: "2025-03-05T08:15",
    slaDueAt: "2025-03-05T12:10",
    events: [
      { to: "new", at: "2025-03-05T08:00" },
      { to: "mql", at: "2025-03-05T08:10" },
    ],
  },
  {
    key: "L5",
    form: "sample",
    source: "direct",
    slaDueAt: "2025-03-10T06:00",
    events: [
      { to: "new", at: "2025-03-07T12:00" },
      { to: "mql", at: "2025-03-07T12:30" },
    ],
  },
  {
    key: "L6",
    form: "datasheet",
    source: "direct",
    events: [
      { to: "new", at: "2025-03-06T09:00" },
      { to: "disqualified", at: "2025-03-06T09:30", by: "mia", reasonCode: "student_academic" },
    ],
  },
  {
    key: "L7",
    form: "datasheet",
    source: "newsletter",
    events: [
      { to: "new", at: "2025-03-04T11:00" },
      { to: "nurture", at: "2025-03-05T11:00", by: "alice" },
    ],
  },
  {
    key: "L8",
    form: "sample",
    source: "google",
    events: [
      { to: "new", at: "2025-02-28T16:00" },
      { to: "mql", at: "2025-02-28T16:30" },
    ],
  },
  {
    key: "L9",
    form: "sample",
    source: "newsletter",
    events: [{ to: "new", at: "2025-03-07T20:00" }],
  },
  {
    key: "L10",
    form: "datasheet",
    source: "linkedin",
    owner: "mia",
    assignedAt: "2025-03-03T08:40",
    slaDueAt: "2025-03-03T09:00",
    firstTouchAt: "2025-03-03T09:00",
    events: [
      { to: "new", at: "2025-03-03T08:00" },
      { to: "mql", at: "2025-03-03T08:30" },
      { to: "disqualified", at: "2025-03-05T12:00", by: "mia", reasonCode: "competitor" },
    ],
  },
  {
    key: "L11",
    form: "sample",
    source: "direct",
    events: [
      { to: "new", at: "2025-03-06T15:00" },
      { to: "disqualified", at: "2025-03-06T15:01", by: "yuki" },
    ],
  },
  {
    key: "L12",
    form: "sample",
    source: "google",
    owner: "bob",
    assignedAt: "2025-03-02T12:20",
    slaDueAt: "2025-03-02T17:00",
    firstTouchAt: "2025-03-02T12:30",
    events: [
      { to: "new", at: "2025-03-02T12:00" },
      { to: "mql", at: "2025-03-02T13:00" },
    ],
  },
  {
    key: "L13",
    form: "datasheet",
    source: "newsletter",
    events: [
      { to: "new", at: "2025-03-06T10:00" },
      { to: "mql", at: "2025-03-06T10:30" },
    ],
  },
  {
    // Reached SQL before the period, went to nurture, and came back as an MQL in the period.
    key: "L14",
    form: "datasheet",
    source: "partner",
    owner: "bob",
    assignedAt: "2025-02-11T10:00",
    events: [
      { to: "new", at: "2025-02-10T10:00" },
      { to: "mql", at: "2025-02-11T09:00" },
      { to: "sql", at: "2025-03-01T10:00", by: "bob" },
      { to: "nurture", at: "2025-03-02T10:00", by: "bob" },
      { to: "new", at: "2025-03-03T10:00" },
      { to: "mql", at: "2025-03-04T10:00" },
    ],
  },
];

const UTC_PERIOD: Period = { from: "2025-03-01", to: "2025-03-08", timeZone: "UTC" };
const TOKYO_PERIOD: Period = { from: "2025-03-01", to: "2025-03-08", timeZone: "Asia/Tokyo" };
const EMPTY_PERIOD: Period = { from: "2024-01-01", to: "2024-01-08", timeZone: "UTC" };
const NOW = utc("2025-03-10T00:00");

function utc(localIso: string): Date {
  return new Date(`${localIso}:00Z`);
}

const SCORE_BREAKDOWN = { total: 50 } as ScoreBreakdown;

let database: TestDatabase;
const userIds = new Map<UserKey, string>();

async function insertEventLog(): Promise<void> {
  const { db } = database;

  for (const user of USERS) {
    const [row] = await db
      .insert(users)
      .values({ email: `${user.key}@funnel.example`, name: user.name, role: user.role, active: user.active, passwordHash: "unused" })
      .returning({ id: users.id });
    userIds.set(user.key, row!.id);
  }

  const formIds = new Map<FormKey, string>();
  for (const form of FORMS) {
    const [row] = await db
      .insert(forms)
      .values({
        slug: `funnel-${form.key}`,
        name: form.name,
        offerKind: form.offerKind,
        fields: [],
        consentText: "I agree.",
        consentVersion: "1",
        thankYouMessage: "Thanks.",
      })
      .returning({ id: forms.id });
    formIds.set(form.key, row!.id);
  }

  for (const lead of LEADS) {
    const [contact] = await db
      .insert(contacts)
      .values({
        email: `${lead.key}@buyer.example`,
        emailNormalized: `${lead.key.toLowerCase()}@buyer.example`,
        emailDomain: "buyer.example",
        name: `Buyer ${lead.key}`,
        companyName: "Buyer GmbH",
        country: "DE",
      })
      .returning({ id: contacts.id });
    const created = utc(lead.events[0]!.at);
    const mqlEvent = lead.events.find((event) => event.to === "mql");
    const [row] = await db
      .insert(leads)
      .values({
        contactId: contact!.id,
        formId: formIds.get(lead.form)!,
        stage: lead.events.at(-1)!.to,
        score: 50,
        scoreBreakdown: SCORE_BREAKDOWN,
        scoringModelVersion: 1,
        scoredAt: created,
        source: lead.source,
        ownerId: lead.owner ? userIds.get(lead.owner)! : null,
        assignedAt: lead.assignedAt ? utc(lead.assignedAt) : null,
        mqlAt: mqlEvent ? utc(mqlEvent.at) : null,
        slaDueAt: lead.slaDueAt ? utc(lead.slaDueAt) : null,
        firstTouchAt: lead.firstTouchAt ? utc(lead.firstTouchAt) : null,
        createdAt: created,
      })
      .returning({ id: leads.id });

    await db.insert(stageEvents).values(
      lead.events.map((event, index) => ({
        leadId: row!.id,
        fromStage: index === 0 ? null : lead.events[index - 1]!.to,
        toStage: event.to,
        actorType: event.by ? ("user" as const) : ("system" as const),
        actorId: event.by ? userIds.get(event.by)! : null,
        reasonCode: event.reasonCode ?? null,
        occurredAt: utc(event.at),
      })),
    );
  }
}

beforeAll(async () => {
  database = await createTestDatabase();
  await insertEventLog();
});

afterAll(async () => {
  await database?.close();
});

describe(`funnel metrics on ${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"}`, () => {
  it("counts stage entries in UTC", async () => {
    const entries = await countStageEntries({ db: database.db, period: UTC_PERIOD });

    expect(entries).toEqual([
      { stage: "new", entries: 13 },
      { stage: "mql", entries: 9 },
      { stage: "sql", entries: 3 },
      { stage: "opportunity", entries: 1 },
      { stage: "won", entries: 1 },
      { stage: "lost", entries: 0 },
      { stage: "disqualified", entries: 4 },
      { stage: "nurture", entries: 2 },
    ]);
  });

  it("counts stage entries in Tokyo", async () => {
    const entries = await countStageEntries({ db: database.db, period: TOKYO_PERIOD });

    expect(entries.find((entry) => entry.stage === "new")!.entries).toBe(13);
    expect(entries.find((entry) => entry.stage === "mql")!.entries).toBe(10);
    expect(entries.find((entry) => entry.stage === "disqualified")!.entries).toBe(4);
  });

  it("buckets daily leads in UTC", async () => {
    const days = await listDailyLeads({ db: database.db, period: UTC_PERIOD });

    expect(days).toEqual([
      { day: "2025-03-01", newLeads: 1, newMqls: 1 },
      { day: "2025-03-02", newLeads: 2, newMqls: 2 },
      { day: "2025-03-03", newLeads: 2, newMqls: 2 },
      { day: "2025-03-04", newLeads: 1, newMqls: 1 },
      { day: "2025-03-05", newLeads: 1, newMqls: 1 },
      { day: "2025-03-06", newLeads: 3, newMqls: 1 },
      { day: "2025-03-07", newLeads: 2, newMqls: 1 },
    ]);
  });

  it("buckets daily leads in Tokyo", async () => {
    const days = await listDailyLeads({ db: database.db, period: TOKYO_PERIOD });

    // L2 (23:30 UTC on 3 March) moves to 4 March; L11 (15:00 UTC on 6 March) is midnight on 7 March.
    expect(days).toEqual([
      { day: "2025-03-01", newLeads: 2, newMqls: 2 },
      { day: "2025-03-02", newLeads: 2, newMqls: 2 },
      { day: "2025-03-03", newLeads: 1, newMqls: 1 },
      { day: "2025-03-04", newLeads: 2, newMqls: 2 },
      { day: "2025-03-05", newLeads: 1, newMqls: 1 },
      { day: "2025-03-06", newLeads: 2, newMqls: 1 },
      { day: "2025-03-07", newLeads: 2, newMqls: 1 },
    ]);
  });

  it("measures cohort conversion in UTC", async () => {
    const cohort = await measureCohortConversion({ db: database.db, period: UTC_PERIOD });

    expect(cohort.steps).toEqual([
      { stage: "new", leads: 12, stepRate: null },
      { stage: "mql", leads: 8, stepRate: 8 / 12 },
      { stage: "sql", leads: 2, stepRate: 2 / 8 },
      { stage: "opportunity", leads: 1, stepRate: 1 / 2 },
      { stage: "won", leads: 1, stepRate: 1 },
    ]);
    expect(cohort.overallRate).toBe(1 / 12);
  });

  it("measures cohort conversion in Tokyo", async () => {
    const cohort = await measureCohortConversion({ db: database.db, period: TOKYO_PERIOD });

    expect(cohort.steps.map((step) => step.leads)).toEqual([12, 9, 2, 1, 1]);
  });

  it("measures MQL to SQL by form", async () => {
    const rows = await measureMqlToSqlByForm({ db: database.db, period: UTC_PERIOD });

    expect(rows.map(({ formName, offerKind, mqls, sqls, rate }) => ({ formName, offerKind, mqls, sqls, rate }))).toEqual([
      { formName: "Funnel datasheet", offerKind: "tds", mqls: 5, sqls: 2, rate: 2 / 5 },
      { formName: "Funnel sample", offerKind: "sample", mqls: 4, sqls: 0, rate: 0 },
    ]);
  });

  it("measures MQL to SQL by source", async () => {
    const rows = await measureMqlToSqlBySource({ db: database.db, period: UTC_PERIOD });

    expect(rows).toEqual([
      { source: "google", mqls: 3, sqls: 0, rate: 0 },
      { source: "linkedin", mqls: 3, sqls: 2, rate: 2 / 3 },
      { source: "direct", mqls: 1, sqls: 0, rate: 0 },
      { source: "newsletter", mqls: 1, sqls: 0, rate: 0 },
      { source: "partner", mqls: 1, sqls: 0, rate: 0 },
    ]);
  });

  it("measures speed to lead", async () => {
    const speed = await measureSpeedToLead({ db: database.db, period: UTC_PERIOD });

    // Touched after 30, 120, 10, 30 and 0 minutes (L12 was touched before its MQL event).
    expect(speed.mqls).toBe(9);
    expect(speed.touched).toBe(5);
    expect(speed.untouched).toBe(4);
    expect(speed.medianMinutes).toBe(30);
    expect(speed.p90Minutes).toBeCloseTo(84, 9);
  });

  it("measures SLA compliance", async () => {
    const sla = await measureSlaCompliance({ db: database.db, period: UTC_PERIOD, now: NOW });

    expect(sla.met).toBe(4);
    expect(sla.missed).toBe(2);
    expect(sla.pending).toBe(1);
    expect(sla.withoutDueTime).toBe(2);
    expect(sla.share).toBe(4 / 6);
  });

  it("judges pending MQLs at now", async () => {
    const sla = await measureSlaCompliance({ db: database.db, period: UTC_PERIOD, now: utc("2025-03-10T06:01") });

    expect(sla.missed).toBe(3);
    expect(sla.pending).toBe(0);
  });

  it("counts disqualification reasons by source", async () => {
    const rows = await countDisqualificationReasons({ db: database.db, period: UTC_PERIOD });

    expect(rows).toEqual([
      { source: "direct", reasonCode: "student_academic", disqualified: 1 },
      { source: "direct", reasonCode: null, disqualified: 1 },
      { source: "google", reasonCode: "below_moq", disqualified: 1 },
      { source: "linkedin", reasonCode: "competitor", disqualified: 1 },
    ]);
  });

  it("lists rep activity", async () => {
    const reps = await listRepActivity({ db: database.db, period: UTC_PERIOD });

    expect(reps.map(({ name, role, active, mqlsOwned, touched, sqlsMade, disqualified }) => ({ name, role, active, mqlsOwned, touched, sqlsMade, disqualified }))).toEqual([
      { name: "Alice Archer", role: "rep", active: true, mqlsOwned: 2, touched: 2, sqlsMade: 2, disqualified: 1 },
      { name: "Bob Brandt", role: "rep", active: true, mqlsOwned: 3, touched: 2, sqlsMade: 1, disqualified: 0 },
      { name: "Mia Moreau", role: "manager", active: true, mqlsOwned: 1, touched: 1, sqlsMade: 0, disqualified: 2 },
      { name: "Rita Rossi", role: "rep", active: true, mqlsOwned: 0, touched: 0, sqlsMade: 0, disqualified: 0 },
      { name: "Yuki Yamada", role: "rep", active: false, mqlsOwned: 0, touched: 0, sqlsMade: 0, disqualified: 1 },
    ]);
    expect(reps[0]!.userId).toBe(userIds.get("alice"));
  });

  it("reports an empty period", async () => {
    const report = await loadFunnelReport({ db: database.db, period: EMPTY_PERIOD, now: NOW });

    expect(report.stageEntries.every((entry) => entry.entries === 0)).toBe(true);
    expect(report.dailyLeads).toHaveLength(7);
    expect(report.cohort.overallRate).toBeNull();
    expect(report.mqlToSqlByForm).toEqual([]);
    expect(report.speedToLead).toEqual({ mqls: 0, touched: 0, untouched: 0, medianMinutes: null, p90Minutes: null });
    expect(report.sla.share).toBeNull();
    expect(report.disqualificationReasons).toEqual([]);
  });

  it("loads the whole report", async () => {
    const report = await loadFunnelReport({ db: database.db, period: UTC_PERIOD, now: NOW });

    expect(report.asOf).toBe("2025-03-10T00:00:00.000Z");
    expect(report.cohort.steps[2]!.leads).toBe(2);
    expect(report.reps).toHaveLength(5);
  });

  it("rejects an offset time zone", async () => {
    const period = { ...UTC_PERIOD, timeZone: "+09:00" };

    await expect(countStageEntries({ db: database.db, period })).rejects.toThrow(/Invalid time zone/);
  });
});
