import type { PreviewActionState, ScoringActionState } from "./action-state";

/** Shows the outcome of a scoring action: a notice, or the message with its list of errors. */
export function ActionOutcome({ state }: { state: ScoringActionState | PreviewActionState | null }) {
  if (state === null || state.status === "idle") return null;
  if (state.status === "ok") {
    return "message" in state ? (
      <p className="notice" role="status">
        {state.message}
      </p>
    ) : null;
  }

  return (
    <div className="form-error" role="alert">
      <p>{state.message}</p>
      {state.errors.length > 0 ? (
        <ul>
          {state.errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
