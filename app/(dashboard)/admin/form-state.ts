import type { UseCaseError } from "@/lib/result";

/** Result of an admin server action, returned to its form. */
export type FormState = {
  status: "idle" | "saved" | "error";
  // The success notice or the reason the change failed.
  message: string | null;
  fieldErrors: Record<string, string>;
  // Submitted values, so a rejected form shows what was typed. Never a password.
  values?: Record<string, string | string[]>;
  // Submissions so far. Forms use it as their key, so they remount after each submission with the new defaults.
  // React 19 resets a form after its action, and without the remount a <select> kept showing its value from before the save (React 19.3, Chromium).
  submissions: number;
};

export const IDLE_FORM_STATE: FormState = { status: "idle", message: null, fieldErrors: {}, submissions: 0 };

export const NOT_ADMIN_MESSAGE = "Your session has ended or you are no longer an admin. Sign in again as an admin.";

export function savedState(previous: FormState, message: string): FormState {
  return { status: "saved", message, fieldErrors: {}, submissions: previous.submissions + 1 };
}

export function failedState(previous: FormState, error: UseCaseError | string, values?: FormState["values"]): FormState {
  const message = typeof error === "string" ? error : error.message;
  const fieldErrors = typeof error !== "string" && error.code === "invalid" ? (error.fieldErrors ?? {}) : {};

  return { status: "error", message, fieldErrors, values, submissions: previous.submissions + 1 };
}

/** Read a form field as text. A missing field or a file gives an empty string. */
export function textField(formData: FormData, name: string): string {
  const value = formData.get(name);

  return typeof value === "string" ? value : "";
}
