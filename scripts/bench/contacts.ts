import { randomBytes } from "node:crypto";

import type { BenchForm } from "./settings";

// Suffix of every benchmark email domain, which separates benchmark rows from the seeded demo rows.
export const BENCH_DOMAIN_SUFFIX = ".bench.example";

export type BenchContact = {
  email: string;
  domain: string;
  name: string;
  company: string;
  country: string;
};

/**
 * Issue contacts with distinct emails: a random prefix per sequence plus a
 * counter, so every submission creates its own contact, lead and submission
 * even across runs on one database. With `companies` > 0 the emails share
 * that many company domains; with 0 each contact has its own company.
 */
export function createContactSequence(companies: number) {
  const prefix = randomBytes(4).toString("hex");
  let counter = 0;

  return function nextContact(): BenchContact {
    counter += 1;
    const companyIndex = companies > 0 ? counter % companies : counter;
    const domain = `c${companyIndex}.${prefix}${BENCH_DOMAIN_SUFFIX}`;

    return {
      email: `buyer${counter}@${domain}`,
      domain,
      name: `Bench Buyer ${counter}`,
      company: `Bench Compounds ${prefix} ${companyIndex}`,
      country: "DE",
    };
  };
}

/** The JSON body a site posts for this form: valid answers, as in tests/helpers/factories.ts. */
export function submissionBody(form: BenchForm, contact: BenchContact): string {
  const common = { name: contact.name, email: contact.email, company: contact.company, country: contact.country, consent: true };
  const answers =
    form === "tds-request"
      ? { application: "automotive", polymer: "PA66" }
      : {
          application: "packaging",
          polymer: "PP",
          timeline: "lt3m",
          processingMethod: "injection",
          annualVolume: "10to100t",
          compliance: ["fda_food_contact", "eu_10_2011"],
        };

  return JSON.stringify({ ...common, ...answers, utm_source: "bench", utm_campaign: "bench-submit" });
}
