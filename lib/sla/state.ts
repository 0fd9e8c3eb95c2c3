/** Where a lead stands against its first-response SLA. Client code may import this file. */
export type SlaState = "none" | "due" | "overdue" | "met" | "missed";

export const SLA_STATES: readonly { id: Exclude<SlaState, "none">; label: string }[] = [
  { id: "due", label: "Due" },
  { id: "overdue", label: "Overdue" },
  { id: "met", label: "Touched in time" },
  { id: "missed", label: "Touched late" },
];

export function slaState(input: { slaDueAt: Date | null; firstTouchAt: Date | null; now: Date }): SlaState {
  if (input.slaDueAt === null) return "none";
  if (input.firstTouchAt !== null) return input.firstTouchAt <= input.slaDueAt ? "met" : "missed";

  return input.now > input.slaDueAt ? "overdue" : "due";
}
