import { z } from "zod";

import { MAX_BAND_COUNT } from "./limits";

/** Input schemas of the historical-import use cases. Client code may import this file. */

export const importIdSchema = z.uuid({ error: "The import id is not valid. Open the import from the list of imports." });

const columnName = z.string({ error: "Choose a column." }).trim().min(1, { error: "Choose a column." });

export const csvTextSchema = z.string({ error: "Choose a CSV file to upload." }).min(1, { error: "The CSV file is empty. Choose a file with a header row and data rows." });

export const importInputSchema = z
  .object({
    name: z
      .string({ error: "Name the import." })
      .trim()
      .min(1, { error: "Name the import, such as the CRM and the period it covers." })
      .max(200, { error: "The name is too long: the maximum is 200 characters." }),
    csv: csvTextSchema,
    // Names the CSV in error messages, such as the uploaded file's name.
    source: z.string().trim().min(1).max(300).optional(),
    mapping: z.object({
      outcome: columnName,
      id: columnName.optional(),
      // Omitted: every column other than the outcome and the id.
      attributes: z.array(columnName).min(1, { error: "Choose at least one attribute column to score on." }).optional(),
    }),
  })
  .refine((input) => input.mapping.id === undefined || input.mapping.id !== input.mapping.outcome, {
    path: ["mapping", "id"],
    error: "The id column cannot also be the outcome column.",
  });

export const backtestInputSchema = z.object({
  importId: importIdSchema,
  // "active", "draft", or the number of an archived (or any other) version.
  version: z.union([z.literal("active"), z.literal("draft"), z.coerce.number().int().min(1)], {
    error: "Choose the active model, the draft or a version number.",
  }),
  bandCount: z.coerce
    .number()
    .int()
    .min(1, { error: `Choose from 1 to ${MAX_BAND_COUNT} score bands.` })
    .max(MAX_BAND_COUNT, { error: `Choose from 1 to ${MAX_BAND_COUNT} score bands.` })
    .optional(),
});

export const suggestInputSchema = z.object({
  importId: importIdSchema,
  // The user confirmed that the suggested model may overwrite the existing draft.
  replaceDraft: z.boolean().default(false),
});

/** Collects the first error message of each field, keyed by the field's dotted path such as `mapping.outcome`. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) fieldErrors[issue.path.map(String).join(".") || "form"] ??= issue.message;

  return fieldErrors;
}
