import type { Attribution } from "@/lib/capture/attribution";
import type { Answers, FieldId, FormFieldConfig } from "@/lib/forms/catalog";

import type { ContactKind } from "./contacts";
import type { Random } from "./random";

/**
 * What a prospect is working on. Every submission of a lead takes its
 * answers from the same project, so they agree across forms.
 */
export type Project = {
  application: string;
  polymer: string;
  processingMethod: string;
  timeline: string;
  annualVolume: string;
  compliance: string[];
  performanceTarget: string;
  message: string;
};

type Weights = readonly (readonly [string, number])[];

const APPLICATION_WEIGHTS: Weights = [
  ["packaging", 22],
  ["automotive", 20],
  ["electrical", 14],
  ["medical", 9],
  ["consumer", 10],
  ["construction", 9],
  ["coatings", 6],
  ["other", 10],
];

// Polymers, processing methods and compliance rules that go with each application.
const POLYMERS_BY_APPLICATION: Record<string, Weights> = {
  packaging: [["PP", 30], ["PE", 30], ["PET", 20], ["PS", 8], ["bio", 12]],
  automotive: [["PA66", 25], ["PA6", 20], ["PP", 20], ["PBT", 12], ["POM", 10], ["PC", 8], ["ABS", 5]],
  electrical: [["PBT", 25], ["PA66", 25], ["PC", 20], ["PPS", 15], ["PEEK", 5], ["ABS", 10]],
  medical: [["PC", 25], ["PP", 25], ["TPU_TPE", 20], ["PEEK", 15], ["PE", 15]],
  consumer: [["ABS", 30], ["PP", 25], ["PC", 15], ["PMMA", 15], ["TPU_TPE", 15]],
  construction: [["PVC", 40], ["PE", 25], ["PMMA", 15], ["PP", 20]],
  coatings: [["other", 50], ["PMMA", 30], ["PVC", 20]],
  other: [["other", 40], ["PE", 15], ["PP", 15], ["bio", 15], ["PET", 15]],
};

const PROCESSING_BY_APPLICATION: Record<string, Weights> = {
  packaging: [["film", 30], ["blow", 20], ["injection", 25], ["thermoforming", 15], ["extrusion", 10]],
  automotive: [["injection", 80], ["compounding", 15], ["extrusion", 5]],
  electrical: [["injection", 75], ["extrusion", 25]],
  medical: [["injection", 70], ["extrusion", 30]],
  consumer: [["injection", 60], ["blow", 15], ["additive", 15], ["thermoforming", 10]],
  construction: [["extrusion", 60], ["rotomolding", 20], ["injection", 20]],
  coatings: [["compounding", 60], ["other", 40]],
  other: [["other", 30], ["additive", 25], ["rotomolding", 20], ["extrusion", 25]],
};

const COMPLIANCE_BY_APPLICATION: Record<string, readonly string[]> = {
  packaging: ["fda_food_contact", "eu_10_2011"],
  automotive: ["reach"],
  electrical: ["rohs", "ul94", "reach"],
  medical: ["reach", "fda_food_contact"],
  consumer: ["reach", "eu_10_2011"],
  construction: ["reach"],
  coatings: ["reach"],
  other: ["reach"],
};

const PERFORMANCE_TARGETS: Record<string, readonly string[]> = {
  packaging: ["Clarity for thin-wall food containers", "Top-load strength for stacked crates", "Down-gauge film from 50 to 40 µm", "Hot-fill up to 85 °C"],
  automotive: ["HDT above 200 °C at 1.8 MPa", "Glass-fibre reinforced, tensile modulus above 9 GPa", "Notched impact above 10 kJ/m² at −30 °C", "Low emissions (VDA 278)"],
  electrical: ["UL 94 V-0 at 0.8 mm", "CTI of 600 V", "Halogen-free flame retardant", "Dimensional stability under reflow soldering"],
  medical: ["Gamma and EtO sterilisable", "ISO 10993 biocompatibility", "Kink-resistant tubing, Shore 80A", "Transparent, impact-resistant housings"],
  consumer: ["Soft-touch surface, Shore 60A", "High-gloss surface without painting", "Scratch resistance for visible parts", "Colour-matched to RAL 9016"],
  construction: ["UV-stable for 10 years outdoors", "Pressure rating PN 16", "Low thermal conductivity"],
  coatings: ["Adhesion to galvanised steel", "Chemical resistance to cleaning agents"],
  other: ["Recycled content above 30 %", "Printable filament with low warping", "Food-safe and dishwasher-proof"],
};

const SAMPLE_MESSAGES: readonly string[] = [
  "Please send 25 kg for a trial on our 250 t press.",
  "We are replacing our current grade and need a sample for comparison tests.",
  "Trial planned in four weeks; please include the processing guide.",
  "Can you also quote a colour-matched version?",
  "Our customer needs the material approved before the tool is released.",
];

// Share of prospects who fill in each optional field, by form slug.
const FORM_FIELD_SHARE: Record<string, Partial<Record<FieldId, number>>> = {
  "tds-request": { timeline: 0.6, compliance: 0.55, performanceTarget: 0.45, processingMethod: 0.55 },
  "sample-request": { compliance: 0.6, performanceTarget: 0.5, message: 0.5 },
  "technical-guide": { application: 0.8, polymer: 0.75, timeline: 0.45, compliance: 0.35, performanceTarget: 0.3 },
};

