"use client";

import { useState, type ChangeEvent } from "react";

import { formatCount } from "@/lib/metrics/format";
import { formatMegabytes, MAX_CSV_BYTES, MAX_CSV_SIZE_TEXT } from "@/lib/scoring/history/limits";

import type { ImportState, InspectState } from "./action-states";
import { ColumnMapping } from "./column-mapping";
import { FormError } from "./form-error";
import { useSubmitAction } from "./submit-action";

type Props = {
  inspectAction: (state: InspectState, formData: FormData) => Promise<InspectState>;
  importAction: (state: ImportState, formData: FormData) => Promise<ImportState>;
};

/**
 * Step 1 of an import: choosing a file uploads it, and the server reads its
 * header and a few values. The File stays in this component's state, and
 * step 2 (ColumnMapping) sends it again with the mapping, so the server
 * keeps nothing between the steps.
 */
export function UploadWizard({ inspectAction, importAction }: Props) {
  const [file, setFile] = useState<File | null>(null);
  const [sizeError, setSizeError] = useState<string | null>(null);
  const { state, run, pending } = useSubmitAction<InspectState>({ action: inspectAction, initial: { status: "idle" }, failed: (failure) => failure });

  const chooseFile = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.currentTarget.files?.[0] ?? null;
    setFile(chosen);
    setSizeError(null);
    if (!chosen) return;

    // Checked here too, so a file over the limit is not uploaded at all.
    if (chosen.size > MAX_CSV_BYTES) {
      setSizeError(`${chosen.name} is ${formatMegabytes(chosen.size)}, over the limit of ${MAX_CSV_SIZE_TEXT}. Split it into files of at most ${MAX_CSV_SIZE_TEXT}.`);
      return;
    }
    const formData = new FormData();
    formData.set("file", chosen, chosen.name);
    run(formData);
  };

  const showMapping = !pending && state.status === "ok" && file !== null && file.name === state.fileName && sizeError === null;

  return (
    <div className="history-upload">
      <div className="field">
        <label htmlFor="history-file">CSV file, one row per lead with a header row (at most {MAX_CSV_SIZE_TEXT})</label>
        <input id="history-file" type="file" accept=".csv,text/csv" onChange={chooseFile} disabled={pending} />
      </div>
      {pending ? <p role="status">Reading the columns…</p> : null}
      {sizeError ? <FormError message={sizeError} fieldErrors={{}} /> : null}
      {state.status === "error" && !pending && sizeError === null ? <FormError message={state.message} fieldErrors={state.fieldErrors} /> : null}
      {showMapping ? (
        <>
          <p className="muted">
            {state.fileName}: {formatCount(state.outline.rowCount)} data rows, {state.outline.columns.length} columns.
          </p>
          {/* Keyed by the file, so choosing another file starts the mapping afresh. */}
          <ColumnMapping key={`${file.name}-${file.size}-${file.lastModified}`} file={file} outline={state.outline} importAction={importAction} />
        </>
      ) : null}
    </div>
  );
}
