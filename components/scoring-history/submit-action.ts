"use client";

import { startTransition, useActionState, type FormEvent } from "react";

import { MAX_CSV_SIZE_TEXT } from "@/lib/scoring/history/limits";

type Failed = { status: "error"; message: string; fieldErrors: Record<string, string> };

/**
 * Runs a server action from a form's submit event. Unlike `<form action>`,
 * React then does not reset the form, so the chosen file, selects and
 * checkboxes stay as the user left them. `prepare` may add to the form data,
 * such as a file kept in state. A thrown error (network, or a body over the
 * server's limit) becomes an error state instead of the error page.
 */
export function useSubmitAction<State>(input: {
  action: (state: State, formData: FormData) => Promise<State>;
  initial: State;
  failed: (failure: Failed) => State;
  prepare?: (formData: FormData) => void;
}) {
  const { action, initial, failed, prepare } = input;
  // State is never a promise here, but TypeScript cannot tell Awaited<State> from State for a type parameter, hence the cast below.
  const [state, dispatch, pending] = useActionState<State, FormData>(async (previous, formData) => {
    try {
      return await action(previous, formData);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return failed({
        status: "error",
        message: `The request failed: ${reason}. Check the connection and try again. Files over ${MAX_CSV_SIZE_TEXT} are not accepted.`,
        fieldErrors: {},
      });
    }
  }, initial as Awaited<State>);

  const run = (formData: FormData) => {
    prepare?.(formData);
    startTransition(() => dispatch(formData));
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    run(new FormData(event.currentTarget));
  };

  return { state, submit, run, pending };
}
