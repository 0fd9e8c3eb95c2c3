import { and, eq, inArray } from "drizzle-orm";

import type { Database } from "@/lib/db";
import { contacts, leadScores, leads } from "@/lib/db/schema";
import { routeNewMql } from "@/lib/leads/route-new-mql";
import { changeStage } from "@/lib/lifecycle/record";

import { getActiveModel } from "./active-model";
import { describeMqlDecision, scoreLead } from "./engine";
import { loadLeadFactsPage } from "./lead-facts-loader";

const PAGE_SIZE = 1_000;

export type RescoreSummary = { leadsScored: number; scoresChanged: number; becameMql: number };

/**
 * Rescore the open `new` and `mql` leads with the active model, so decayed
 * engagement points and a newly published model show in stored scores. A
 * `new` lead that now qualifies becomes an MQL and is routed like one
 * from a submission. MQLs are not demoted by a lower score. Each page is
 * one transaction; a lead that changed stage meanwhile is skipped.
 */
export async function rescoreOpenLeads(input: { db: Database; now?: Date }): Promise<RescoreSummary> {
  const now = input.now ?? new Date();
  const model = await getActiveModel(input.db);
  const summary: RescoreSummary = { leadsScored: 0, scoresChanged: 0, becameMql: 0 };

  for (let afterId: string | null = null; ; ) {
    const page = await loadLeadFactsPage({ db: input.db, afterId, limit: PAGE_SIZE, stages: ["new", "mql"] });
    if (page.length === 0) break;
    afterId = page.at(-1)!.leadId;

    await input.db.transaction(async (tx) => {
      const current = await tx
        .select({ id: leads.id, stage: leads.stage, score: leads.score, version: leads.scoringModelVersion, country: contacts.country })
        .from(leads)
        .innerJoin(contacts, eq(contacts.id, leads.contactId))
        .where(and(inArray(leads.id, page.map((lead) => lead.leadId)), inArray(leads.stage, ["new", "mql"])))
        .for("update", { of: leads, skipLocked: true });
      const byId = new Map(current.map((row) => [row.id, row]));

      for (const lead of page) {
        const row = byId.get(lead.leadId);
        if (!row) continue;
        const breakdown = scoreLead({ model: model.document, modelVersion: model.version, facts: lead.facts, now });
        summary.leadsScored += 1;
        if (breakdown.total === row.score && model.version === row.version && !(row.stage === "new" && breakdown.qualifiesForMql)) continue;

        summary.scoresChanged += 1;
        await tx
          .update(leads)
          .set({ score: breakdown.total, scoreBreakdown: breakdown, scoringModelVersion: model.version, scoredAt: now, stageReason: describeMqlDecision(breakdown) })
          .where(eq(leads.id, row.id));
        await tx.insert(leadScores).values({ leadId: row.id, scoringModelVersion: model.version, score: breakdown.total, breakdown, scoredAt: now });

        if (row.stage === "new" && breakdown.qualifiesForMql) {
          await changeStage(tx, { leadId: row.id, from: "new", to: "mql", actor: { type: "system" }, reason: describeMqlDecision(breakdown), at: now });
          await routeNewMql(tx, { leadId: row.id, facts: lead.facts, country: row.country, now });
          summary.becameMql += 1;
        }
      }
    });
    if (page.length < PAGE_SIZE) break;
  }

  return summary;
}
