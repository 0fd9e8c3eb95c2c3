"use client";

import { useActionState } from "react";

import { ROLE_LABELS, ROLES } from "@/lib/auth/roles";

import { describedProps, FieldError, FormOutcome } from "../form-parts";
import { IDLE_FORM_STATE, type FormState } from "../form-state";
import { createUserAction } from "./actions";

export function CreateUserForm({ minPasswordLength }: { minPasswordLength: number }) {
  const [state, action, pending] = useActionState<FormState, FormData>(createUserAction, IDLE_FORM_STATE);
  const errors = state.fieldErrors;
  const values = state.values ?? {};

  return (
    <form key={state.submissions} action={action} className="form" aria-labelledby="create-user-heading">
      <FormOutcome state={state} />
      <div className="columns">
        <div className="field">
          <label htmlFor="new-email">Email</label>
          <input id="new-email" name="email" type="email" autoComplete="off" required defaultValue={values.email} {...describedProps("new-email", errors.email)} />
          <FieldError id="new-email" message={errors.email} />
        </div>
        <div className="field">
          <label htmlFor="new-name">Name</label>
          <input id="new-name" name="name" type="text" required maxLength={120} defaultValue={values.name} {...describedProps("new-name", errors.name)} />
          <FieldError id="new-name" message={errors.name} />
        </div>
        <div className="field">
          <label htmlFor="new-role">Role</label>
          <select id="new-role" name="role" defaultValue={(values.role as string | undefined) ?? "rep"} {...describedProps("new-role", errors.role)}>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </select>
          <FieldError id="new-role" message={errors.role} />
        </div>
        <div className="field">
          <label htmlFor="new-countries">
            Countries <span className="optional">(optional)</span>
          </label>
          <input
            id="new-countries"
            name="countries"
            type="text"
            placeholder="DE, AT"
            defaultValue={values.countries}
            {...describedProps("new-countries", errors.countries, "new-countries-hint")}
          />
          <p className="hint" id="new-countries-hint">
            Two-letter codes of the countries a rep covers when leads are assigned by country.
          </p>
          <FieldError id="new-countries" message={errors.countries} />
        </div>
        <div className="field">
          <label htmlFor="new-password">Initial password</label>
          <input
            id="new-password"
            name="password"
            type="password"
            autoComplete="new-password"
            required
            minLength={minPasswordLength}
            {...describedProps("new-password", errors.password, "new-password-hint")}
          />
          <p className="hint" id="new-password-hint">
            At least {minPasswordLength} characters. Give it to the user through a secure channel.
          </p>
          <FieldError id="new-password" message={errors.password} />
        </div>
      </div>
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Creating…" : "Create user"}
      </button>
    </form>
  );
}
