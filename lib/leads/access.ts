import type { Role } from "@/lib/auth/roles";
import type { Stage } from "@/lib/lifecycle/stages";

type ActorLike = { id: string; role: Role };
type LeadLike = { ownerId: string | null; stage: Stage };

/**
 * Who may see and work which lead. Admins and managers see and work every
 * lead, marketing reads every lead, and a rep sees unassigned MQLs and the
 * leads the rep owns.
 */
export function canReadLead(actor: ActorLike, lead: LeadLike): boolean {
  if (actor.role !== "rep") return true;

  return lead.ownerId === actor.id || (lead.ownerId === null && lead.stage === "mql");
}

/** Log touches, edit the checklist, qualify, disqualify and advance the lead. */
export function canWorkLead(actor: ActorLike, lead: LeadLike): boolean {
  if (actor.role === "admin" || actor.role === "manager") return true;

  return actor.role === "rep" && lead.ownerId === actor.id;
}

/** Take an unassigned MQL from the queue. */
export function canClaimLead(actor: ActorLike, lead: LeadLike): boolean {
  return actor.role !== "marketing" && lead.ownerId === null && lead.stage === "mql";
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
