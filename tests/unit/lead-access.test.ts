import { describe, expect, it } from "vitest";

import type { Role } from "@/lib/auth/roles";
import { canAssignLeads, canClaimLead, canReadFunnel, canReadLead, canWorkLead } from "@/lib/leads/access";
import type { Stage } from "@/lib/lifecycle/stages";
import { missingChecklistItems, type Checklist } from "@/lib/qualification/checklist";

const me = "11111111-1111-4111-8111-111111111111";
const colleague = "22222222-2222-4222-8222-222222222222";

function actor(role: Role) {
  return { id: me, role };
}

function lead(ownerId: string | null, stage: Stage = "mql") {
  return { ownerId, stage };
}

describe("lead access", () => {
  it.each([
    { label: "rep reads own lead", role: "rep", target: lead(me, "sql"), read: true, work: true },
    { label: "rep reads unassigned MQL", role: "rep", target: lead(null), read: true, work: false },
    { label: "rep cannot read unassigned new lead", role: "rep", target: lead(null, "new"), read: false, work: false },
    { label: "rep cannot read colleague's lead", role: "rep", target: lead(colleague), read: false, work: false },
    { label: "marketing reads but cannot work", role: "marketing", target: lead(colleague), read: true, work: false },
    { label: "manager works any lead", role: "manager", target: lead(colleague), read: true, work: true },
    { label: "admin works any lead", role: "admin", target: lead(null, "new"), read: true, work: true },
  ] as const)("$label", ({ role, target, read, work }) => {
    expect(canReadLead(actor(role), target)).toBe(read);
    expect(canWorkLead(actor(role), target)).toBe(work);
  });

  it.each([
    { label: "rep claims unassigned MQL", role: "rep", target: lead(null), allowed: true },
    { label: "rep cannot claim owned lead", role: "rep", target: lead(colleague), allowed: false },
    { label: "rep cannot claim a new lead", role: "rep", target: lead(null, "new"), allowed: false },
    { label: "marketing cannot claim", role: "marketing", target: lead(null), allowed: false },
    { label: "manager claims unassigned MQL", role: "manager", target: lead(null), allowed: true },
  ] as const)("$label", ({ role, target, allowed }) => {
    expect(canClaimLead(actor(role), target)).toBe(allowed);
  });

  it.each([
    { role: "admin", assign: true, funnel: true },
    { role: "manager", assign: true, funnel: true },
    { role: "marketing", assign: false, funnel: true },
    { role: "rep", assign: false, funnel: false },
  ] as const)("$role assigning and funnel", ({ role, assign, funnel }) => {
    expect(canAssignLeads(actor(role))).toBe(assign);
    expect(canReadFunnel(actor(role))).toBe(funnel);
  });
});

describe("sales checklist", () => {
  const entry = (confirmed: boolean) => ({ confirmed, note: "", updatedBy: me, updatedAt: "2026-12-01T00:00:00Z" });
  const complete: Checklist = {
    useCase: entry(true),
    productFit: entry(true),
    commercialFit: entry(true),
    buyingStage: entry(true),
    decisionProcess: entry(true),
    realBusiness: entry(true),
  };

  it.each([
    { label: "complete checklist", checklist: complete, missing: [] },
    { label: "product fit unconfirmed", checklist: { ...complete, productFit: entry(false) }, missing: ["Product fit"] },
    { label: "item absent", checklist: { ...complete, realBusiness: undefined }, missing: ["Real business, reachable contact"] },
    {
      label: "empty checklist",
      checklist: {},
      missing: ["Use case / application", "Product fit", "Commercial fit", "Buying stage and timeline", "Decision process", "Real business, reachable contact"],
    },
  ])("$label", ({ checklist, missing }) => {
    expect(missingChecklistItems(checklist)).toEqual(missing);
  });
});
