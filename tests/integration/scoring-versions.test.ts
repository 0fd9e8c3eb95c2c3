import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/session";
import { contacts, forms, leads, scoringModels, submissions } from "@/lib/db/schema";
import { getActiveModel } from "@/lib/scoring/active-model";
import { DEFAULT_SCORING_MODEL } from "@/lib/scoring/default-model";
import { scoreLead } from "@/lib/scoring/engine";
import { buildLeadFacts } from "@/lib/scoring/facts";
import type { ScoringModelDocument } from "@/lib/scoring/model";
import { previewDraft } from "@/lib/scoring/preview";
import { discardDraft, publishDraft, saveDraft, startDraftFromActive } from "@/lib/scoring/versions/draft";
import { findDraft, listModelVersions } from "@/lib/scoring/versions/queries";

import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { createActor, createMql } from "../helpers/sales";

let database: TestDatabase;
let marketing: Actor;
let rep: Actor;

beforeAll(async () => {
  database = await createTestDatabase();
  marketing = await createActor(database.db, "marketing");
  rep = await createActor(database.db, "rep");
});

afterAll(async () => {
  await database?.close();
});

// A stricter model: the threshold rises to 90 and Packaging earns 5 more points.
function stricterModel(base: ScoringModelDocument): ScoringModelDocument {
  return {
    ...base,
    name: "Stricter",
    mqlThreshold: 90,
    rules: [
      ...base.rules,
      { id: "fit.packaging.bonus", label: "Packaging bonus", dimension: "fit", when: { field: "answers.application", op: "equals", value: "packaging" }, points: 5 },
    ],
  };
}

describe("scoring model versions", () => {
  it("rep cannot edit the model", async () => {
    const result = await saveDraft({ ctx: { db: database.db, actor: rep }, input: { document: DEFAULT_SCORING_MODEL } });

    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe("forbidden");
  });

  it("rejects a draft no lead can pass", async () => {
    const result = await saveDraft({ ctx: { db: database.db, actor: marketing }, input: { document: { ...DEFAULT_SCORING_MODEL, mqlThreshold: 999 } } });

    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain("No lead can reach the MQL threshold of 999");
    expect(await findDraft(database.db)).toBeNull();
  });

  it("preview counts match an independent rescoring", async () => {
    for (const country of ["DE", "FR", "US"]) await createMql(database.db, { country });
    // Score 60: fit only from the compliance answer, so it passes the active threshold of 60 but not the draft's 90.
    await createMql(database.db, { application: "other", polymer: "PVC", processingMethod: "other" });
    const started = await startDraftFromActive({ ctx: { db: database.db, actor: marketing } });
    expect(started.ok).toBe(true);
    const active = await getActiveModel(database.db);
    const draftDocument = stricterModel(active.document);
    await saveDraft({ ctx: { db: database.db, actor: marketing }, input: { document: draftDocument } });
    const now = new Date();

    const preview = await previewDraft({ db: database.db, active, draft: { version: 2, document: draftDocument }, now });

    const allLeads = await database.db.select({ id: leads.id, contact: contacts }).from(leads).innerJoin(contacts, eq(contacts.id, leads.contactId));
    let underActive = 0;
    let underDraft = 0;
    let become = 0;
    let stop = 0;
    for (const lead of allLeads) {
      const history = await database.db
        .select({ answers: submissions.answers, at: submissions.createdAt, offerKind: forms.offerKind })
        .from(submissions)
        .innerJoin(forms, eq(forms.id, submissions.formId))
        .where(eq(submissions.leadId, lead.id));
      history.sort((a, b) => a.at.getTime() - b.at.getTime());
      const facts = buildLeadFacts({ contact: lead.contact, submissions: history });
      const before = scoreLead({ model: active.document, modelVersion: active.version, facts, now }).qualifiesForMql;
      const after = scoreLead({ model: draftDocument, modelVersion: 2, facts, now }).qualifiesForMql;
      if (before) underActive += 1;
      if (after) underDraft += 1;
      if (after && !before) become += 1;
      if (before && !after) stop += 1;
    }
    expect(preview.leadsScored).toBe(allLeads.length);
    expect(preview.mqlUnderActive).toBe(underActive);
    expect(preview.mqlUnderDraft).toBe(underDraft);
    expect(preview.becomeMql.count).toBe(become);
    expect(preview.stopBeingMql.count).toBe(stop);
    expect(stop).toBeGreaterThan(0);
  });

  it("publishing scores new submissions with the new version", async () => {
    const published = await publishDraft({ ctx: { db: database.db, actor: marketing }, input: { note: "Raise the threshold; packaging bonus" } });

    expect(published.ok).toBe(true);
    if (!published.ok) return;
    const leadId = await createMql(database.db, { application: "packaging" });
    const [lead] = await database.db.select().from(leads).where(eq(leads.id, leadId));
    expect(lead!.scoringModelVersion).toBe(published.value.version);
    expect(lead!.scoreBreakdown.fired.map((rule) => rule.ruleId)).toContain("fit.packaging.bonus");
    const versions = await listModelVersions(database.db);
    expect(versions.map((version) => [version.version, version.status])).toEqual([
      [published.value.version, "active"],
      [1, "archived"],
    ]);
    expect(versions[0]!.publishedBy).toBe(marketing.name);
    expect(versions[0]!.note).toBe("Raise the threshold; packaging bonus");
  });

  it("refuses to publish imported columns", async () => {
    const active = await getActiveModel(database.db);
    const suggested = {
      ...active.document,
      rules: [...active.document.rules, { id: "imported.google", label: "LeadSource is google", dimension: "fit" as const, when: { field: "attributes.LeadSource", op: "equals" as const, value: "google" }, points: 8 }],
    };

    const saved = await saveDraft({ ctx: { db: database.db, actor: marketing }, input: { document: suggested } });
    const published = await publishDraft({ ctx: { db: database.db, actor: marketing }, input: { note: "Suggested from the import" } });

    expect(saved.ok).toBe(true);
    expect(published.ok).toBe(false);
    if (!published.ok) expect(published.error.message).toContain("there is no field attributes.LeadSource on live leads");
    await discardDraft({ ctx: { db: database.db, actor: marketing } });
  });

  it("publishing needs a note and a draft", async () => {
    await startDraftFromActive({ ctx: { db: database.db, actor: marketing } });

    const withoutNote = await publishDraft({ ctx: { db: database.db, actor: marketing }, input: { note: "  " } });
    await discardDraft({ ctx: { db: database.db, actor: marketing } });
    const withoutDraft = await publishDraft({ ctx: { db: database.db, actor: marketing }, input: { note: "Nothing" } });

    expect(withoutNote.ok).toBe(false);
    expect(withoutDraft.ok).toBe(false);
    if (!withoutDraft.ok) expect(withoutDraft.error.code).toBe("conflict");
    const rows = await database.db.select().from(scoringModels).where(eq(scoringModels.status, "draft"));
    expect(rows).toHaveLength(0);
  });
});
