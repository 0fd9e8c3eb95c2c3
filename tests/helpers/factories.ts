import { randomUUID } from "node:crypto";

/** Valid sample-request answers for a new contact at a packaging molder; override any key. */
export function sampleRequestValues(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: "Ana Souza",
    email: `ana.${randomUUID().slice(0, 8)}@moldworks.example`,
    company: "Moldworks GmbH",
    country: "DE",
    application: "packaging",
    polymer: "PP",
    timeline: "lt3m",
    processingMethod: "injection",
    annualVolume: "10to100t",
    compliance: ["fda_food_contact", "eu_10_2011"],
    consent: "on",
    utm_source: "linkedin",
    utm_campaign: "pp-food-contact",
    gclid: "Cj0KCQ-test",
    ...overrides,
  };
}

/** Valid JSON-endpoint body for a technical datasheet request. */
export function tdsRequestBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: "Kenji Tanaka",
    email: `kenji.${randomUUID().slice(0, 8)}@injectpro.example`,
    company: "InjectPro KK",
    country: "JP",
    application: "automotive",
    polymer: "PA66",
    consent: true,
    ...overrides,
  };
}
