"use client";

import Link from "next/link";
import { useState } from "react";

import { formatCount } from "@/lib/metrics/format";
import type { CsvOutline } from "@/lib/scoring/history/csv-upload";

import type { ImportState } from "./action-states";
import { FormError } from "./form-error";
import { useSubmitAction } from "./submit-action";

type Props = {
  file: File;
  outline: CsvOutline;
  importAction: (state: ImportState, formData: FormData) => Promise<ImportState>;
};

function defaultName(fileName: string): string {
  return fileName.replace(/\.csv$/i, "");
}

/**
 * Step 2 of an import: the outcome column, the optional id column and the
 * attribute columns to score on. Submitting sends the kept File again with
 * the mapping.
 */
export function ColumnMapping({ file, outline, importAction }: Props) {
  const [outcome, setOutcome] = useState(outline.likelyOutcome ?? "");
  const [id, setId] = useState(outline.likelyId ?? "");
  // Columns the user unchecked. The outcome and id columns are never attributes.
  const [unchecked, setUnchecked] = useState<ReadonlySet<string>>(new Set());
  const { state, submit, pending } = useSubmitAction<ImportState>({
    action: importAction,
    initial: { status: "idle" },
    failed: (failure) => failure,
    prepare: (formData) => formData.set("file", file, file.name),
  });

  const isAttribute = (name: string) => name !== outcome && name !== id && !unchecked.has(name);
  const toggle = (name: string, checked: boolean) => {
    const next = new Set(unchecked);
    if (checked) next.delete(name);
    else next.add(name);
    setUnchecked(next);
  };

  if (state.status === "ok") {
    const { summary } = state;
    return (
      <div className="notice" role="status">
        <p>
          Imported {formatCount(summary.rows)} leads ({formatCount(summary.positives)} converted) with {summary.attributeCount} attribute columns as “
          {summary.name}”. <Link href={`/scoring/history/${summary.importId}`}>Back-test a model on it</Link>.
        </p>
        {summary.skipped.count > 0 ? (
          <p>
            Skipped {formatCount(summary.skipped.count)} {summary.skipped.count === 1 ? "row" : "rows"}. {summary.skipped.reason} For example:{" "}
            {summary.skipped.examples.map((row) => `line ${row.line} has “${row.outcome}”`).join(", ")}.
          </p>
        ) : null}
      </div>
    );
  }

  return (
    <form onSubmit={submit} aria-label="Map the columns" className="history-mapping">
      <div className="history-mapping-fields">
        <div className="field">
          <label htmlFor="import-name">Name of the import</label>
          <input id="import-name" name="name" defaultValue={defaultName(file.name)} maxLength={200} required />
        </div>
        <div className="field">
          <label htmlFor="import-outcome">Outcome column (1/0, true/false, yes/no or won/lost)</label>
          <select id="import-outcome" name="outcome" value={outcome} onChange={(event) => setOutcome(event.currentTarget.value)} required>
            <option value="">Choose…</option>
            {outline.columns.map((column) => (
              <option key={column.name} value={column.name}>
                {column.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="import-id">Lead id column (optional)</label>
          <select id="import-id" name="id" value={id} onChange={(event) => setId(event.currentTarget.value)}>
            <option value="">None: name leads by line</option>
            {outline.columns.map((column) => (
              <option key={column.name} value={column.name}>
                {column.name}
              </option>
            ))}
          </select>
        </div>
      </div>

      <table className="data">
        <caption>Attribute columns to score on. Cells reading Select, NA, N/A, null, - or nothing count as unanswered.</caption>
        <thead>
          <tr>
            <th scope="col">Use</th>
            <th scope="col">Column</th>
            <th scope="col">Answered</th>
            <th scope="col">Examples</th>
          </tr>
        </thead>
        <tbody>
          {outline.columns.map((column) => {
            let role: "outcome" | "id" | null = null;
            if (column.name === outcome) role = "outcome";
            else if (column.name === id) role = "id";
            return (
              <tr key={column.name}>
                <td>
                  <input
                    type="checkbox"
                    name="attributes"
                    value={column.name}
                    aria-label={`Score on ${column.name}`}
                    checked={isAttribute(column.name)}
                    disabled={role !== null}
                    onChange={(event) => toggle(column.name, event.currentTarget.checked)}
                  />
                </td>
                <th scope="row">
                  {column.name}
                  {role ? <span className="muted"> ({role})</span> : null}
                </th>
                <td>
                  {formatCount(column.answered)} of {formatCount(outline.rowCount)}
                </td>
                <td className="muted">{column.examples.join(", ") || "—"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <button type="submit" className="button" disabled={pending}>
        {pending ? "Importing…" : "Import the leads"}
      </button>
      {state.status === "error" ? <FormError message={state.message} fieldErrors={state.fieldErrors} /> : null}
    </form>
  );
}
