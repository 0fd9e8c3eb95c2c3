import { isOpenStage, type ActorType, type Stage } from "@/lib/lifecycle/stages";
import { checkTransition } from "@/lib/lifecycle/transitions";
import { missingChecklistItems, type Checklist, type ChecklistItemId } from "@/lib/qualification/checklist";
import { isTouch, type ActivityOutcome, type ActivityType } from "@/lib/qualification/reasons";

export type StoryEvent = {
  fromStage: Stage | null;
  toStage: Stage;
  actorType: ActorType;
  actorId: string | null;
  reason: string;
  reasonCode: string | null;
  occurredAt: Date;
};

export type StoryActivity = { userId: string; type: ActivityType; outcome: ActivityOutcome | null; note: string | null; occurredAt: Date };

/**
 * The history of one lead, written step by step in time order. The first
 * step dated after `now` ends the story, and every later step is dropped,
 * so a plan that runs past `now` stops there. Each method returns
 * whether its step was kept. A step that breaks the lifecycle rules throws,
 * because it is a bug in the plan.
 */
export class LeadStory {
  stage: Stage | null = null;
  ownerId: string | null = null;
  assignedAt: Date | null = null;
  firstTouchAt: Date | null = null;
  nurtureUntil: Date | null = null;
  checklist: Checklist = {};
  // When the lead left the open stages or went to nurture. In the product, a later submission would open or reopen a lead.
  closedAt: Date | null = null;
  lastStepAt: Date | null = null;
  ended = false;
  readonly events: StoryEvent[] = [];
  readonly activities: StoryActivity[] = [];

  constructor(private readonly now: Date) {}

  private admit(at: Date): boolean {
    if (this.ended) return false;
    if (this.lastStepAt && at < this.lastStepAt) {
      throw new Error(`Demo history step at ${at.toISOString()} comes before the previous step at ${this.lastStepAt.toISOString()}.`);
    }
    if (at > this.now) {
      this.ended = true;
      return false;
    }

    this.lastStepAt = at;
    return true;
  }

  move(step: { to: Stage; at: Date; actor: { type: ActorType; userId?: string }; reason: string; reasonCode?: string; nurtureUntil?: Date }): boolean {
    if (!this.admit(step.at)) return false;

    const check = checkTransition(this.stage, step.to, step.actor.type);
    if (!check.ok) throw new Error(`Demo history: ${check.message}`);
    if (step.to === "sql" && missingChecklistItems(this.checklist).length > 0) {
      throw new Error(`Demo history: a lead became an SQL with checklist items missing: ${missingChecklistItems(this.checklist).join(", ")}.`);
    }

    this.events.push({
      fromStage: this.stage,
      toStage: step.to,
      actorType: step.actor.type,
      actorId: step.actor.userId ?? null,
      reason: step.reason,
      reasonCode: step.reasonCode ?? null,
      occurredAt: step.at,
    });
    this.stage = step.to;
    this.nurtureUntil = step.to === "nurture" ? (step.nurtureUntil ?? null) : null;
    if (!isOpenStage(step.to) || step.to === "nurture") this.closedAt = step.at;

    return true;
  }

  assign(step: { at: Date; userId: string }): boolean {
    if (!this.admit(step.at)) return false;

    this.ownerId = step.userId;
    this.assignedAt = step.at;
    return true;
  }

  logActivity(step: { at: Date; userId: string; type: ActivityType; outcome?: ActivityOutcome; note?: string }): boolean {
    if (!this.admit(step.at)) return false;

    this.activities.push({ userId: step.userId, type: step.type, outcome: step.outcome ?? null, note: step.note ?? null, occurredAt: step.at });
    if (isTouch(step.type) && this.firstTouchAt === null) this.firstTouchAt = step.at;
    return true;
  }

  /** Confirm checklist items with their notes. Only an MQL, SQL or opportunity has an editable checklist. */
  confirm(step: { at: Date; userId: string; notes: Partial<Record<ChecklistItemId, string>> }): boolean {
    if (!this.admit(step.at)) return false;
    if (this.stage !== "mql" && this.stage !== "sql" && this.stage !== "opportunity") {
      throw new Error(`Demo history: the checklist of a lead in stage ${this.stage} cannot change.`);
    }

    for (const [id, note] of Object.entries(step.notes)) {
      this.checklist[id as ChecklistItemId] = { confirmed: true, note, updatedBy: step.userId, updatedAt: step.at.toISOString() };
    }
    return true;
  }
}
