import type { FormState } from "./form-state";

/** Render the error of one field under it. describedProps links the input to it. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;

  return (
    <p className="error" id={fieldErrorId(id)}>
      {message}
    </p>
  );
}

export function fieldErrorId(inputId: string): string {
  return `${inputId}-error`;
}

/** Props that link an input to its hint, and mark it invalid and link it to its error when it has one. */
export function describedProps(inputId: string, message: string | undefined, hintId?: string) {
  const describedBy = [hintId, message ? fieldErrorId(inputId) : undefined].filter(Boolean).join(" ");

  return { "aria-invalid": message ? true : undefined, "aria-describedby": describedBy || undefined };
}

/** Show the outcome of the last submission: a notice once the change is stored, or why it failed. */
export function FormOutcome({ state }: { state: FormState }) {
  if (state.status === "saved") {
    return (
      <p className="notice" role="status">
        {state.message}
      </p>
    );
  }
  if (state.status === "error") {
    return (
      <p className="form-error" role="alert">
        {state.message}
      </p>
    );
  }

  return null;
}
