import type { Answers } from "@/lib/forms/catalog";
import { classifyEmailDomain } from "@/lib/normalize/email";

import type { EngagementEventType, LeadFacts } from "./model";

const EVENT_BY_OFFER: Record<string, EngagementEventType> = {
  tds: "tds_download",
  sample: "sample_request",
  guide: "guide_download",
  quote: "quote_request",
};

export type SubmissionFacts = { offerKind: string; answers: Answers; at: Date };

/**
 * Assemble what the scoring reads from a contact and all the submissions of
 * its lead, oldest first. A later answer replaces an earlier one, and an
 * answer left blank later keeps the earlier one. Intent comes from the
 * strongest offer asked for, so a guide download after a sample request
 * still counts as a sample request.
 */
export function buildLeadFacts(input: {
  contact: { emailDomain: string; country: string; jobRole: string | null; phone: string | null };
  submissions: readonly SubmissionFacts[];
}): LeadFacts {
  const answers: Record<string, string | string[] | undefined> = {};
  for (const submission of input.submissions) Object.assign(answers, submission.answers);

  const offerKinds = input.submissions.map((submission) => submission.offerKind);
  const offerKind = ["sample", "quote", "tds", "guide"].find((kind) => offerKinds.includes(kind)) ?? offerKinds.at(-1) ?? "";

  return {
    answers,
    contact: {
      emailDomain: input.contact.emailDomain,
      emailKind: classifyEmailDomain(input.contact.emailDomain),
      country: input.contact.country,
      jobRole: input.contact.jobRole ?? undefined,
      hasPhone: input.contact.phone !== null,
    },
    offerKind,
    engagement: {
      submissions: input.submissions.length,
      events: input.submissions.map((submission) => ({
        type: EVENT_BY_OFFER[submission.offerKind] ?? "submission",
        at: submission.at,
      })),
    },
  };
}
