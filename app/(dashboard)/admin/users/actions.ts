"use server";

import { revalidatePath } from "next/cache";

import type { Role } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import { createUser } from "@/lib/users/create-user";
import { resetPassword } from "@/lib/users/reset-password";
import { updateUser } from "@/lib/users/update-user";
import { parseCountryList, type UserUpdate } from "@/lib/users/validation";

import { currentAdmin } from "../admin-actor";
import { failedState, NOT_ADMIN_MESSAGE, savedState, textField, type FormState } from "../form-state";

/*
 * Server actions of the user admin page. Each is a public endpoint, so each
 * reads the session again; the use cases check the role once more.
 */

export async function createUserAction(previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await currentAdmin();
  if (!actor) return failedState(previous, NOT_ADMIN_MESSAGE);

  const values = {
    email: textField(formData, "email"),
    name: textField(formData, "name"),
    role: textField(formData, "role"),
    countries: textField(formData, "countries"),
  };
  const created = await createUser({
    db: await getDb(),
    actor,
    user: { ...values, role: values.role as Role, countries: parseCountryList(values.countries), password: textField(formData, "password") },
  });
  if (!created.ok) return failedState(previous, created.error, values);

  revalidatePath("/admin/users");
  return savedState(previous, `Created ${created.value.email}. Give them the initial password through a secure channel.`);
}

export async function updateUserAction(previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await currentAdmin();
  if (!actor) return failedState(previous, NOT_ADMIN_MESSAGE);

  // Role and active are absent from the form of the admin's own row, and absent fields keep their value.
  const input: UserUpdate = {
    userId: textField(formData, "userId"),
    name: textField(formData, "name"),
    countries: parseCountryList(textField(formData, "countries")),
  };
  if (formData.has("role")) input.role = textField(formData, "role") as Role;
  if (formData.has("active")) {
    const active = textField(formData, "active");
    if (active !== "true" && active !== "false") {
      return failedState(previous, { code: "invalid", message: "Some user details are invalid.", fieldErrors: { active: "Choose active or deactivated." } });
    }
    input.active = active === "true";
  }

  const updated = await updateUser({ db: await getDb(), actor, input });
  if (!updated.ok) {
    const values = { name: input.name ?? "", countries: textField(formData, "countries"), role: textField(formData, "role"), active: textField(formData, "active") };
    return failedState(previous, updated.error, values);
  }

  revalidatePath("/admin/users");
  return savedState(previous, `Saved ${updated.value.email}.`);
}

export async function resetPasswordAction(previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await currentAdmin();
  if (!actor) return failedState(previous, NOT_ADMIN_MESSAGE);

  const reset = await resetPassword({
    db: await getDb(),
    actor,
    input: { userId: textField(formData, "userId"), password: textField(formData, "password") },
  });
  if (!reset.ok) return failedState(previous, reset.error);

  return savedState(previous, `Password reset for ${reset.value.email}. Give them the new password through a secure channel.`);
}
