"use client";

import { useActionState, useId } from "react";

import { describedProps, FieldError, FormOutcome } from "../form-parts";
import { IDLE_FORM_STATE, type FormState } from "../form-state";
import { resetPasswordAction } from "./actions";

export function ResetPasswordForm({ user, minPasswordLength }: { user: { id: string; email: string }; minPasswordLength: number }) {
  const [state, action, pending] = useActionState<FormState, FormData>(resetPasswordAction, IDLE_FORM_STATE);
  const id = useId();
  const error = state.fieldErrors.password;

  return (
    <form key={state.submissions} action={action} className="form" aria-label={`Reset the password of ${user.email}`}>
      <input type="hidden" name="userId" value={user.id} />
      <div className="field">
        <label htmlFor={`${id}-password`}>New password</label>
        <input
          id={`${id}-password`}
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={minPasswordLength}
          {...describedProps(`${id}-password`, error, `${id}-hint`)}
        />
        <p className="hint" id={`${id}-hint`}>
          At least {minPasswordLength} characters. Also clears the account&apos;s failed sign-ins.
        </p>
        <FieldError id={`${id}-password`} message={error} />
      </div>
      <button type="submit" className="button button--secondary" disabled={pending}>
        {pending ? "Resetting…" : "Reset password"}
      </button>
      <FormOutcome state={state} />
    </form>
  );
}
