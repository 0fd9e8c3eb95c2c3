import { sql } from "drizzle-orm";
import { bigint, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

import type { Attribution } from "@/lib/capture/attribution";
import type { Answers } from "@/lib/forms/catalog";
import type { ActorType, Stage } from "@/lib/lifecycle/stages";
import type { ScoreBreakdown } from "@/lib/scoring/model";

import type { Checklist } from "@/lib/qualification/checklist";
import type { ActivityOutcome, ActivityType } from "@/lib/qualification/reasons";

import { contacts } from "./contacts";
import { forms } from "./forms";
import { users } from "./users";

export const leads = pgTable(
  "leads",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    contactId: uuid("contact_id")
      .notNull()
      .references(() => contacts.id),
    // Form of the submission that created the lead.
    formId: uuid("form_id")
      .notNull()
      .references(() => forms.id),
    stage: text("stage").$type<Stage>().notNull(),
    // Why the lead sits in its stage, such as the missing qualification answers of a `new` lead.
    stageReason: text("stage_reason"),
    score: integer("score").notNull(),
    scoreBreakdown: jsonb("score_breakdown").$type<ScoreBreakdown>().notNull(),
    scoringModelVersion: integer("scoring_model_version").notNull(),
    scoredAt: timestamp("scored_at", { withTimezone: true }).notNull(),
    // First-touch utm_source, lower-cased; "direct" without one. Copied here so funnel queries group without a join.
    source: text("source").notNull().default("direct"),
    ownerId: uuid("owner_id").references(() => users.id),
    assignedAt: timestamp("assigned_at", { withTimezone: true }),
    mqlAt: timestamp("mql_at", { withTimezone: true }),
    // First response is due by then: the MQL time plus the SLA's working hours.
    slaDueAt: timestamp("sla_due_at", { withTimezone: true }),
    firstTouchAt: timestamp("first_touch_at", { withTimezone: true }),
    checklist: jsonb("checklist").$type<Checklist>().notNull().default({}),
    // Queue an MQL waits in under the handoff mode: "review" for marketing's acceptance, "sales" for the sales queue.
    handoff: text("handoff", { enum: ["review", "sales"] }),
    // Set while the lead is in nurture: when a rep should look at it again.
    nurtureUntil: timestamp("nurture_until", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    // A contact has at most one open lead; new submissions add to it.
    uniqueIndex("leads_one_open_per_contact_idx")
      .on(table.contactId)
      .where(sql`${table.stage} in ('new', 'mql', 'sql', 'opportunity', 'nurture')`),
    index("leads_stage_score_idx").on(table.stage, table.score),
    index("leads_owner_id_idx").on(table.ownerId, table.stage),
    // Per-rep funnel counts select leads by assignment time.
    index("leads_assigned_at_idx").on(table.assignedAt, table.ownerId, table.firstTouchAt).where(sql`${table.ownerId} is not null`),
  ],
);

export const submissions = pgTable(
  "submissions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    formId: uuid("form_id")
      .notNull()
      .references(() => forms.id),
    contactId: uuid("contact_id")
      .notNull()
      .references(() => contacts.id),
    leadId: uuid("lead_id")
      .notNull()
      .references(() => leads.id),
    // One per rendered form or API request; a retry with the same key returns the stored submission.
    idempotencyKey: text("idempotency_key").notNull().unique(),
    answers: jsonb("answers").$type<Answers>().notNull(),
    attribution: jsonb("attribution").$type<Attribution>().notNull(),
    channel: text("channel", { enum: ["hosted", "embed", "api"] }).notNull(),
    consentVersion: text("consent_version").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("submissions_lead_id_idx").on(table.leadId), index("submissions_contact_id_idx").on(table.contactId)],
);

/** Append-only log of stage changes; funnel metrics are computed from it. */
export const stageEvents = pgTable(
  "stage_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    // Insertion order: breaks ties between events written in one transaction with the same time.
    sequence: bigint("sequence", { mode: "number" }).generatedAlwaysAsIdentity(),
    leadId: uuid("lead_id")
      .notNull()
      .references(() => leads.id),
    // Null for the event that creates the lead.
    fromStage: text("from_stage").$type<Stage>(),
    toStage: text("to_stage").$type<Stage>().notNull(),
    actorType: text("actor_type").$type<ActorType>().notNull(),
    // User id when actorType is "user".
    actorId: uuid("actor_id"),
    reason: text("reason"),
    // Disqualification or lost reason id, for grouping; the free text stays in `reason`.
    reasonCode: text("reason_code"),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("stage_events_lead_id_idx").on(table.leadId, table.occurredAt),
    // Covers the funnel's period scans, which read these columns only, so they need not visit the table.
    index("stage_events_to_stage_idx").on(table.toStage, table.occurredAt, table.leadId, table.fromStage, table.actorId),
  ],
);

/** Every scoring of a lead, with the model version that produced it. */
export const leadScores = pgTable(
  "lead_scores",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    leadId: uuid("lead_id")
      .notNull()
      .references(() => leads.id),
    scoringModelVersion: integer("scoring_model_version").notNull(),
    score: integer("score").notNull(),
    breakdown: jsonb("breakdown").$type<ScoreBreakdown>().notNull(),
    scoredAt: timestamp("scored_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("lead_scores_lead_id_idx").on(table.leadId, table.scoredAt)],
);

/** Touches and milestones a user logs on a lead. */
export const activities = pgTable(
  "activities",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    leadId: uuid("lead_id")
      .notNull()
      .references(() => leads.id),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    type: text("type").$type<ActivityType>().notNull(),
    outcome: text("outcome").$type<ActivityOutcome>(),
    note: text("note"),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("activities_lead_id_idx").on(table.leadId, table.occurredAt)],
);

export type Lead = typeof leads.$inferSelect;
export type Activity = typeof activities.$inferSelect;
export type Submission = typeof submissions.$inferSelect;
export type StageEvent = typeof stageEvents.$inferSelect;
