"use client";

import { formatCount } from "@/lib/metrics/format";

import type { DeleteState } from "./action-states";
import { FormError } from "./form-error";
import { useSubmitAction } from "./submit-action";

type Props = {
  action: (state: DeleteState, formData: FormData) => Promise<DeleteState>;
  name: string;
  rows: number;
};

/** Renders a delete button that the user confirms in a browser dialog, because a deleted import can only be uploaded again. */
export function DeleteImportForm({ action, name, rows }: Props) {
  const { state, submit, pending } = useSubmitAction<DeleteState>({ action, initial: { status: "idle" }, failed: (failure) => failure });

  return (
    <form
      aria-label={`Delete ${name}`}
      onSubmit={(event) => {
        if (!window.confirm(`Delete the import “${name}” and its ${formatCount(rows)} leads? Models suggested from it stay.`)) {
          event.preventDefault();
          return;
        }
        submit(event);
      }}
    >
      <button type="submit" className="link-button history-delete" disabled={pending}>
        {pending ? "Deleting…" : "Delete"}
      </button>
      {state.status === "error" ? <FormError message={state.message} fieldErrors={state.fieldErrors} /> : null}
      {state.status === "ok" ? (
        <p className="notice" role="status">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
