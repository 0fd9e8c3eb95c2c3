import type { Role } from "@/lib/auth/roles";
import type { Stage } from "@/lib/lifecycle/stages";

type ActorLike = { id: string; role: Role };
type LeadLike = { ownerId: string | null; stage: Stage; handoff?: "review" | "sales" | null };

/**
 * Who may see and work which lead. Admins and managers see and work every
 * lead, marketing reads every lead, and a rep sees the leads the rep owns
 * and the unassigned MQLs in the sales queue (not those awaiting
 * marketing's review).
 */
export function canReadLead(actor: ActorLike, lead: LeadLike): boolean {
  if (actor.role !== "rep") return true;

  return lead.ownerId === actor.id || isInSalesQueue(lead);
}

function isInSalesQueue(lead: LeadLike): boolean {
  return lead.ownerId === null && lead.stage === "mql" && lead.handoff !== "review";
}

/** Log touches, edit the checklist, qualify, disqualify and advance the lead. */
export function canWorkLead(actor: ActorLike, lead: LeadLike): boolean {
  if (actor.role === "admin" || actor.role === "manager") return true;

  return actor.role === "rep" && lead.ownerId === actor.id;
}

/** Take an unassigned MQL from the queue. */
export function canClaimLead(actor: ActorLike, lead: LeadLike): boolean {
  return actor.role !== "marketing" && isInSalesQueue(lead);
}

/** Accept an MQL from marketing's review into the sales queue, or send it to nurture. */
export function canReviewMqls(actor: ActorLike): boolean {
  return actor.role === "marketing" || actor.role === "admin";
}

/** Give a lead to another user. */
export function canAssignLeads(actor: ActorLike): boolean {
  return actor.role === "admin" || actor.role === "manager";
}

export function canReadFunnel(actor: ActorLike): boolean {
  return actor.role !== "rep";
}

export function canManageUsers(actor: ActorLike): boolean {
  return actor.role === "admin";
}
