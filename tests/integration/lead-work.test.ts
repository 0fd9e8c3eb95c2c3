import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/session";
import { activities, leads, stageEvents } from "@/lib/db/schema";
import { advanceLead } from "@/lib/leads/advance-lead";
import { assignLead } from "@/lib/leads/assign-lead";
import { claimLead } from "@/lib/leads/claim-lead";
import { disqualifyLead } from "@/lib/leads/disqualify-lead";
import { logActivity } from "@/lib/leads/log-activity";
import { getLeadDetail } from "@/lib/leads/queries/lead-detail";
import { listLeads } from "@/lib/leads/queries/list-leads";
import { qualifyLead } from "@/lib/leads/qualify-lead";
import { updateChecklist } from "@/lib/leads/update-checklist";

import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { completeChecklist, createActor, createMql } from "../helpers/sales";

let database: TestDatabase;
let rep: Actor;
let otherRep: Actor;
let marketing: Actor;
let manager: Actor;

beforeAll(async () => {
  database = await createTestDatabase();
  rep = await createActor(database.db, "rep");
  otherRep = await createActor(database.db, "rep");
  marketing = await createActor(database.db, "marketing");
  manager = await createActor(database.db, "manager");
});

afterAll(async () => {
  await database?.close();
});

function ctx(actor: Actor) {
  return { db: database.db, actor };
}

async function claimedMql(actor: Actor = rep): Promise<string> {
  const leadId = await createMql(database.db);
  const claimed = await claimLead({ ctx: ctx(actor), input: { leadId } });
  if (!claimed.ok) throw new Error(claimed.error.message);

  return leadId;
}

describe("rep work on a lead", () => {
  it("claims, touches, qualifies an MQL", async () => {
    const leadId = await claimedMql();

    const touched = await logActivity({ ctx: ctx(rep), input: { leadId, type: "call", outcome: "connected", note: "Needs PP for trays" } });
    const checklist = await updateChecklist({ ctx: ctx(rep), input: completeChecklist(leadId) });
    const qualified = await qualifyLead({ ctx: ctx(rep), input: { leadId } });

    expect(touched.ok).toBe(true);
    expect(checklist.ok).toBe(true);
    expect(qualified.ok).toBe(true);
    const [lead] = await database.db.select().from(leads).where(eq(leads.id, leadId));
    expect(lead!.stage).toBe("sql");
    expect(lead!.ownerId).toBe(rep.id);
    expect(lead!.firstTouchAt).not.toBeNull();
    const events = await database.db.select().from(stageEvents).where(eq(stageEvents.leadId, leadId));
    const sqlEvent = events.find((event) => event.toStage === "sql");
    expect(sqlEvent?.fromStage).toBe("mql");
    expect(sqlEvent?.actorType).toBe("user");
    expect(sqlEvent?.actorId).toBe(rep.id);
  });

  it("first touch keeps the earliest time", async () => {
    const leadId = await claimedMql();
    const early = new Date(Date.now() - 3_600_000);

    await logActivity({ ctx: ctx(rep), input: { leadId, type: "email", outcome: "replied" } });
    await logActivity({ ctx: ctx(rep), input: { leadId, type: "call", outcome: "no_answer", occurredAt: early.toISOString() } });
    await logActivity({ ctx: ctx(rep), input: { leadId, type: "note", note: "Later note" } });

    const [lead] = await database.db.select().from(leads).where(eq(leads.id, leadId));
    expect(lead!.firstTouchAt?.getTime()).toBe(early.getTime());
    const logged = await database.db.select().from(activities).where(eq(activities.leadId, leadId));
    expect(logged).toHaveLength(3);
  });

  it("rejects SQL with product fit unconfirmed", async () => {
    const leadId = await claimedMql();
    await updateChecklist({ ctx: ctx(rep), input: completeChecklist(leadId, ["productFit"]) });

    const result = await qualifyLead({ ctx: ctx(rep), input: { leadId } });

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("invalid");
    expect(result.error.message).toContain("Product fit");
    expect(result.error.message).not.toContain("Commercial fit");
    const [lead] = await database.db.select().from(leads).where(eq(leads.id, leadId));
    expect(lead!.stage).toBe("mql");
  });

  it("rejects SQL with an empty checklist", async () => {
    const leadId = await claimedMql();

    const result = await qualifyLead({ ctx: ctx(rep), input: { leadId } });

    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain("Use case / application, Product fit, Commercial fit");
  });

  it("rep cannot read another rep's lead", async () => {
    const leadId = await claimedMql(otherRep);

    const detail = await getLeadDetail({ db: database.db, actor: rep, leadId });
    const touch = await logActivity({ ctx: ctx(rep), input: { leadId, type: "call" } });
    const listed = await listLeads({ db: database.db, actor: rep, filters: { form: undefined, source: undefined }, scope: "all", limit: 1000 });

    expect(detail.ok).toBe(false);
    if (!detail.ok) expect(detail.error.code).toBe("not_found");
    expect(touch.ok).toBe(false);
    expect(listed.map((row) => row.id)).not.toContain(leadId);
  });

  it("rep cannot claim an owned lead", async () => {
    const leadId = await claimedMql(otherRep);

    const result = await claimLead({ ctx: ctx(rep), input: { leadId } });

    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe("not_found");
  });

  it("marketing cannot qualify a lead", async () => {
    const leadId = await claimedMql();
    await updateChecklist({ ctx: ctx(rep), input: completeChecklist(leadId) });

    const result = await qualifyLead({ ctx: ctx(marketing), input: { leadId } });

    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe("forbidden");
    const detail = await getLeadDetail({ db: database.db, actor: marketing, leadId });
    expect(detail.ok).toBe(true);
    if (detail.ok) expect(detail.value.canWork).toBe(false);
  });

  it("marketing cannot assign or disqualify", async () => {
    const leadId = await claimedMql();

    const assign = await assignLead({ ctx: ctx(marketing), input: { leadId, ownerId: otherRep.id } });
    const disqualify = await disqualifyLead({ ctx: ctx(marketing), input: { leadId, reason: "spam" } });

    expect(assign.ok).toBe(false);
    expect(disqualify.ok).toBe(false);
  });

  it("rep sees unassigned MQLs in the queue", async () => {
    const leadId = await createMql(database.db);

    const queue = await listLeads({ db: database.db, actor: rep, filters: { form: undefined, source: undefined }, scope: "queue", limit: 1000 });

    expect(queue.map((row) => row.id)).toContain(leadId);
  });

  it("rejects a malformed lead id", async () => {
    const result = await logActivity({ ctx: ctx(rep), input: { leadId: "1 or 1=1", type: "call" } });

    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe("invalid");
  });
});

