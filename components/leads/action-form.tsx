"use client";

import { useActionState, type ReactNode } from "react";

import { IDLE, type ActionState } from "./action-state";

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  submitLabel: string;
  pendingLabel?: string;
  variant?: "primary" | "secondary" | "danger";
  children?: ReactNode;
  // Accessible name of the form, shown to screen readers as its label.
  label: string;
};

/** A form that posts to a server action and shows its outcome: a notice after a saved change, or the errors that stopped it. */
export function ActionForm({ action, submitLabel, pendingLabel, variant = "primary", children, label }: Props) {
  // React 19 resets a form after its action, and a <select> takes its default only when mounted, so the
  // fields remount after each completed action (keyed by a count) to show the values the server now has.
  const [{ state, completed }, formAction, pending] = useActionState<{ state: ActionState; completed: number }, FormData>(
    async (previous, formData) => ({ state: await action(previous.state, formData), completed: previous.completed + 1 }),
    { state: IDLE, completed: 0 },
  );
  const buttonClass = variant === "primary" ? "button" : `button button--${variant}`;

  return (
    <form action={formAction} aria-label={label} className="action-form">
      <div key={completed} className="action-form-fields">
        {children}
      </div>
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? (pendingLabel ?? "Saving…") : submitLabel}
      </button>
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
