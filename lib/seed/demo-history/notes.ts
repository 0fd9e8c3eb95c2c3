/** Short notes a rep writes: checklist entries, activity notes and the notes behind a stage change. */

import { ANNUAL_VOLUMES, APPLICATIONS, COMPLIANCE, POLYMERS, PROCESSING_METHODS, type Option } from "@/lib/forms/catalog";
import type { ChecklistItemId } from "@/lib/qualification/checklist";
import type { DisqualificationReason, LostReason } from "@/lib/qualification/reasons";

import type { Project } from "./answers";
import type { Random } from "./random";

function labelOf(options: readonly Option[], value: string): string {
  return options.find((option) => option.value === value)?.label ?? value;
}

const PARTS: Record<string, readonly string[]> = {
  packaging: ["Thin-wall food containers", "Caps and closures", "Stretch film for pallets", "Bottles for household cleaners"],
  automotive: ["Air-intake manifold", "Door-module carrier", "Under-the-hood connectors", "Interior trim clips"],
  electrical: ["Connector housings", "Circuit-breaker housings", "Cable ties", "LED lamp covers"],
  medical: ["Inhaler housings", "Syringe barrels", "Tubing for infusion sets", "Handles of surgical instruments"],
  consumer: ["Kitchen appliance housings", "Toy parts", "Sports goods", "Cosmetics packaging"],
  construction: ["Window profiles", "Pipe fittings", "Insulation panels"],
  coatings: ["Powder-coating binder", "Floor-coating additive"],
  other: ["Agricultural film", "Filament for 3D printing", "Compound for a new part"],
};

const BUYING_STAGES: Record<string, string> = {
  lt3m: "Tool is ready; material needed for trials this quarter.",
  "3to12m": "Design phase; series production planned within a year.",
  later: "Early evaluation; no fixed start date yet.",
};

const DECISION_PROCESSES = [
  "Purchasing decides after R&D approval.",
  "Plant manager decides after a production trial.",
  "Their customer must approve the material (PPAP) first.",
  "Lab test first, then a production trial; the managing director signs.",
];

const REAL_BUSINESS_CHECKS = [
  "Website and VAT number checked; spoke with the contact.",
  "Reached the contact by phone; company listed in the trade register.",
  "Known through a distributor; contact confirmed by email.",
];

/** Write a confirmed note for every checklist item from the lead's project. */
export function createChecklistNotes(random: Random, project: Project): Record<ChecklistItemId, string> {
  const compliance = project.compliance.map((value) => labelOf(COMPLIANCE, value)).join(" and ");

  return {
    useCase: `${random.pick(PARTS[project.application] ?? PARTS.other!)} (${labelOf(APPLICATIONS, project.application).toLowerCase()}).`,
    productFit: `${labelOf(POLYMERS, project.polymer)} for ${labelOf(PROCESSING_METHODS, project.processingMethod).toLowerCase()}${compliance ? `; needs ${compliance}` : ""}.`,
    commercialFit: `${labelOf(ANNUAL_VOLUMES, project.annualVolume)} a year; ${random.pick(["target price shared", "budget agreed with purchasing", "price range accepted"])}.`,
    buyingStage: BUYING_STAGES[project.timeline] ?? BUYING_STAGES.later!,
    decisionProcess: random.pick(DECISION_PROCESSES),
    realBusiness: random.pick(REAL_BUSINESS_CHECKS),
  };
}

export const CALL_NOTES = {
  qualification: ["Qualification call: went through application, volumes and timeline.", "Call with the buyer and the project engineer.", "Good call; they compare us with their current grade."],
  voicemail: ["Left a voicemail with my direct number.", "Voicemail; will try again tomorrow."],
  followUpEmail: ["Sent the datasheet and processing guide; asked for a call.", "Sent a summary of the call and the next steps.", "Asked for a time to talk this week."],
  discovery: ["Discovery call with their engineers: part drawing, tolerances and test plan.", "Technical call with application engineering; trial plan agreed."],
  sampleRequested: ["25 kg requested for a trial on their 250 t press.", "Two grades requested for a side-by-side trial.", "Sample requested with a colour match."],
  sampleSent: ["Sample shipped by courier with the processing guide.", "Sample sent from the European warehouse."],
  trialFeedback: ["Trial feedback: parts pass dimensional checks.", "Trial feedback: good flow, minor warpage to tune."],
  quoteSent: ["Quote sent for the annual volume; prices valid 90 days.", "Quote sent with a price ladder by volume."],
} as const;

const DISQUALIFICATION_NOTES: Record<DisqualificationReason, readonly string[]> = {
  no_application_fit: ["Needs a grade we do not make.", "Application needs properties outside our portfolio.", "They process by a method our grades are not made for."],
  student_academic: ["Thesis project, no commercial use.", "University lab; sent the public datasheet."],
  competitor: ["Writes from a competitor's domain.", "Competitor asking for datasheets and prices."],
  below_moq: ["Needs well under our minimum order of 1 t.", "One-off order of a few kilos; referred to a distributor."],
  unreachable: ["No answer to calls and emails over two weeks.", "Phone number wrong and no reply to emails."],
  duplicate: ["Same project as a colleague's open lead.", "Second request for the same project; kept the first lead."],
  spam: ["Fake company and phone number.", "Form filled with nonsense."],
  other: ["Company was acquired; purchasing moved to the parent.", "Only wanted a general price list."],
};

const LOST_NOTES: Record<LostReason, readonly string[]> = {
  price: ["Our price was 12 % above their target.", "Chose a cheaper grade from their current supplier."],
  competitor_won: ["Went with a local compounder.", "Their current supplier matched our offer."],
  failed_trial: ["Parts warped in the trial.", "Failed the impact test at −30 °C."],
  project_cancelled: ["Their customer cancelled the part.", "Project stopped after a budget freeze."],
  no_decision: ["No answer since the quote; closed after three follow-ups.", "Decision postponed indefinitely."],
  other: ["Plant closed before the order.", "Moved production to another country."],
};

export function pickDisqualificationNote(random: Random, reason: DisqualificationReason): string {
  return random.pick(DISQUALIFICATION_NOTES[reason]);
}

export function pickLostNote(random: Random, reason: LostReason): string {
  return random.pick(LOST_NOTES[reason]);
}

export function describeWin(random: Random, project: Project): string {
  return random.pick([
    `First order for ${labelOf(POLYMERS, project.polymer)} placed.`,
    `Supply agreement for ${labelOf(ANNUAL_VOLUMES, project.annualVolume)} a year signed.`,
    "Trial order placed; series order expected next quarter.",
  ]);
}

const MONTH_FORMAT = new Intl.DateTimeFormat("en", { month: "long", year: "numeric", timeZone: "UTC" });

/** Describe why a lead goes to nurture, with the month the rep plans to look again. */
export function describeNurture(revisitAt: Date, reason: "other" | "below_moq"): string {
  const month = MONTH_FORMAT.format(revisitAt);

  return reason === "below_moq" ? `Volume too small for now; check again in ${month} when their new line runs.` : `Project not started yet; check back in ${month}.`;
}
