"use client";

import { useActionState, useId } from "react";

import { ROLE_LABELS, ROLES, type Role } from "@/lib/auth/roles";

import { describedProps, FieldError, FormOutcome } from "../form-parts";
import { IDLE_FORM_STATE, type FormState } from "../form-state";
import { updateUserAction } from "./actions";

type Props = {
  user: { id: string; email: string; name: string; role: Role; active: boolean; countries: string[] };
  // The signed-in admin's own row: role and active are not offered, because an admin cannot demote or deactivate themself.
  isSelf: boolean;
};

export function EditUserForm({ user, isSelf }: Props) {
  const [state, action, pending] = useActionState<FormState, FormData>(updateUserAction, IDLE_FORM_STATE);
  const id = useId();
  const errors = state.fieldErrors;
  // After a failed save the form shows what was typed; otherwise the stored user, which the page reloads after a save.
  const values = state.status === "error" && state.values ? state.values : { name: user.name, role: user.role, active: String(user.active), countries: user.countries.join(", ") };

  return (
    <form key={state.submissions} action={action} className="form" aria-label={`Edit ${user.email}`}>
      <input type="hidden" name="userId" value={user.id} />
      <div className="field">
        <label htmlFor={`${id}-name`}>Name</label>
        <input id={`${id}-name`} name="name" type="text" required maxLength={120} defaultValue={values.name} {...describedProps(`${id}-name`, errors.name)} />
        <FieldError id={`${id}-name`} message={errors.name} />
      </div>
      {isSelf ? (
        <p className="hint">You cannot change your own role or deactivate yourself. Another admin can.</p>
      ) : (
        <>
          <div className="field">
            <label htmlFor={`${id}-role`}>Role</label>
            <select id={`${id}-role`} name="role" defaultValue={values.role} {...describedProps(`${id}-role`, errors.role)}>
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {ROLE_LABELS[role]}
                </option>
              ))}
            </select>
            <FieldError id={`${id}-role`} message={errors.role} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-active`}>Access</label>
            <select id={`${id}-active`} name="active" defaultValue={values.active} {...describedProps(`${id}-active`, errors.active)}>
              <option value="true">Active: can sign in</option>
              <option value="false">Deactivated: cannot sign in</option>
            </select>
            <FieldError id={`${id}-active`} message={errors.active} />
          </div>
        </>
      )}
      <div className="field">
        <label htmlFor={`${id}-countries`}>Countries</label>
        <input
          id={`${id}-countries`}
          name="countries"
          type="text"
          placeholder="DE, AT"
          defaultValue={values.countries}
          {...describedProps(`${id}-countries`, errors.countries, `${id}-countries-hint`)}
        />
        <p className="hint" id={`${id}-countries-hint`}>
          Two-letter codes, used when leads are assigned by country.
        </p>
        <FieldError id={`${id}-countries`} message={errors.countries} />
      </div>
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Saving…" : "Save changes"}
      </button>
      <FormOutcome state={state} />
    </form>
  );
}
