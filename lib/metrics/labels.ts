/** Names the funnel shows for stages and reason codes. Client code may import this file. */
import type { OfferKind } from "@/lib/forms/catalog";
import type { Stage } from "@/lib/lifecycle/stages";
import { DISQUALIFICATION_REASONS } from "@/lib/qualification/reasons";

export const STAGE_LABELS: Record<Stage, string> = {
  new: "New",
  mql: "MQL",
  sql: "SQL",
  opportunity: "Opportunity",
  won: "Won",
  lost: "Lost",
  disqualified: "Disqualified",
  nurture: "Nurture",
};

export const OFFER_KIND_LABELS: Record<OfferKind, string> = {
  tds: "Datasheet",
  sample: "Sample",
  guide: "Guide",
  quote: "Quote",
};

/** Returns the label of a disqualification reason code. Null (no code recorded) and unknown codes get their own text. */
export function labelDisqualificationReason(code: string | null): string {
  if (code === null) return "No reason code";

  return DISQUALIFICATION_REASONS.find((reason) => reason.id === code)?.label ?? code;
}