describe("disqualification and later stages", () => {
  it("disqualifies as competitor with the reason code", async () => {
    const leadId = await claimedMql();

    const result = await disqualifyLead({ ctx: ctx(rep), input: { leadId, reason: "competitor" } });

    expect(result.ok).toBe(true);
    const events = await database.db.select().from(stageEvents).where(eq(stageEvents.leadId, leadId));
    const disqualified = events.find((item) => item.toStage === "disqualified");
    expect(disqualified?.fromStage).toBe("mql");
    expect(disqualified?.reasonCode).toBe("competitor");
    expect(disqualified?.reason).toBe("Competitor");
  });

  it("requires a note for reason other", async () => {
    const leadId = await claimedMql();

    const result = await disqualifyLead({ ctx: ctx(rep), input: { leadId, reason: "other" } });

    expect(result.ok).toBe(false);
    if (!result.ok && result.error.code === "invalid") expect(result.error.fieldErrors?.note).toContain("note");
  });

  it("sends to nurture with a revisit date", async () => {
    const leadId = await claimedMql();
    const revisit = new Date(Date.now() + 30 * 86_400_000);

    const result = await disqualifyLead({ ctx: ctx(rep), input: { leadId, reason: "below_moq", nurtureUntil: revisit.toISOString() } });

    expect(result.ok).toBe(true);
    const [lead] = await database.db.select().from(leads).where(eq(leads.id, leadId));
    expect(lead!.stage).toBe("nurture");
    expect(lead!.nurtureUntil?.getTime()).toBe(revisit.getTime());
  });

  it("moves an SQL to opportunity and won", async () => {
    const leadId = await claimedMql();
    await updateChecklist({ ctx: ctx(rep), input: completeChecklist(leadId) });
    await qualifyLead({ ctx: ctx(rep), input: { leadId } });

    const opportunity = await advanceLead({ ctx: ctx(rep), input: { leadId, to: "opportunity" } });
    const won = await advanceLead({ ctx: ctx(rep), input: { leadId, to: "won" } });
    const again = await advanceLead({ ctx: ctx(rep), input: { leadId, to: "lost", lostReason: "price" } });

    expect(opportunity.ok).toBe(true);
    expect(won.ok).toBe(true);
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.code).toBe("conflict");
  });

  it("requires a reason for lost", async () => {
    const leadId = await claimedMql();
    await updateChecklist({ ctx: ctx(rep), input: completeChecklist(leadId) });
    await qualifyLead({ ctx: ctx(rep), input: { leadId } });

    const result = await advanceLead({ ctx: ctx(rep), input: { leadId, to: "lost" } });

    expect(result.ok).toBe(false);
    if (!result.ok && result.error.code === "invalid") expect(result.error.fieldErrors?.lostReason).toBeDefined();
  });

  it("manager reassigns to another rep", async () => {
    const leadId = await claimedMql();

    const result = await assignLead({ ctx: ctx(manager), input: { leadId, ownerId: otherRep.id } });

    expect(result.ok).toBe(true);
    const before = await getLeadDetail({ db: database.db, actor: rep, leadId });
    const after = await getLeadDetail({ db: database.db, actor: otherRep, leadId });
    expect(before.ok).toBe(false);
    expect(after.ok).toBe(true);
  });
});
