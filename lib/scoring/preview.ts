import type { Executor } from "@/lib/db";

import { scoreLead } from "./engine";
import { loadLeadFactsPage } from "./lead-facts-loader";
import type { ScoringModelDocument } from "./model";

export type PreviewExample = { leadId: string; contactName: string; stage: string; activeScore: number; draftScore: number };

export type DraftPreview = {
  leadsScored: number;
  mqlUnderActive: number;
  mqlUnderDraft: number;
  becomeMql: { count: number; examples: PreviewExample[] };
  stopBeingMql: { count: number; examples: PreviewExample[] };
  // Mean of draft score minus active score, over every lead.
  meanScoreChange: number;
};

const PAGE_SIZE = 5_000;
const EXAMPLES = 5;

/**
 * Rescore every live lead under the active model and the draft at one
 * instant, and count the leads whose MQL qualification would change.
 * Both sides use the same clock, so the difference is the model's alone,
 * not engagement decay. Nothing is written.
 */
export async function previewDraft(input: {
  db: Executor;
  active: { version: number; document: ScoringModelDocument };
  draft: { version: number; document: ScoringModelDocument };
  now?: Date;
}): Promise<DraftPreview> {
  const now = input.now ?? new Date();
  const preview: DraftPreview = {
    leadsScored: 0,
    mqlUnderActive: 0,
    mqlUnderDraft: 0,
    becomeMql: { count: 0, examples: [] },
    stopBeingMql: { count: 0, examples: [] },
    meanScoreChange: 0,
  };
  let scoreChangeSum = 0;

  // NOTE: over a million PostgreSQL leads this takes 73-90 s (npm run bench:scoring), mostly in random index
  // reads of submissions by lead id. A streamed read in lead order, or a background run, would fix that.
  for (let afterId: string | null = null; ; ) {
    const page = await loadLeadFactsPage({ db: input.db, afterId, limit: PAGE_SIZE });
    if (page.length === 0) break;
    afterId = page.at(-1)!.leadId;

    for (const lead of page) {
      const active = scoreLead({ model: input.active.document, modelVersion: input.active.version, facts: lead.facts, now });
      const draft = scoreLead({ model: input.draft.document, modelVersion: input.draft.version, facts: lead.facts, now });
      preview.leadsScored += 1;
      scoreChangeSum += draft.total - active.total;
      if (active.qualifiesForMql) preview.mqlUnderActive += 1;
      if (draft.qualifiesForMql) preview.mqlUnderDraft += 1;

      const example = { leadId: lead.leadId, contactName: lead.contactName, stage: lead.stage, activeScore: active.total, draftScore: draft.total };
      let bucket: DraftPreview["becomeMql"] | null = null;
      if (draft.qualifiesForMql && !active.qualifiesForMql) bucket = preview.becomeMql;
      if (active.qualifiesForMql && !draft.qualifiesForMql) bucket = preview.stopBeingMql;
      if (bucket) {
        bucket.count += 1;
        if (bucket.examples.length < EXAMPLES) bucket.examples.push(example);
      }
    }
    if (page.length < PAGE_SIZE) break;
  }
  preview.meanScoreChange = preview.leadsScored === 0 ? 0 : scoreChangeSum / preview.leadsScored;

  return preview;
}
