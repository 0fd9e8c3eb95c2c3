import type { LeadFacts } from "@/lib/scoring/model";

/**
 * Facts of an imported lead: its attributes, with no answers, events or
 * contact details. The same facts as lib/scoring/import builds, which does
 * not export its builder. NOTE: LeadFacts has no "unknown" email kind, so
 * contact reads as a work address, which fires none of the free-mail or
 * academic rules.
 */
export function buildImportedFacts(attributes: Record<string, string | number | undefined>): LeadFacts {
  return {
    answers: {},
    contact: { emailDomain: "", emailKind: "work", country: "", hasPhone: false },
    offerKind: "",
    engagement: { events: [], submissions: 0 },
    attributes,
  };
}
