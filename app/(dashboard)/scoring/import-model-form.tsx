"use client";

import { useActionState, useState, type FormEvent } from "react";

import { ActionOutcome } from "@/components/scoring/action-outcome";
import { IDLE_SCORING_STATE, type ScoringActionState } from "@/components/scoring/action-state";

import { importModelAction } from "./actions";

// next.config.ts limits a server action's request body to 64 kB, and this limit leaves room for the multipart envelope.
const MAX_FILE_BYTES = 60_000;

/** Uploads a model file, the JSON that the export links and `scripts/scoring.ts suggest` write, as the draft. */
export function ImportModelForm({ hasDraft }: { hasDraft: boolean }) {
  const [state, action, pending] = useActionState<ScoringActionState, FormData>(importModelAction, IDLE_SCORING_STATE);
  const [tooLarge, setTooLarge] = useState<string | null>(null);

  function checkSize(event: FormEvent<HTMLFormElement>) {
    const file = new FormData(event.currentTarget).get("modelFile");
    if (file instanceof File && file.size > MAX_FILE_BYTES) {
      event.preventDefault();
      setTooLarge(`${file.name} is ${Math.ceil(file.size / 1000)} kB; the dashboard imports model files of up to ${MAX_FILE_BYTES / 1000} kB.`);
      return;
    }
    setTooLarge(null);
  }

  return (
    <form action={action} onSubmit={checkSize} className="action-form" aria-labelledby="import-heading">
      <div className="field">
        <label htmlFor="model-file">Model file (JSON)</label>
        <input id="model-file" name="modelFile" type="file" accept="application/json,.json" required aria-describedby="model-file-hint" />
        <p className="hint" id="model-file-hint">
          {hasDraft ? "Importing replaces the content of the current draft. " : "Importing creates a draft; the active model stays as it is until you publish. "}
          The file is checked first, and nothing is saved when it has a problem.
        </p>
      </div>
      <button type="submit" className="button button--secondary" disabled={pending}>
        {pending ? "Importing…" : "Import as draft"}
      </button>
      {tooLarge ? (
        <p className="form-error" role="alert">
          {tooLarge}
        </p>
      ) : (
        <ActionOutcome state={state} />
      )}
    </form>
  );
}
