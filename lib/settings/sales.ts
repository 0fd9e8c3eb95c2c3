import { eq } from "drizzle-orm";
import { z } from "zod";

import type { Executor } from "@/lib/db";
import { settings } from "@/lib/db/schema";
import { DEFAULT_WORKING_HOURS } from "@/lib/sla/working-hours";

const SALES_SETTINGS_KEY = "sales";

export const ASSIGNMENT_MODES = ["manual", "round_robin", "round_robin_by_country"] as const;
export const HANDOFF_MODES = ["hybrid", "mql_first", "sql_first"] as const;

export const salesSettingsSchema = z
  .object({
    // Working hours within which the first touch is due after a lead becomes an MQL.
    slaWorkingHours: z.number().positive().max(200),
    timeZone: z.string().refine((zone) => {
      try {
        new Intl.DateTimeFormat("en", { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    }, "Time zone must be an IANA name such as Europe/Berlin."),
    workingDays: z.array(z.number().int().min(0).max(6)).min(1, "Choose at least one working day."),
    dayStartHour: z.number().int().min(0).max(23),
    dayEndHour: z.number().int().min(1).max(24),
    // manual: reps claim from the queue; round_robin: each new MQL goes to the next active rep; by_country: the next rep covering the lead's country, else any rep.
    assignment: z.enum(ASSIGNMENT_MODES),
    // hybrid: every MQL goes to the sales queue; mql_first: marketing reviews each MQL first; sql_first: only high-intent MQLs go to sales, the rest to nurture.
    handoffMode: z.enum(HANDOFF_MODES).default("hybrid"),
  })
  .refine((value) => value.dayEndHour > value.dayStartHour, { message: "The working day must end after it starts.", path: ["dayEndHour"] });

export type SalesSettings = z.infer<typeof salesSettingsSchema>;

export const DEFAULT_SALES_SETTINGS: SalesSettings = {
  slaWorkingHours: 4,
  timeZone: DEFAULT_WORKING_HOURS.timeZone,
  workingDays: DEFAULT_WORKING_HOURS.days,
  dayStartHour: DEFAULT_WORKING_HOURS.startHour,
  dayEndHour: DEFAULT_WORKING_HOURS.endHour,
  assignment: "manual",
  handoffMode: "hybrid",
};

export async function getSalesSettings(db: Executor): Promise<SalesSettings> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, SALES_SETTINGS_KEY));
  if (!row) return DEFAULT_SALES_SETTINGS;
  const parsed = salesSettingsSchema.safeParse(JSON.parse(row.value));

  return parsed.success ? parsed.data : DEFAULT_SALES_SETTINGS;
}

export async function saveSalesSettings(db: Executor, value: SalesSettings): Promise<void> {
  const json = JSON.stringify(value);
  await db
    .insert(settings)
    .values({ key: SALES_SETTINGS_KEY, value: json })
    .onConflictDoUpdate({ target: settings.key, set: { value: json, updatedAt: new Date() } });
}

export function workingHoursOf(value: SalesSettings) {
  return { timeZone: value.timeZone, days: value.workingDays, startHour: value.dayStartHour, endHour: value.dayEndHour };
}
