import type { Role } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { logger } from "@/lib/logger";
import { fail, ok, type Result } from "@/lib/result";
import { fieldErrorsOf } from "@/lib/users/validation";

import { ASSIGNMENT_MODES, getSalesSettings, HANDOFF_MODES, salesSettingsSchema, saveSalesSettings, type SalesSettings } from "./sales";

// Messages for checks that salesSettingsSchema leaves to zod's defaults, which do not name the field; its own messages win.
const FIELD_MESSAGES: Record<string, string> = {
  slaWorkingHours: "SLA must be a number of working hours above 0 and at most 200.",
  timeZone: "Choose a time zone from the list.",
  workingDays: "Working days must be days of the week, 0 (Sunday) to 6 (Saturday).",
  dayStartHour: "The working day must start at a whole hour from 0 to 23.",
  dayEndHour: "The working day must end at a whole hour from 1 to 24.",
  assignment: `Assignment must be one of: ${ASSIGNMENT_MODES.join(", ")}.`,
  handoffMode: `Handoff must be one of: ${HANDOFF_MODES.join(", ")}.`,
};

function fieldMessage(issue: { path?: PropertyKey[] }): string | undefined {
  return FIELD_MESSAGES[String(issue.path?.[0])];
}

/**
 * Validate and store the sales settings: SLA, working hours, assignment and
 * handoff. Admins only. Fields the input leaves out keep their stored value,
 * so a form without a newer setting does not reset it to its default.
 */
export async function updateSalesSettings({
  db,
  actor,
  input,
}: {
  db: Database;
  actor: { id: string; role: Role };
  input: unknown;
}): Promise<Result<SalesSettings>> {
  if (actor.role !== "admin") return fail({ code: "forbidden", message: "Only an admin can change the sales settings." });

  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    return fail({ code: "invalid", message: "The settings must be an object of named fields." });
  }

  const parsed = salesSettingsSchema.safeParse({ ...(await getSalesSettings(db)), ...input }, { error: fieldMessage });
  if (!parsed.success) {
    return fail({ code: "invalid", message: "Some settings are invalid.", fieldErrors: fieldErrorsOf(parsed.error) });
  }

  await saveSalesSettings(db, parsed.data);
  logger.info({ userId: actor.id, assignment: parsed.data.assignment }, "sales settings updated");

  return ok(parsed.data);
}
