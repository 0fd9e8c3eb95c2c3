import { z } from "zod";

import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/auth/passwords";
import { ROLES } from "@/lib/auth/roles";

export const userInputSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email({ error: "Enter a valid email address, such as rep@supplier.com." })),
  name: z.string().trim().min(1, { error: "Name is required." }).max(120, { error: "Name is too long: the maximum is 120 characters." }),
  role: z.enum(ROLES, { error: `Role must be one of: ${ROLES.join(", ")}.` }),
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, { error: `Password is too short: use at least ${MIN_PASSWORD_LENGTH} characters.` })
    .max(MAX_PASSWORD_LENGTH, { error: `Password is too long: the maximum is ${MAX_PASSWORD_LENGTH} characters.` }),
  countries: z.array(z.string().trim().toUpperCase().length(2)).default([]),
});

export type UserInput = z.input<typeof userInputSchema>;
