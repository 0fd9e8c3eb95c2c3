import type { LeadFacts } from "@/lib/scoring/model";
import type { SalesSettings } from "@/lib/settings/sales";

export type HandoffDecision = { route: "sales" } | { route: "review" } | { route: "nurture"; reason: string };

// How long an MQL that the SQL-first mode sends to nurture waits before a rep looks again, in days.
export const SQL_FIRST_NURTURE_DAYS = 30;

/** Check for high intent as sales teams use the term: a sample or quote request, or a timeline within three months. */
export function hasHighIntent(facts: LeadFacts): boolean {
  return facts.offerKind === "sample" || facts.offerKind === "quote" || facts.answers.timeline === "lt3m";
}

/**
 * Where a new MQL goes under the handoff mode: hybrid sends every MQL to
 * sales; MQL-first to marketing's review; SQL-first sends high-intent MQLs
 * to sales and the rest to nurture.
 */
export function decideHandoff(mode: SalesSettings["handoffMode"], facts: LeadFacts): HandoffDecision {
  if (mode === "mql_first") return { route: "review" };
  if (mode === "sql_first" && !hasHighIntent(facts)) {
    return { route: "nurture", reason: "SQL-first handoff: no sample or quote request and no timeline within 3 months" };
  }

  return { route: "sales" };
}
