import { describe, expect, it } from "vitest";

import type { Answers } from "@/lib/forms/catalog";
import { buildLeadFacts, type SubmissionFacts } from "@/lib/scoring/facts";
import type { EngagementEvent, LeadFacts } from "@/lib/scoring/model";

const FIRST_AT = new Date("2026-02-01T09:00:00.000Z");
const SECOND_AT = new Date("2026-02-10T09:00:00.000Z");

type Contact = Parameters<typeof buildLeadFacts>[0]["contact"];

const CONTACT: Contact = { emailDomain: "moldworks.example", country: "DE", jobRole: null, phone: null };

function submission(offerKind: string, answers: Answers = {}, at: Date = FIRST_AT): SubmissionFacts {
  return { offerKind, answers, at };
}

function factsOf(submissions: SubmissionFacts[], contact: Partial<Contact> = {}): LeadFacts {
  return buildLeadFacts({ contact: { ...CONTACT, ...contact }, submissions });
}

describe("buildLeadFacts answers", () => {
  it.each<{ label: string; first: Answers; second: Answers; expected: LeadFacts["answers"] }>([
    { label: "later answer replaces earlier", first: { polymer: "PP" }, second: { polymer: "PA66" }, expected: { polymer: "PA66" } },
    { label: "blank later keeps earlier", first: { polymer: "PP" }, second: {}, expected: { polymer: "PP" } },
    {
      label: "different keys merge",
      first: { application: "packaging" },
      second: { timeline: "lt3m" },
      expected: { application: "packaging", timeline: "lt3m" },
    },
    { label: "later list replaces list", first: { compliance: ["reach"] }, second: { compliance: ["rohs"] }, expected: { compliance: ["rohs"] } },
  ])("answers: $label", ({ first, second, expected }) => {
    const facts = factsOf([submission("tds", first, FIRST_AT), submission("guide", second, SECOND_AT)]);

    expect(facts.answers).toEqual(expected);
  });
});

describe("buildLeadFacts offer kind", () => {
  it.each<{ label: string; offerKinds: string[]; expected: string }>([
    { label: "sample after guide", offerKinds: ["guide", "sample"], expected: "sample" },
    { label: "guide after sample", offerKinds: ["sample", "guide"], expected: "sample" },
    { label: "sample and quote", offerKinds: ["quote", "sample"], expected: "sample" },
    { label: "quote after tds", offerKinds: ["tds", "quote"], expected: "quote" },
    { label: "tds after guide", offerKinds: ["guide", "tds"], expected: "tds" },
    { label: "single guide", offerKinds: ["guide"], expected: "guide" },
    { label: "unknown kinds, last wins", offerKinds: ["webinar", "event"], expected: "event" },
    { label: "no submissions", offerKinds: [], expected: "" },
  ])("offerKind: $label", ({ offerKinds, expected }) => {
    expect(factsOf(offerKinds.map((kind) => submission(kind))).offerKind).toBe(expected);
  });
});

describe("buildLeadFacts engagement", () => {
  it.each<{ label: string; offerKind: string; expected: EngagementEvent["type"] }>([
    { label: "tds offer", offerKind: "tds", expected: "tds_download" },
    { label: "sample offer", offerKind: "sample", expected: "sample_request" },
    { label: "guide offer", offerKind: "guide", expected: "guide_download" },
    { label: "quote offer", offerKind: "quote", expected: "quote_request" },
    { label: "unknown offer", offerKind: "webinar", expected: "submission" },
  ])("event type: $label", ({ offerKind, expected }) => {
    expect(factsOf([submission(offerKind)]).engagement.events[0]?.type).toBe(expected);
  });

  it("events keep order and times", () => {
    const facts = factsOf([submission("tds", {}, FIRST_AT), submission("sample", {}, SECOND_AT)]);

    expect(facts.engagement.events).toEqual([
      { type: "tds_download", at: FIRST_AT },
      { type: "sample_request", at: SECOND_AT },
    ]);
  });

  it.each<{ label: string; count: number }>([
    { label: "no submissions", count: 0 },
    { label: "one submission", count: 1 },
    { label: "three submissions", count: 3 },
  ])("submission count: $label", ({ count }) => {
    const submissions = Array.from({ length: count }, () => submission("guide"));

    expect(factsOf(submissions).engagement.submissions).toBe(count);
  });
});

describe("buildLeadFacts contact", () => {
  it.each<{ label: string; emailDomain: string; expected: LeadFacts["contact"]["emailKind"] }>([
    { label: "company domain", emailDomain: "moldworks.example", expected: "work" },
    { label: "free-mail domain", emailDomain: "gmail.com", expected: "free" },
    { label: "academic domain", emailDomain: "mit.edu", expected: "academic" },
  ])("emailKind: $label", ({ emailDomain, expected }) => {
    expect(factsOf([], { emailDomain }).contact.emailKind).toBe(expected);
  });

  it.each<{ label: string; phone: string | null; expected: boolean }>([
    { label: "phone given", phone: "+49301234567", expected: true },
    { label: "no phone", phone: null, expected: false },
  ])("hasPhone: $label", ({ phone, expected }) => {
    expect(factsOf([], { phone }).contact.hasPhone).toBe(expected);
  });

  it.each<{ label: string; jobRole: string | null; expected: string | undefined }>([
    { label: "role given", jobRole: "Process engineer", expected: "Process engineer" },
    { label: "no role", jobRole: null, expected: undefined },
  ])("jobRole: $label", ({ jobRole, expected }) => {
    expect(factsOf([], { jobRole }).contact.jobRole).toBe(expected);
  });

  it("contact domain and country copied", () => {
    const contact = factsOf([], { emailDomain: "injectpro.example", country: "JP" }).contact;

    expect(contact.emailDomain).toBe("injectpro.example");
    expect(contact.country).toBe("JP");
  });
});
