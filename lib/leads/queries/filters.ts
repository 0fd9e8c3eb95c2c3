import { z } from "zod";

import { APPLICATIONS, POLYMERS } from "@/lib/forms/catalog";
import { STAGES } from "@/lib/lifecycle/stages";

const optionalText = z
  .string()
  .trim()
  .max(100)
  .optional()
  .transform((value) => value || undefined);

/**
 * Filters of the queue and the lead list, read from URL search parameters.
 * Unknown or malformed values are dropped rather than rejected, because
 * they come from links and bookmarks.
 */
export const leadFiltersSchema = z.object({
  form: optionalText,
  application: z.enum(APPLICATIONS.map((option) => option.value)).optional().catch(undefined),
  polymer: z.enum(POLYMERS.map((option) => option.value)).optional().catch(undefined),
  country: z.string().trim().toUpperCase().length(2).optional().catch(undefined),
  source: optionalText,
  // "me", "unassigned" or a user id.
  owner: z.union([z.enum(["me", "unassigned"]), z.uuid()]).optional().catch(undefined),
  sla: z.enum(["due", "overdue", "met", "missed"]).optional().catch(undefined),
  stage: z.enum(STAGES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});

export type LeadFilters = z.infer<typeof leadFiltersSchema>;

export function parseLeadFilters(searchParams: Record<string, string | string[] | undefined>): LeadFilters {
  const flat = Object.fromEntries(Object.entries(searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  const parsed = leadFiltersSchema.safeParse(flat);

  return parsed.success ? parsed.data : { form: undefined, source: undefined };
}
