"use client";

import { formatCount } from "@/lib/metrics/format";
import { formatRate } from "@/lib/metrics/rates";
import type { ImportBacktest } from "@/lib/scoring/history/backtest-import";
import { MAX_BAND_COUNT } from "@/lib/scoring/history/limits";

import type { BacktestState } from "./action-states";
import { BandChart } from "./band-chart";
import { formatAuc } from "./format";
import { FormError } from "./form-error";
import { useSubmitAction } from "./submit-action";

export type VersionOption = { value: string; label: string };

type Props = {
  action: (state: BacktestState, formData: FormData) => Promise<BacktestState>;
  versions: VersionOption[];
};

const BAND_COUNTS = [3, 5, 10, MAX_BAND_COUNT];

/** Chooses a model version, back-tests it on the import, and shows AUC, precision, recall and the score bands. */
export function BacktestPanel({ action, versions }: Props) {
  const { state, submit, pending } = useSubmitAction<BacktestState>({ action, initial: { status: "idle" }, failed: (failure) => failure });

  return (
    <>
      <form onSubmit={submit} aria-label="Back-test a model" className="history-inline-form">
        <div className="field">
          <label htmlFor="backtest-version">Model version</label>
          <select id="backtest-version" name="version" defaultValue="active">
            {versions.map((version) => (
              <option key={version.value} value={version.value}>
                {version.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="backtest-bands">Score bands</label>
          <select id="backtest-bands" name="bandCount" defaultValue="5">
            {BAND_COUNTS.map((count) => (
              <option key={count} value={count}>
                {count}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button" disabled={pending}>
          {pending ? "Scoring…" : "Run the back-test"}
        </button>
      </form>
      {state.status === "error" ? <FormError message={state.message} fieldErrors={state.fieldErrors} /> : null}
      {state.status === "ok" ? <BacktestResultView backtest={state.backtest} /> : null}
    </>
  );
}

function BacktestResultView({ backtest }: { backtest: ImportBacktest }) {
  const overallRate = backtest.count === 0 ? 0 : backtest.positives / backtest.count;

  return (
    <div className="history-result" aria-live="polite">
      <h3>
        Version {backtest.model.version} ({backtest.model.status}): {backtest.model.name}
      </h3>
      {backtest.rulesOnColumns === 0 ? (
        <p className="history-warning">
          No rule of this model reads a column of this import. Its rules read facts of live leads (form answers, contact, offer, engagement), which
          are the same for every imported lead, so every lead gets the same score and the AUC is 0.5.
        </p>
      ) : null}
      {backtest.missingColumns.length > 0 ? (
        <p className="history-warning">The model reads columns this import does not have, so their rules never fire: {backtest.missingColumns.join(", ")}.</p>
      ) : null}
      <dl className="history-figures">
        <div>
          <dt>AUC</dt>
          <dd>{formatAuc(backtest.auc)}</dd>
        </div>
        <div>
          <dt>Precision at {backtest.threshold} points</dt>
          <dd>{formatRate(backtest.precision)}</dd>
        </div>
        <div>
          <dt>Recall at {backtest.threshold} points</dt>
          <dd>{formatRate(backtest.recall)}</dd>
        </div>
        <div>
          <dt>Leads at or above the threshold</dt>
          <dd>
            {formatCount(backtest.flagged)} of {formatCount(backtest.count)}
          </dd>
        </div>
      </dl>
      <p className="muted">
        {formatCount(backtest.positives)} of {formatCount(backtest.count)} leads converted ({formatRate(overallRate)}). The gate and the disqualifiers are not
        applied, because imported leads have no qualification answers.
      </p>
      <BandChart bands={backtest.bands} overallRate={overallRate} />
    </div>
  );
}
