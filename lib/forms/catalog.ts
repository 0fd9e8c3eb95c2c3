/**
 * The fields a Pellet form can show, with their options and limits. Client
 * components import this file, so it holds no database code.
 */

export const OFFER_KINDS = ["tds", "sample", "guide", "quote"] as const;
export type OfferKind = (typeof OFFER_KINDS)[number];

export const APPLICATIONS = [
  { value: "packaging", label: "Packaging" },
  { value: "automotive", label: "Automotive" },
  { value: "medical", label: "Medical devices" },
  { value: "electrical", label: "Electrical & electronics" },
  { value: "coatings", label: "Industrial coatings" },
  { value: "construction", label: "Construction" },
  { value: "consumer", label: "Consumer goods" },
  { value: "other", label: "Other" },
] as const;

export const POLYMERS = [
  { value: "PE", label: "PE" },
  { value: "PP", label: "PP" },
  { value: "PVC", label: "PVC" },
  { value: "PS", label: "PS" },
  { value: "ABS", label: "ABS" },
  { value: "PA6", label: "PA6" },
  { value: "PA66", label: "PA66" },
  { value: "PC", label: "PC" },
  { value: "PET", label: "PET" },
  { value: "PBT", label: "PBT" },
  { value: "POM", label: "POM" },
  { value: "PMMA", label: "PMMA" },
  { value: "TPU_TPE", label: "TPU / TPE" },
  { value: "PEEK", label: "PEEK" },
  { value: "PPS", label: "PPS" },
  { value: "bio", label: "Bio-based" },
  { value: "other", label: "Other" },
] as const;

export const TIMELINES = [
  { value: "lt3m", label: "Within 3 months" },
  { value: "3to12m", label: "3–12 months" },
  { value: "later", label: "Later / evaluating" },
] as const;

export const COMPLIANCE = [
  { value: "fda_food_contact", label: "FDA food contact" },
  { value: "eu_10_2011", label: "EU 10/2011" },
  { value: "reach", label: "REACH" },
  { value: "rohs", label: "RoHS" },
  { value: "ul94", label: "UL 94" },
] as const;

export const PROCESSING_METHODS = [
  { value: "injection", label: "Injection molding" },
  { value: "extrusion", label: "Extrusion" },
  { value: "blow", label: "Blow molding" },
  { value: "film", label: "Film / sheet" },
  { value: "thermoforming", label: "Thermoforming" },
  { value: "compounding", label: "Compounding" },
  { value: "rotomolding", label: "Rotational molding" },
  { value: "additive", label: "3D printing" },
  { value: "other", label: "Other" },
] as const;

// Metric tonnes per year.
export const ANNUAL_VOLUMES = [
  { value: "lt1t", label: "Under 1 t" },
  { value: "1to10t", label: "1–10 t" },
  { value: "10to100t", label: "10–100 t" },
  { value: "100to1000t", label: "100–1,000 t" },
  { value: "gt1000t", label: "Over 1,000 t" },
] as const;

export type Option = { readonly value: string; readonly label: string };

/** Maximum lengths, in characters, of the free-text fields. */
export const MAX_LENGTH = {
  name: 120,
  email: 254,
  company: 160,
  jobRole: 100,
  phone: 32,
  performanceTarget: 500,
  message: 2000,
} as const;

export type FieldDefinition =
  | { id: string; kind: "text" | "email" | "tel" | "textarea"; label: string; shortLabel?: string; maxLength: number; autoComplete?: string }
  | { id: string; kind: "select"; label: string; options: readonly Option[] }
  | { id: string; kind: "checkboxes"; label: string; options: readonly Option[] }
  | { id: string; kind: "country"; label: string };

/** Every field a form can use, keyed by id. The id is the form field name and the answer key. */
export const FIELDS = {
  name: { id: "name", kind: "text", label: "Full name", maxLength: MAX_LENGTH.name, autoComplete: "name" },
  email: { id: "email", kind: "email", label: "Work email", maxLength: MAX_LENGTH.email, autoComplete: "email" },
  company: { id: "company", kind: "text", label: "Company", maxLength: MAX_LENGTH.company, autoComplete: "organization" },
  country: { id: "country", kind: "country", label: "Country" },
  phone: { id: "phone", kind: "tel", label: "Phone", maxLength: MAX_LENGTH.phone, autoComplete: "tel" },
  jobRole: { id: "jobRole", kind: "text", label: "Job role", maxLength: MAX_LENGTH.jobRole, autoComplete: "organization-title" },
  application: { id: "application", kind: "select", label: "Application / end-use industry", options: APPLICATIONS },
  polymer: { id: "polymer", kind: "select", label: "Polymer type or product family", options: POLYMERS },
  timeline: { id: "timeline", kind: "select", label: "Project timeline", options: TIMELINES },
  compliance: { id: "compliance", kind: "checkboxes", label: "Compliance requirements", options: COMPLIANCE },
  performanceTarget: {
    id: "performanceTarget",
    kind: "textarea",
    label: "Performance target (for example HDT above 120 °C, or impact strength)",
    shortLabel: "Performance target",
    maxLength: MAX_LENGTH.performanceTarget,
  },
  processingMethod: { id: "processingMethod", kind: "select", label: "Processing method", options: PROCESSING_METHODS },
  annualVolume: { id: "annualVolume", kind: "select", label: "Expected annual volume", options: ANNUAL_VOLUMES },
  message: { id: "message", kind: "textarea", label: "Anything else we should know?", shortLabel: "Message", maxLength: MAX_LENGTH.message },
} as const satisfies Record<string, FieldDefinition>;

export type FieldId = keyof typeof FIELDS;
export const FIELD_IDS = Object.keys(FIELDS) as FieldId[];

export type FormFieldConfig = { id: FieldId; required: boolean };

/** Contact fields every form carries; they are not part of a form's configurable field list. */
export const CONTACT_FIELDS: readonly FormFieldConfig[] = [
  { id: "name", required: true },
  { id: "email", required: true },
  { id: "company", required: true },
  { id: "country", required: true },
  { id: "phone", required: false },
  { id: "jobRole", required: false },
];

/** Validated answers, keyed by field id. Checkbox answers are arrays; a blank optional answer is absent. */
export type Answers = Partial<Record<FieldId, string | string[]>>;
