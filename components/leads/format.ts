import { ANSWER_LABELS } from "@/lib/forms/answer-labels";

/** Date and time with the zone's short name, such as "7 Dec 2026, 16:00 CET"; the sales team's time zone is the usual one. */
export function formatDateTime(value: Date | string | null, timeZone = "UTC"): string {
  if (value === null) return "—";

  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone, timeZoneName: "short" }).format(
    new Date(value),
  );
}

/** Format how long ago a time was, in the largest whole unit: "35 min", "5 h", "3 d". */
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
