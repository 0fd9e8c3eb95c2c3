"use server";

import { revalidatePath } from "next/cache";

import type { ActionState } from "@/components/leads/action-state";
import { currentActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { advanceLead } from "@/lib/leads/advance-lead";
import { assignLead } from "@/lib/leads/assign-lead";
import { claimLead } from "@/lib/leads/claim-lead";
import type { LeadContext } from "@/lib/leads/context";
import { disqualifyLead } from "@/lib/leads/disqualify-lead";
import { logActivity } from "@/lib/leads/log-activity";
import { qualifyLead } from "@/lib/leads/qualify-lead";
import { rejectMql } from "@/lib/leads/reject-mql";
import { reviewMql } from "@/lib/leads/review-mql";
import { updateChecklist } from "@/lib/leads/update-checklist";
import { CHECKLIST_ITEMS } from "@/lib/qualification/checklist";
import type { Result } from "@/lib/result";

/*
 * Server actions of the lead page. Each is a public endpoint: it reads the
 * session itself and passes the lead id to a use case that checks the
 * actor against the stored lead.
 */

const SIGNED_OUT: ActionState = { status: "error", message: "Your session has ended. Sign in again.", fieldErrors: {} };

async function withContext(run: (ctx: LeadContext) => Promise<Result<unknown>>, leadId: string, success: string): Promise<ActionState> {
  const actor = await currentActor();
  if (!actor) return SIGNED_OUT;

  const result = await run({ db: await getDb(), actor });
  if (!result.ok) {
    return { status: "error", message: result.error.message, fieldErrors: result.error.code === "invalid" ? (result.error.fieldErrors ?? {}) : {} };
  }
  revalidatePath(`/leads/${leadId}`);
  revalidatePath("/queue");
  revalidatePath("/review");

  return { status: "ok", message: success };
}

function text(formData: FormData, key: string): string | undefined {
  const value = formData.get(key);
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

export async function claimAction(leadId: string, _state: ActionState): Promise<ActionState> {
  return withContext((ctx) => claimLead({ ctx, input: { leadId } }), leadId, "You own this lead now.");
}

export async function logActivityAction(leadId: string, _state: ActionState, formData: FormData): Promise<ActionState> {
  const input = { leadId, type: text(formData, "type"), outcome: text(formData, "outcome"), note: text(formData, "note"), occurredAt: text(formData, "occurredAt") };

  return withContext((ctx) => logActivity({ ctx, input }), leadId, "Activity logged.");
}

/** Save the checklist; with intent "qualify", also mark the lead as SQL, so ticked boxes count without a separate save. */
export async function saveChecklistAction(leadId: string, _state: ActionState, formData: FormData): Promise<ActionState> {
  const items = Object.fromEntries(
    CHECKLIST_ITEMS.map((item) => [item.id, { confirmed: formData.get(`${item.id}.confirmed`) === "on", note: text(formData, `${item.id}.note`) }]),
  );
  const qualify = formData.get("intent") === "qualify";

  return withContext(
    async (ctx) => {
      const saved = await updateChecklist({ ctx, input: { leadId, items } });
      if (!saved.ok || !qualify) return saved;
      return qualifyLead({ ctx, input: { leadId } });
    },
    leadId,
    qualify ? "Checklist saved and marked as SQL." : "Checklist saved.",
  );
}

export async function disqualifyAction(leadId: string, _state: ActionState, formData: FormData): Promise<ActionState> {
  const input = { leadId, reason: text(formData, "reason"), note: text(formData, "note"), nurtureUntil: text(formData, "nurtureUntil") };
  const message = input.nurtureUntil ? "Sent to nurture." : "Lead disqualified.";

  return withContext((ctx) => disqualifyLead({ ctx, input }), leadId, message);
}

export async function advanceAction(leadId: string, _state: ActionState, formData: FormData): Promise<ActionState> {
  const input = { leadId, to: text(formData, "to"), lostReason: text(formData, "lostReason"), note: text(formData, "note") };

  return withContext((ctx) => advanceLead({ ctx, input }), leadId, "Stage updated.");
}

export async function assignAction(leadId: string, _state: ActionState, formData: FormData): Promise<ActionState> {
  return withContext((ctx) => assignLead({ ctx, input: { leadId, ownerId: text(formData, "ownerId") } }), leadId, "Owner changed.");
}

export async function rejectAction(leadId: string, _state: ActionState, formData: FormData): Promise<ActionState> {
  const input = { leadId, reason: text(formData, "reason"), note: text(formData, "note") };

  return withContext((ctx) => rejectMql({ ctx, input }), leadId, "Handed back to marketing.");
}

export async function reviewAction(leadId: string, decision: "accept" | "nurture", _state: ActionState): Promise<ActionState> {
  return withContext((ctx) => reviewMql({ ctx, input: { leadId, decision } }), leadId, decision === "accept" ? "Sent to the sales queue." : "Sent to nurture.");
}
