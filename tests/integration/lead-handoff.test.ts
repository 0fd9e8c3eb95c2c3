import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/session";
import { issueRenderToken } from "@/lib/capture/render-token";
import { submitForm } from "@/lib/capture/submit";
import { leads, stageEvents } from "@/lib/db/schema";
import { claimLead } from "@/lib/leads/claim-lead";
import { listLeads } from "@/lib/leads/queries/list-leads";
import { rejectMql } from "@/lib/leads/reject-mql";
import { reviewMql } from "@/lib/leads/review-mql";
import { DEFAULT_SALES_SETTINGS, saveSalesSettings } from "@/lib/settings/sales";
import { getSigningSecret } from "@/lib/settings/signing-secret";

import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { createActor, createMql } from "../helpers/sales";

let database: TestDatabase;
let rep: Actor;
let marketing: Actor;

beforeAll(async () => {
  database = await createTestDatabase();
  rep = await createActor(database.db, "rep");
  marketing = await createActor(database.db, "marketing");
});

afterAll(async () => {
  await database?.close();
});

async function leadOf(leadId: string) {
  const [lead] = await database.db.select().from(leads).where(eq(leads.id, leadId));
  return lead!;
}

const noFilters = { form: undefined, source: undefined };

describe("handoff modes", () => {
  it("hybrid sends MQLs to the sales queue", async () => {
    await saveSalesSettings(database.db, { ...DEFAULT_SALES_SETTINGS, handoffMode: "hybrid" });

    const leadId = await createMql(database.db);

    expect((await leadOf(leadId)).handoff).toBe("sales");
    const queue = await listLeads({ db: database.db, actor: rep, filters: noFilters, scope: "queue", limit: 1000 });
    expect(queue.map((row) => row.id)).toContain(leadId);
  });

  it("MQL-first waits for marketing's review", async () => {
    await saveSalesSettings(database.db, { ...DEFAULT_SALES_SETTINGS, handoffMode: "mql_first" });
    const leadId = await createMql(database.db);

    const queueBefore = await listLeads({ db: database.db, actor: rep, filters: noFilters, scope: "queue", limit: 1000 });
    const claimBefore = await claimLead({ ctx: { db: database.db, actor: rep }, input: { leadId } });
    const repReview = await reviewMql({ ctx: { db: database.db, actor: rep }, input: { leadId, decision: "accept" } });
    const accepted = await reviewMql({ ctx: { db: database.db, actor: marketing }, input: { leadId, decision: "accept" } });
    const queueAfter = await listLeads({ db: database.db, actor: rep, filters: noFilters, scope: "queue", limit: 1000 });

    expect(queueBefore.map((row) => row.id)).not.toContain(leadId);
    expect(claimBefore.ok).toBe(false);
    expect(repReview.ok).toBe(false);
    expect(accepted.ok).toBe(true);
    expect((await leadOf(leadId)).handoff).toBe("sales");
    expect(queueAfter.map((row) => row.id)).toContain(leadId);
  });

  it("MQL-first review can nurture", async () => {
    await saveSalesSettings(database.db, { ...DEFAULT_SALES_SETTINGS, handoffMode: "mql_first" });
    const leadId = await createMql(database.db);

    const result = await reviewMql({ ctx: { db: database.db, actor: marketing }, input: { leadId, decision: "nurture" } });

    expect(result.ok).toBe(true);
    const lead = await leadOf(leadId);
    expect(lead.stage).toBe("nurture");
    expect(lead.nurtureUntil).not.toBeNull();
  });

  it("SQL-first nurtures MQLs without high intent", async () => {
    await saveSalesSettings(database.db, { ...DEFAULT_SALES_SETTINGS, handoffMode: "sql_first" });
    const token = issueRenderToken(await getSigningSecret(database.db), new Date(Date.now() - 60_000));
    // A datasheet request with a 3–12 month timeline: enough score for an MQL, but no high-intent signal.
    const result = await submitForm(
      {
        slug: "tds-request",
        channel: "hosted",
        renderToken: token,
        origin: null,
        values: {
          name: "Lena Roth",
          email: `lena.${Date.now()}@compounder.example`,
          company: "Compounder AG",
          country: "DE",
          application: "automotive",
          polymer: "PA66",
          timeline: "3to12m",
          compliance: ["ul94"],
          processingMethod: "injection",
          consent: "on",
        },
      },
      { db: database.db },
    );

    expect(result.kind).toBe("accepted");
    if (result.kind !== "accepted") return;
    expect(result.stored.becameMql).toBe(true);
    expect(result.stored.stage).toBe("nurture");
    const events = await database.db.select().from(stageEvents).where(eq(stageEvents.leadId, result.stored.leadId));
    expect(events.map((event) => event.toStage)).toEqual(["new", "mql", "nurture"]);
  });

  it("SQL-first keeps sample requests for sales", async () => {
    await saveSalesSettings(database.db, { ...DEFAULT_SALES_SETTINGS, handoffMode: "sql_first" });

    const leadId = await createMql(database.db);

    const lead = await leadOf(leadId);
    expect(lead.stage).toBe("mql");
    expect(lead.handoff).toBe("sales");
  });
});

describe("rejection to marketing", () => {
  it("returns the MQL to new with the reason", async () => {
    await saveSalesSettings(database.db, { ...DEFAULT_SALES_SETTINGS, handoffMode: "hybrid" });
    const leadId = await createMql(database.db);
    await claimLead({ ctx: { db: database.db, actor: rep }, input: { leadId } });

    const result = await rejectMql({ ctx: { db: database.db, actor: rep }, input: { leadId, reason: "no_project" } });

    expect(result.ok).toBe(true);
    const lead = await leadOf(leadId);
    expect(lead.stage).toBe("new");
    expect(lead.ownerId).toBeNull();
    const events = await database.db.select().from(stageEvents).where(eq(stageEvents.leadId, leadId));
    const rejection = events.find((event) => event.fromStage === "mql" && event.toStage === "new");
    expect(rejection?.reasonCode).toBe("rejected.no_project");
    expect(rejection?.actorId).toBe(rep.id);
  });

  it("marketing cannot reject an MQL", async () => {
    const leadId = await createMql(database.db);

    const result = await rejectMql({ ctx: { db: database.db, actor: marketing }, input: { leadId, reason: "no_project" } });

    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe("forbidden");
  });
});
