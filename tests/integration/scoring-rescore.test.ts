import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/session";
import { issueRenderToken } from "@/lib/capture/render-token";
import { submitForm } from "@/lib/capture/submit";
import { leadScores, leads, stageEvents } from "@/lib/db/schema";
import { runJobOnce } from "@/lib/jobs/scheduler";
import { getActiveModel } from "@/lib/scoring/active-model";
import { rescoreOpenLeads } from "@/lib/scoring/rescore-open-leads";
import { publishDraft, saveDraft } from "@/lib/scoring/versions/draft";
import { getSigningSecret } from "@/lib/settings/signing-secret";

import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { createActor } from "../helpers/sales";

let database: TestDatabase;
let marketing: Actor;

beforeAll(async () => {
  database = await createTestDatabase();
  marketing = await createActor(database.db, "marketing");
});

afterAll(async () => {
  await database?.close();
});

const DAY = 86_400_000;

/** Three guide downloads by one contact: a new lead whose score is mostly engagement, below the threshold of 60. */
async function createEngagedLead(at: Date): Promise<string> {
  const email = `engaged.${Date.now()}.${Math.random().toString(36).slice(2, 8)}@extruder.example`;
  let leadId = "";
  for (let index = 0; index < 3; index += 1) {
    const token = issueRenderToken(await getSigningSecret(database.db), new Date(at.getTime() - 60_000));
    const result = await submitForm(
      {
        slug: "technical-guide",
        channel: "hosted",
        renderToken: token,
        origin: null,
        values: { name: "Ines Vidal", email, company: "Extruder SA", country: "ES", application: "packaging", polymer: "PE", consent: "on" },
      },
      { db: database.db, now: new Date(at.getTime() + index * 1000) },
    );
    if (result.kind !== "accepted") throw new Error(result.kind);
    leadId = result.stored.leadId;
  }

  return leadId;
}

describe("rescoring open leads", () => {
  it("decays engagement points over time", async () => {
    const start = new Date(Date.now() - 90 * DAY);
    const leadId = await createEngagedLead(start);
    const [before] = await database.db.select().from(leads).where(eq(leads.id, leadId));
    expect(before!.stage).toBe("new");
    expect(before!.scoreBreakdown.dimensions.engagement).toBeGreaterThan(0);

    const summary = await rescoreOpenLeads({ db: database.db, now: new Date() });

    const [after] = await database.db.select().from(leads).where(eq(leads.id, leadId));
    expect(summary.scoresChanged).toBeGreaterThan(0);
    expect(after!.scoreBreakdown.dimensions.engagement).toBeLessThan(before!.scoreBreakdown.dimensions.engagement);
    expect(after!.score).toBeLessThan(before!.score);
    const history = await database.db.select().from(leadScores).where(eq(leadScores.leadId, leadId));
    expect(history.length).toBe(4);
  });

  it("a new lead becomes MQL under a lower threshold", async () => {
    const leadId = await createEngagedLead(new Date());
    const [lead] = await database.db.select().from(leads).where(eq(leads.id, leadId));
    const active = await getActiveModel(database.db);
    const lowered = { ...active.document, mqlThreshold: Math.max(1, lead!.score - 1), gate: [] };
    const saved = await saveDraft({ ctx: { db: database.db, actor: marketing }, input: { document: lowered } });
    expect(saved.ok).toBe(true);
    const published = await publishDraft({ ctx: { db: database.db, actor: marketing }, input: { note: "Lower the threshold for the test" } });
    expect(published.ok).toBe(true);

    const summary = await rescoreOpenLeads({ db: database.db });

    expect(summary.becameMql).toBeGreaterThan(0);
    const [after] = await database.db.select().from(leads).where(eq(leads.id, leadId));
    expect(after!.stage).toBe("mql");
    expect(after!.mqlAt).not.toBeNull();
    expect(after!.scoringModelVersion).toBe(published.ok ? published.value.version : -1);
    const events = await database.db.select().from(stageEvents).where(eq(stageEvents.leadId, leadId));
    expect(events.map((event) => event.toStage)).toEqual(["new", "mql"]);
  });

  it("a held lease skips the job", async () => {
    let runs = 0;
    const job = { name: "test-lease", everyMs: 60_000, run: async () => ({ runs: ++runs }) };
    const slowJob = {
      ...job,
      run: async () => {
        await new Promise((resolve) => setTimeout(resolve, 50));
        return { runs: ++runs };
      },
    };
    const now = new Date();

    const results = await Promise.all([runJobOnce(database.db, slowJob, now), runJobOnce(database.db, job, now)]);

    expect(results.filter((result) => result === null)).toHaveLength(1);
    expect(runs).toBe(1);
    expect(await runJobOnce(database.db, job)).toEqual({ runs: 2 });
  });
});
