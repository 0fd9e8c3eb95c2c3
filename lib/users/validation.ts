import { z } from "zod";

import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/auth/passwords";
import { ROLES } from "@/lib/auth/roles";

// Server only: passwords.ts loads the native Argon2 module, so client forms get these limits as props.

export const NAME_MAX_LENGTH = 120;

const emailSchema = z.string().trim().toLowerCase().pipe(z.email({ error: "Enter a valid email address, such as rep@supplier.com." }));

const nameSchema = z
  .string()
  .trim()
  .min(1, { error: "Name is required." })
  .max(NAME_MAX_LENGTH, { error: `Name is too long: the maximum is ${NAME_MAX_LENGTH} characters.` });

export const roleSchema = z.enum(ROLES, { error: `Role must be one of: ${ROLES.join(", ")}.` });

export const passwordSchema = z
  .string({ error: "Password is required." })
  .min(MIN_PASSWORD_LENGTH, { error: `Password is too short: use at least ${MIN_PASSWORD_LENGTH} characters.` })
  .max(MAX_PASSWORD_LENGTH, { error: `Password is too long: the maximum is ${MAX_PASSWORD_LENGTH} characters.` });

// ISO 3166-1 alpha-2 codes of the countries a rep covers when leads are assigned by country.
const countriesSchema = z
  .array(
    z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, { error: "Countries must be two-letter ISO 3166-1 codes, such as DE, AT." }),
  )
  .transform((codes) => [...new Set(codes)]);

const userIdSchema = z.uuid({ error: "The user id is not valid. Open the user from the user list." });

export const userInputSchema = z.object({
  email: emailSchema,
  name: nameSchema,
  role: roleSchema,
  password: passwordSchema,
  countries: countriesSchema.default([]),
});

export type UserInput = z.input<typeof userInputSchema>;

/** A change to one user; fields left out keep their value. */
export const userUpdateSchema = z.object({
  userId: userIdSchema,
  name: nameSchema.optional(),
  role: roleSchema.optional(),
  countries: countriesSchema.optional(),
  active: z.boolean({ error: "Active must be true or false." }).optional(),
});

export type UserUpdate = z.input<typeof userUpdateSchema>;

export const passwordResetSchema = z.object({
  userId: userIdSchema,
  password: passwordSchema,
});

export type PasswordReset = z.input<typeof passwordResetSchema>;

/** Split a typed list such as "de, AT;ch" into codes; the schemas check each code. */
export function parseCountryList(text: string): string[] {
  return text.split(/[\s,;]+/).filter((code) => code !== "");
}

export { fieldErrorsOf } from "@/lib/result";