/** Invent a prospect's project. Free-mail and academic contacts lean towards small, later and vaguer projects. */
export function createProject(random: Random, kind: ContactKind): Project {
  const serious = kind === "work" || kind === "competitor";
  const application = random.weighted(serious ? APPLICATION_WEIGHTS : [...APPLICATION_WEIGHTS, ["other", 20]]);
  const complianceOptions = COMPLIANCE_BY_APPLICATION[application]!;

  return {
    application,
    polymer: random.chance(0.1) ? random.pick(["PE", "PP", "PVC", "PS", "ABS", "PA6", "PC", "PET", "other"]) : random.weighted(POLYMERS_BY_APPLICATION[application]!),
    processingMethod: random.weighted(PROCESSING_BY_APPLICATION[application]!),
    timeline: random.weighted(serious ? [["lt3m", 30], ["3to12m", 42], ["later", 28]] : [["lt3m", 15], ["3to12m", 30], ["later", 55]]),
    annualVolume: random.weighted(
      serious
        ? [["lt1t", 18], ["1to10t", 30], ["10to100t", 29], ["100to1000t", 16], ["gt1000t", 7]]
        : [["lt1t", 60], ["1to10t", 30], ["10to100t", 10]],
    ),
    compliance: random.sample(complianceOptions, random.integer(1, Math.min(2, complianceOptions.length))),
    performanceTarget: random.pick(PERFORMANCE_TARGETS[application]!),
    message: random.pick(SAMPLE_MESSAGES),
  };
}

/** Fill in one form from the project: every required field, and each optional one at its usual rate. */
export function createAnswers(random: Random, form: { slug: string; fields: readonly FormFieldConfig[] }, project: Project): Answers {
  const answers: Answers = {};
  const shares = FORM_FIELD_SHARE[form.slug] ?? {};

  for (const field of form.fields) {
    if (!field.required && !random.chance(shares[field.id] ?? 0.5)) continue;

    const value = project[field.id as keyof Project];
    if (value === undefined) continue;
    answers[field.id] = Array.isArray(value) ? [...value] : value;
  }

  return answers;
}

// Lower-case utm_source values. "direct" is a visit without one.
const SOURCE_WEIGHTS: Weights = [
  ["google", 30],
  ["direct", 20],
  ["linkedin", 18],
  ["newsletter", 12],
  ["trade-show", 10],
  ["bing", 4],
];

// Search engines people in China use in place of Google.
const CHINA_SOURCE_WEIGHTS: Weights = [
  ["baidu", 30],
  ["direct", 25],
  ["linkedin", 10],
  ["newsletter", 10],
  ["trade-show", 25],
];

export function pickSource(random: Random, country: string): string {
  return random.weighted(country === "CN" ? CHINA_SOURCE_WEIGHTS : SOURCE_WEIGHTS);
}

const SITE = "https://www.pellet-polymers.example";

const LANDING_PAGES: Record<string, string> = {
  "tds-request": "/datasheets",
  "sample-request": "/samples",
  "technical-guide": "/guides/designing-with-engineering-polymers",
};

function createClickId(random: Random): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
  return `Cj0KCQ${Array.from({ length: 24 }, () => random.pick([...alphabet])).join("")}`;
}

/** Build the attribution of one submission as the capture pipeline stores it: campaign parameters, referrer and page. */
export function createAttribution(random: Random, input: { source: string; formSlug: string; project: Project; at: Date }): Attribution {
  const page = `${SITE}${LANDING_PAGES[input.formSlug] ?? "/"}`;
  const polymer = input.project.polymer.toLowerCase().replace("_", "-");

  switch (input.source) {
    case "direct":
      return random.chance(0.5) ? { page_url: page } : { page_url: page, referrer: `${SITE}/products/${polymer}` };
    case "google":
    case "bing":
    case "baidu":
      return {
        utm_source: input.source,
        utm_medium: "cpc",
        utm_campaign: `${polymer}-${input.project.application}`,
        utm_term: `${polymer} ${input.formSlug === "sample-request" ? "sample" : "datasheet"}`,
        ...(input.source === "google" ? { gclid: createClickId(random) } : {}),
        referrer: `https://www.${input.source}.com/`,
        page_url: page,
      };
    case "linkedin":
      return {
        utm_source: "linkedin",
        utm_medium: random.chance(0.7) ? "paid-social" : "social",
        utm_campaign: `${input.project.application}-engineering-polymers`,
        referrer: "https://www.linkedin.com/",
        page_url: page,
      };
    case "newsletter":
      return {
        utm_source: "newsletter",
        utm_medium: "email",
        utm_campaign: `newsletter-${input.at.toISOString().slice(0, 7)}`,
        utm_content: input.formSlug,
        page_url: page,
      };
    default:
      return { utm_source: input.source, utm_medium: "event", utm_campaign: "booth-follow-up", utm_content: "badge-scan", page_url: page };
  }
}
