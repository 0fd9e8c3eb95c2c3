/** Reasons to disqualify a lead, shared by the UI, the API and the funnel. Client code may import this file. */
export const DISQUALIFICATION_REASONS = [
  { id: "no_application_fit", label: "No application fit" },
  { id: "student_academic", label: "Student or academic" },
  { id: "competitor", label: "Competitor" },
  { id: "below_moq", label: "No budget or volume below MOQ" },
  { id: "unreachable", label: "Unreachable after attempts" },
  { id: "duplicate", label: "Duplicate" },
  { id: "spam", label: "Spam" },
  { id: "other", label: "Other" },
] as const;
export type DisqualificationReason = (typeof DISQUALIFICATION_REASONS)[number]["id"];

/** Why a rep hands an MQL back to marketing: feedback on the scoring, not a judgement on the company. */
export const REJECTION_REASONS = [
  { id: "not_sales_ready", label: "Not sales-ready" },
  { id: "wrong_contact", label: "Wrong contact" },
  { id: "no_project", label: "No project" },
  { id: "other", label: "Other" },
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number]["id"];

/** Reason code prefix of a rejection's stage event, such as "rejected.no_project". */
export const REJECTION_CODE_PREFIX = "rejected.";

export const LOST_REASONS = [
  { id: "price", label: "Price" },
  { id: "competitor_won", label: "Went with a competitor" },
  { id: "failed_trial", label: "Sample or trial failed" },
  { id: "project_cancelled", label: "Project cancelled" },
  { id: "no_decision", label: "No decision" },
  { id: "other", label: "Other" },
] as const;
export type LostReason = (typeof LOST_REASONS)[number]["id"];

/** Touches a rep logs, and the milestones tracked after SQL. */
export const ACTIVITY_TYPES = [
  { id: "call", label: "Call attempt", touch: true },
  { id: "email", label: "Email", touch: true },
  { id: "meeting", label: "Meeting", touch: true },
  { id: "note", label: "Note", touch: false },
  { id: "discovery_call", label: "Discovery call", touch: true },
  { id: "sample_requested", label: "Sample requested", touch: false },
  { id: "sample_sent", label: "Sample sent", touch: false },
  { id: "quote_sent", label: "Quote sent", touch: false },
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number]["id"];

export const ACTIVITY_OUTCOMES = [
  { id: "connected", label: "Connected" },
  { id: "left_voicemail", label: "Left voicemail" },
  { id: "no_answer", label: "No answer" },
  { id: "wrong_number", label: "Wrong number" },
  { id: "replied", label: "Replied" },
  { id: "done", label: "Done" },
] as const;
export type ActivityOutcome = (typeof ACTIVITY_OUTCOMES)[number]["id"];

/** Whether an activity type counts as a touch: the first touch sets the lead's first-response time. */
export function isTouch(type: ActivityType): boolean {
  return ACTIVITY_TYPES.some((activity) => activity.id === type && activity.touch);
}
