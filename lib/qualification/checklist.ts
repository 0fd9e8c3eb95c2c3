/**
 * The sales checklist that turns an MQL into an SQL. Every item is
 * required; the server refuses SQL while any is unconfirmed. Client code
 * may import this file.
 */
export const CHECKLIST_ITEMS = [
  { id: "useCase", label: "Use case / application", hint: "What the part or product is and where it is used." },
  { id: "productFit", label: "Product fit", hint: "Polymer type, grade and processing method." },
  { id: "commercialFit", label: "Commercial fit", hint: "Volume or MOQ, and price or budget range." },
  { id: "buyingStage", label: "Buying stage and timeline", hint: "Where the project stands and when material is needed." },
  { id: "decisionProcess", label: "Decision process", hint: "Who decides and which approvals or qualifications are needed." },
  { id: "realBusiness", label: "Real business, reachable contact", hint: "The company exists and the contact answered." },
] as const;

export type ChecklistItemId = (typeof CHECKLIST_ITEMS)[number]["id"];
export const CHECKLIST_ITEM_IDS = CHECKLIST_ITEMS.map((item) => item.id) as ChecklistItemId[];

// Characters in a checklist note.
export const CHECKLIST_NOTE_MAX = 500;

export type ChecklistEntry = { confirmed: boolean; note: string; updatedBy: string; updatedAt: string };
export type Checklist = Partial<Record<ChecklistItemId, ChecklistEntry>>;

/** Labels of the items not yet confirmed, in checklist order. */
export function missingChecklistItems(checklist: Checklist): string[] {
  return CHECKLIST_ITEMS.filter((item) => !checklist[item.id]?.confirmed).map((item) => item.label);
}
