import { ANSWER_LABELS } from "@/lib/forms/answer-labels";

/** Date and time in the viewer's locale conventions, in UTC unless a time zone is given. */
export function formatDateTime(value: Date | string | null, timeZone = "UTC"): string {
  if (value === null) return "—";

  return new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone }).format(new Date(value));
}

/** How long ago, in the largest whole unit: "35 min", "5 h", "3 d". */
export function formatAge(from: Date | null, now: Date): string {
  if (from === null) return "—";
  const minutes = Math.max(0, Math.floor((now.getTime() - from.getTime()) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  if (minutes < 48 * 60) return `${Math.floor(minutes / 60)} h`;

  return `${Math.floor(minutes / 1440)} d`;
}

/** The label of a stored answer value, such as "Within 3 months" for "lt3m". */
export function answerLabel(field: string, value: string | string[] | null | undefined): string {
  if (value === null || value === undefined) return "—";
  const labels = ANSWER_LABELS[field];
  const list = Array.isArray(value) ? value : [value];

  return list.map((item) => labels?.[item] ?? item).join(", ");
}
