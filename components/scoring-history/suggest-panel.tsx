"use client";

import Link from "next/link";

import { formatCount } from "@/lib/metrics/format";
import { formatRate } from "@/lib/metrics/rates";
import type { SuggestReport } from "@/lib/scoring/suggest/suggest-model";

import type { SuggestState } from "./action-states";
import { formatAuc } from "./format";
import { FormError } from "./form-error";
import { useSubmitAction } from "./submit-action";

type Props = {
  action: (state: SuggestState, formData: FormData) => Promise<SuggestState>;
  // The draft when the page was rendered. The server checks again on submit.
  draft: { version: number; name: string } | null;
  draftHref: string;
};

/** Fits a model to the import, saves it as the draft, and shows its AUC on the training and the held-out leads. */
export function SuggestPanel({ action, draft, draftHref }: Props) {
  const { state, submit, pending } = useSubmitAction<SuggestState>({ action, initial: { status: "idle" }, failed: (failure) => ({ ...failure, conflict: false }) });
  const askToReplace = draft !== null || (state.status === "error" && state.conflict);

  return (
    <>
      <form onSubmit={submit} aria-label="Suggest a model" className="history-inline-form">
        {askToReplace ? (
          <label className="history-check">
            <input type="checkbox" name="replaceDraft" />
            Replace the existing draft{draft ? ` (version ${draft.version}, “${draft.name}”)` : ""}
          </label>
        ) : null}
        <button type="submit" className="button" disabled={pending}>
          {pending ? "Fitting…" : "Suggest a model from this import"}
        </button>
      </form>
      {state.status === "error" ? <FormError message={state.message} fieldErrors={state.fieldErrors} /> : null}
      {state.status === "ok" ? <SuggestResult draftVersion={state.draftVersion} modelName={state.modelName} report={state.report} draftHref={draftHref} /> : null}
    </>
  );
}

function SuggestResult({ draftVersion, modelName, report, draftHref }: { draftVersion: number; modelName: string; report: SuggestReport; draftHref: string }) {
  return (
    <div className="history-result" aria-live="polite">
      <p className="notice" role="status">
        Saved “{modelName}” as draft version {draftVersion}: {report.ruleCount} rules, MQL threshold {report.threshold} points.{" "}
        <Link href={draftHref}>Open the draft</Link>.
      </p>
      <dl className="history-figures">
        <div>
          <dt>AUC on {formatCount(report.train.rows)} training leads</dt>
          <dd>{formatAuc(report.train.auc)}</dd>
        </div>
        <div>
          <dt>AUC on {formatCount(report.test.rows)} held-out leads</dt>
          <dd>{formatAuc(report.test.auc)}</dd>
        </div>
        <div>
          <dt>Held-out precision</dt>
          <dd>{formatRate(report.test.precision)}</dd>
        </div>
        <div>
          <dt>Held-out recall</dt>
          <dd>{formatRate(report.test.recall)}</dd>
        </div>
      </dl>
      <p className="muted">
        {Math.round(report.testShare * 100)}% of the leads (seed {report.seed}) were held out; the held-out AUC measures leads the model has not seen. Before
        the weights became whole points, the logistic regression had an AUC of {formatAuc(report.logisticRegression.trainAuc)} on training and{" "}
        {formatAuc(report.logisticRegression.testAuc)} on held-out leads. The draft reads imported columns, which live leads do not have, so it cannot be
        published as it is.
      </p>
    </div>
  );
}
