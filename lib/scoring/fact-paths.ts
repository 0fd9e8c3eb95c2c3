import { FIELDS, OFFER_KINDS, type Option } from "@/lib/forms/catalog";

/**
 * The facts a rule can test on a live lead, with their values where the
 * set is closed. The model editor offers these, and validation rejects a
 * rule on any other path. Client code may import this file.
 */
export type FactPath = { path: string; label: string; kind: "choice" | "choices" | "text" | "number" | "boolean"; options?: readonly Option[] };

const OFFER_LABELS = { tds: "Datasheet request", sample: "Sample request", guide: "Guide download", quote: "Quote request" } as const;

// The kind of fact a form field gives; text, email, phone and textarea fields give text.
const FACT_KIND_OF_FIELD: Partial<Record<string, FactPath["kind"]>> = { select: "choice", checkboxes: "choices" };

const answerPaths: FactPath[] = Object.values(FIELDS)
  .filter((field) => !["name", "email", "company", "country", "phone", "jobRole"].includes(field.id))
  .map((field) => ({
    path: `answers.${field.id}`,
    label: `Answer: ${"shortLabel" in field ? field.shortLabel : field.label}`,
    kind: FACT_KIND_OF_FIELD[field.kind] ?? "text",
    options: "options" in field ? field.options : undefined,
  }));

export const FACT_PATHS: readonly FactPath[] = [
  ...answerPaths,
  { path: "offerKind", label: "Strongest offer requested", kind: "choice", options: OFFER_KINDS.map((kind) => ({ value: kind, label: OFFER_LABELS[kind] })) },
  {
    path: "contact.emailKind",
    label: "Email kind",
    kind: "choice",
    options: [
      { value: "work", label: "Work" },
      { value: "free", label: "Free-mail" },
      { value: "academic", label: "Academic" },
    ],
  },
  { path: "contact.emailDomain", label: "Email domain", kind: "text" },
  { path: "contact.country", label: "Country (ISO code)", kind: "text" },
  { path: "contact.jobRole", label: "Job role", kind: "text" },
  { path: "contact.hasPhone", label: "Phone given", kind: "boolean" },
  { path: "engagement.submissions", label: "Number of submissions", kind: "number" },
];

const KNOWN = new Set(FACT_PATHS.map((fact) => fact.path));

/** Check whether a rule may test `path` on live leads. `attributes.*` exists only on imported historical leads. */
export function isKnownFactPath(path: string): boolean {
  return KNOWN.has(path);
}
