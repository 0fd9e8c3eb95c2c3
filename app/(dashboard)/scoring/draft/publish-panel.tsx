"use client";

import { unstable_rethrow } from "next/navigation";
import { useState, useTransition } from "react";

import { ActionOutcome } from "@/components/scoring/action-outcome";
import type { ScoringActionState } from "@/components/scoring/action-state";

import { publishDraftAction } from "../actions";
import { DiscardDraftButton } from "../discard-draft-button";

const NOTE_MAX = 1000;

/** Publishes the saved draft with a note on what changed and why, or discards it. */
export function PublishPanel({ version, hasUnsavedChanges }: { version: number; hasUnsavedChanges: boolean }) {
  const [note, setNote] = useState("");
  const [state, setState] = useState<ScoringActionState | null>(null);
  const [pending, startTransition] = useTransition();
  const noteMissing = note.trim() === "";

  function publish() {
    if (noteMissing) {
      setState({ status: "error", message: "Write what changed and why before publishing.", errors: [] });
      return;
    }

    startTransition(async () => {
      try {
        // On success the action redirects to the scoring page, so only a failure returns here.
        setState(await publishDraftAction({ version, note }));
      } catch (error) {
        unstable_rethrow(error);
        setState({ status: "error", message: `Publishing failed: ${(error as Error).message}. Try again.`, errors: [] });
      }
    });
  }

  return (
    <section className="panel" aria-labelledby="publish-heading">
      <h2 id="publish-heading">Publish or discard</h2>
      <div className="action-form">
        <div className="field">
          <label htmlFor="publish-note">What changed and why</label>
          <textarea
            id="publish-note"
            rows={3}
            maxLength={NOTE_MAX}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            aria-describedby="publish-note-hint"
            required
          />
          <p className="hint" id="publish-note-hint">
            Shown in the version history and on the definitions page. New submissions are scored with the published model from then on.
          </p>
        </div>
        {hasUnsavedChanges ? (
          <p className="form-error" role="status">
            You have unsaved changes. Save or preview the draft first; publishing publishes the saved draft.
          </p>
        ) : null}
        <button type="button" className="button" onClick={publish} disabled={pending || hasUnsavedChanges}>
          {pending ? "Publishing…" : `Publish version ${version}`}
        </button>
        <ActionOutcome state={state} />
      </div>
      <DiscardDraftButton version={version} />
    </section>
  );
}
