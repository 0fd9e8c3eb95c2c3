import { z } from "zod";

import { CHECKLIST_ITEM_IDS, CHECKLIST_NOTE_MAX } from "@/lib/qualification/checklist";
import { ACTIVITY_OUTCOMES, ACTIVITY_TYPES, DISQUALIFICATION_REASONS, LOST_REASONS, REJECTION_REASONS } from "@/lib/qualification/reasons";

/** Input schemas of the lead use cases. Client code may import this file. */

export const leadIdSchema = z.uuid({ error: "The lead id is not valid. Open the lead from the queue or the lead list." });

const note = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `The note is too long: the maximum is ${max} characters.` })
    .optional()
    .transform((value) => value || undefined);

export const activityInputSchema = z.object({
  leadId: leadIdSchema,
  type: z.enum(ACTIVITY_TYPES.map((type) => type.id) as [string, ...string[]], { error: "Choose an activity type from the list." }),
  outcome: z
    .enum(ACTIVITY_OUTCOMES.map((outcome) => outcome.id) as [string, ...string[]], { error: "Choose an outcome from the list." })
    .optional(),
  note: note(2000),
  occurredAt: z.coerce.date({ error: "Enter the date and time of the activity." }).optional(),
});

export const checklistInputSchema = z.object({
  leadId: leadIdSchema,
  items: z.record(
    z.enum(CHECKLIST_ITEM_IDS as [string, ...string[]], { error: "Unknown checklist item." }),
    z.object({ confirmed: z.boolean(), note: note(CHECKLIST_NOTE_MAX) }),
  ),
});

export const disqualifyInputSchema = z
  .object({
    leadId: leadIdSchema,
    reason: z.enum(DISQUALIFICATION_REASONS.map((reason) => reason.id) as [string, ...string[]], {
      error: "Choose a disqualification reason from the list.",
    }),
    note: note(1000),
    // Send to nurture until this date instead of closing the lead.
    nurtureUntil: z.coerce.date({ error: "Enter a valid revisit date." }).optional(),
  })
  .refine((input) => input.reason !== "other" || input.note, { error: "Add a note that explains the reason “Other”.", path: ["note"] });

export const rejectInputSchema = z
  .object({
    leadId: leadIdSchema,
    reason: z.enum(REJECTION_REASONS.map((reason) => reason.id) as [string, ...string[]], { error: "Choose why the MQL goes back to marketing." }),
    note: note(1000),
  })
  .refine((input) => input.reason !== "other" || input.note, { error: "Add a note that explains the reason “Other”.", path: ["note"] });

export const reviewInputSchema = z.object({
  leadId: leadIdSchema,
  decision: z.enum(["accept", "nurture"], { error: "Choose accept or nurture." }),
  nurtureUntil: z.coerce.date({ error: "Enter a valid revisit date." }).optional(),
});

export const advanceInputSchema = z
  .object({
    leadId: leadIdSchema,
    to: z.enum(["opportunity", "won", "lost"], { error: "Choose opportunity, won or lost." }),
    lostReason: z.enum(LOST_REASONS.map((reason) => reason.id) as [string, ...string[]]).optional(),
    note: note(1000),
  })
  .refine((input) => input.to !== "lost" || input.lostReason, { error: "Choose why the deal was lost.", path: ["lostReason"] })
  .refine((input) => input.lostReason !== "other" || input.note, { error: "Add a note that explains the reason “Other”.", path: ["note"] });

export const assignInputSchema = z.object({
  leadId: leadIdSchema,
  ownerId: z.uuid({ error: "Choose a user from the list." }),
});

export { fieldErrorsOf } from "@/lib/result";
