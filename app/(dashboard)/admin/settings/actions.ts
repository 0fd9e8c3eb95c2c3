"use server";

import { revalidatePath } from "next/cache";

import { getDb } from "@/lib/db";
import { updateSalesSettings } from "@/lib/settings/update-sales-settings";

import { currentAdmin } from "../admin-actor";
import { failedState, NOT_ADMIN_MESSAGE, savedState, textField, type FormState } from "../form-state";

// A public endpoint like every server action: it reads the session again, and the use case checks the role once more.
export async function saveSalesSettingsAction(previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await currentAdmin();
  if (!actor) return failedState(previous, NOT_ADMIN_MESSAGE);

  const values = {
    slaWorkingHours: textField(formData, "slaWorkingHours"),
    timeZone: textField(formData, "timeZone"),
    workingDays: formData.getAll("workingDays").map(String),
    dayStartHour: textField(formData, "dayStartHour"),
    dayEndHour: textField(formData, "dayEndHour"),
    assignment: textField(formData, "assignment"),
    handoffMode: textField(formData, "handoffMode"),
  };
  const input = {
    ...values,
    // An empty field becomes NaN, which the schema rejects, rather than 0.
    slaWorkingHours: values.slaWorkingHours.trim() === "" ? Number.NaN : Number(values.slaWorkingHours),
    workingDays: values.workingDays.map(Number),
    dayStartHour: Number(values.dayStartHour),
    dayEndHour: Number(values.dayEndHour),
  };

  const saved = await updateSalesSettings({ db: await getDb(), actor, input });
  if (!saved.ok) return failedState(previous, saved.error, values);

  revalidatePath("/admin/settings");
  return savedState(previous, "Saved. New MQLs get these settings; MQLs already in the queue keep their due times.");
}
