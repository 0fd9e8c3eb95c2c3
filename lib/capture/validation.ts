import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";
import { z } from "zod";

import { CONTACT_FIELDS, FIELDS, type Answers, type FieldId, type FormFieldConfig } from "@/lib/forms/catalog";
import { isCountryCode } from "@/lib/forms/countries";
import { normalizeDomain, normalizeEmail } from "@/lib/normalize/email";
import { normalizeText } from "@/lib/normalize/text";

export type FieldErrors = Record<string, string>;

export type ValidSubmission = {
  contact: {
    name: string;
    email: string;
    emailNormalized: string;
    company: string;
    country: string;
    phone: string | null;
    jobRole: string | null;
  };
  // Qualification answers: every form field except the contact fields.
  answers: Answers;
};

export type ValidationResult = { ok: true; value: ValidSubmission } | { ok: false, fieldErrors: FieldErrors };

const CONSENT_VALUES = new Set(["on", "true", "yes", "1"]);

/** Blank strings and null count as unanswered. */
function blankToUndefined(value: unknown): unknown {
  if (value === null) return undefined;
  if (typeof value === "string" && value.trim() === "") return undefined;
  if (Array.isArray(value) && value.length === 0) return undefined;

  return value;
}

function requiredMessage(label: string): string {
  return `${label} is required.`;
}

/** Error for a value of the wrong type, or for a missing required one. */
function typeError(label: string, expected: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? requiredMessage(label) : `${label} must be ${expected}.`);
}

function fieldSchema(config: FormFieldConfig): z.ZodType {
  const field = FIELDS[config.id];
  const label = "shortLabel" in field ? field.shortLabel : field.label;
  let schema: z.ZodType;

  switch (field.kind) {
    case "text":
    case "textarea":
    case "tel":
      schema = z
        .string({ error: typeError(label, "text") })
        .transform((value) => normalizeText(value, { multiline: field.kind === "textarea" }))
        .pipe(
          z
            .string()
            .min(config.required ? 1 : 0, { error: requiredMessage(label) })
            .max(field.maxLength, {
              error: (issue) => `${label} is too long: ${String(issue.input).length} characters, the maximum is ${field.maxLength}.`,
            }),
        );
      break;
    case "email":
      schema = z
        .string({ error: typeError(label, "text") })
        .transform((value) => value.trim())
        .pipe(
          z
            .string()
            .min(config.required ? 1 : 0, { error: requiredMessage(label) })
            .max(field.maxLength, { error: `${label} is too long: the maximum is ${field.maxLength} characters.` })
            .pipe(z.email({ pattern: z.regexes.unicodeEmail, error: `Enter a valid email address, such as ana@example.com.` }))
            .refine((value) => normalizeDomain(value.slice(value.lastIndexOf("@") + 1)).includes("."), {
              error: "The email address has an invalid domain. Check the part after @, such as example.com.",
            }),
        );
      break;
    case "select": {
      const values: readonly string[] = field.options.map((option) => option.value);
      schema = z.string({ error: typeError(label, "text") }).refine((value) => values.includes(value), {
        error: `Choose one of the listed options for ${label.toLowerCase()}.`,
      });
      break;
    }
    case "checkboxes": {
      const values: readonly string[] = field.options.map((option) => option.value);
      schema = z
        .union([z.string(), z.array(z.string())], { error: typeError(label, "a list of options") })
        .transform((value) => [...new Set(Array.isArray(value) ? value : [value])])
        .refine((list) => list.every((value) => values.includes(value)), {
          error: `Choose only the listed options for ${label.toLowerCase()}.`,
        });
      break;
    }
    case "country":
      schema = z
        .string({ error: typeError(label, "text") })
        .transform((value) => value.trim().toUpperCase())
        .refine(isCountryCode, { error: "Choose a country from the list." });
      break;
  }

  return z.preprocess(blankToUndefined, config.required ? schema : schema.optional());
}

/** A ticked checkbox posts "on"; the JSON endpoint takes true or a yes-like string. */
function isConsentGiven(value: unknown): boolean {
  if (typeof value === "boolean") return value;
  if (typeof value === "string") return CONSENT_VALUES.has(value.toLowerCase());

  return false;
}

// Schemas by field list. Building one costs more than a validation, and an installation has a handful of forms.
const schemaCache = new Map<string, z.ZodType>();
const SCHEMA_CACHE_LIMIT = 100;

function submissionSchema(formFields: readonly FormFieldConfig[]): z.ZodType {
  const key = JSON.stringify(formFields);
  const cached = schemaCache.get(key);
  if (cached) return cached;

  const configs = [...CONTACT_FIELDS, ...formFields.filter((field) => !CONTACT_FIELDS.some((c) => c.id === field.id))];
  const shape: Record<string, z.ZodType> = {};
  for (const config of configs) shape[config.id] = fieldSchema(config);
  shape.consent = z.preprocess(isConsentGiven, z.literal(true, { error: "Tick the consent box to continue." }));
  const schema = z.object(shape);

  if (schemaCache.size >= SCHEMA_CACHE_LIMIT) schemaCache.clear();
  schemaCache.set(key, schema);

  return schema;
}

/**
 * Validate raw form values against a form's fields. Returns normalised
 * values, or one message per invalid field that names it and says what to
 * do. Unknown keys are ignored.
 */
export function validateSubmission(formFields: readonly FormFieldConfig[], raw: Record<string, unknown>): ValidationResult {
  const parsed = submissionSchema(formFields).safeParse(raw);
  const fieldErrors: FieldErrors = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? "form");
      fieldErrors[key] ??= issue.message;
    }
  }

  const values = (parsed.success ? parsed.data : {}) as Record<string, unknown>;
  const phone = parsed.success ? parsePhone(values.phone as string | undefined, values.country as string) : null;
  if (phone && !phone.ok) fieldErrors.phone = phone.message;

  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };

  const answers: Answers = {};
  for (const config of formFields) {
    if (CONTACT_FIELDS.some((c) => c.id === config.id)) continue;
    const value = values[config.id] as string | string[] | undefined;
    if (value !== undefined && value !== "" && !(Array.isArray(value) && value.length === 0)) answers[config.id as FieldId] = value;
  }
  const email = values.email as string;

  return {
    ok: true,
    value: {
      contact: {
        name: values.name as string,
        email,
        emailNormalized: normalizeEmail(email),
        company: values.company as string,
        country: values.country as string,
        phone: phone?.ok ? phone.e164 : null,
        jobRole: (values.jobRole as string | undefined) || null,
      },
      answers,
    },
  };
}

function parsePhone(phone: string | undefined, country: string): { ok: true; e164: string } | { ok: false; message: string } | null {
  if (!phone) return null;
  const parsed = parsePhoneNumberFromString(phone, country as CountryCode);
  if (!parsed || !parsed.isValid()) {
    return { ok: false, message: "Enter a valid phone number, with the country code if it is outside the country you chose (for example +49 30 1234567)." };
  }

  return { ok: true, e164: parsed.number };
}
