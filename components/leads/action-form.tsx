"use client";

import { startTransition, useActionState, type FormEvent, type ReactNode } from "react";

import { IDLE, type ActionState } from "./action-state";

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  submitLabel: string;
  pendingLabel?: string;
  variant?: "primary" | "secondary" | "danger";
  children?: ReactNode;
  // Further submit buttons with a name and value, after the main one, so Enter in a field still submits the main one.
  extraButtons?: ReactNode;
  // Accessible name of the form, shown to screen readers as its label.
  label: string;
};

/** A form that posts to a server action and shows its outcome: a notice after a saved change, or the errors that stopped it. */
export function ActionForm({ action, submitLabel, pendingLabel, variant = "primary", children, extraButtons, label }: Props) {
  // The fields remount after each saved change (keyed by a count), so selects show the values the server now has.
  const [{ state, saved }, formAction, pending] = useActionState<{ state: ActionState; saved: number }, FormData>(
    async (previous, formData) => {
      const state = await action(previous.state, formData);
      return { state, saved: previous.saved + (state.status === "ok" ? 1 : 0) };
    },
    { state: IDLE, saved: 0 },
  );
  const buttonClass = variant === "primary" ? "button" : `button button--${variant}`;

  // Submitted from onSubmit rather than the action prop, because React resets a form after its action and a
  // rejected change would lose what the user chose. The submitter's name and value go with the form data.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter);
    startTransition(() => formAction(formData));
  };

  return (
    <form onSubmit={submit} aria-label={label} className="action-form">
      <div key={saved} className="action-form-fields">
        {children}
      </div>
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? (pendingLabel ?? "Saving…") : submitLabel}
      </button>
      {extraButtons}
      {state.status === "ok" ? (
        <p className="notice" role="status">
          {state.message}
        </p>
      ) : null}
      {state.status === "error" ? (
        <div className="form-error" role="alert">
          <p>{state.message}</p>
          {Object.keys(state.fieldErrors).length > 0 ? (
            <ul>
              {Object.entries(state.fieldErrors).map(([field, message]) => (
                <li key={field}>{message}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}
