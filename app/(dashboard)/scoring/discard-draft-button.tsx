"use client";

import { unstable_rethrow } from "next/navigation";
import { useState, useTransition } from "react";

import { ActionOutcome } from "@/components/scoring/action-outcome";
import type { ScoringActionState } from "@/components/scoring/action-state";

import { discardDraftAction } from "./actions";

/** Discards the draft on the second press of the button. The first press only shows what discarding does. */
export function DiscardDraftButton({ version }: { version: number }) {
  const [confirming, setConfirming] = useState(false);
  const [state, setState] = useState<ScoringActionState | null>(null);
  const [pending, startTransition] = useTransition();

  function press() {
    if (!confirming) {
      setConfirming(true);
      return;
    }

    startTransition(async () => {
      try {
        // On success the action redirects to the scoring page, so only a failure returns here.
        setState(await discardDraftAction({ version }));
      } catch (error) {
        // The redirect reaches the client as a rejection that Next.js must handle.
        unstable_rethrow(error);
        setState({ status: "error", message: `Discarding failed: ${(error as Error).message}. Try again.`, errors: [] });
      }
      setConfirming(false);
    });
  }

  let buttonText = "Discard draft";
  if (confirming) buttonText = `Press again to discard draft version ${version}`;
  if (pending) buttonText = "Discarding…";

  return (
    <div className="discard-draft">
      <div className="button-row">
        <button type="button" className="button button--danger" onClick={press} disabled={pending}>
          {buttonText}
        </button>
        {confirming && !pending ? (
          <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
            Keep the draft
          </button>
        ) : null}
      </div>
      {confirming ? (
        <p className="muted" role="status">
          Discarding deletes draft version {version} and every change in it. The active model stays as it is.
        </p>
      ) : null}
      <ActionOutcome state={state} />
    </div>
  );
}
