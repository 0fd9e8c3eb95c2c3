"use client";

import { useEffect, useState } from "react";

import { ActionOutcome } from "@/components/scoring/action-outcome";
import type { PreviewActionState, ScoringActionState } from "@/components/scoring/action-state";
import { placeErrors, type PlacedErrors } from "@/components/scoring/editor-errors";
import {
  adoptIds,
  assignIds,
  copyRow,
  createDisqualifierForm,
  createGateForm,
  createRuleForm,
  toModelDocument,
  toModelForm,
  type ModelForm,
} from "@/components/scoring/editor-form";
import type { ScoringModelDocument } from "@/lib/scoring/model";

import { previewDraftAction, saveDraftAction } from "../actions";
import { DisqualifiersTable } from "./disqualifiers-table";
import { GateTable } from "./gate-table";
import { PreviewPanel } from "./preview-panel";
import { PublishPanel } from "./publish-panel";
import { RulesTable } from "./rules-table";
import { SettingsFields } from "./settings-fields";

type Props = { version: number; document: ScoringModelDocument; activeVersion: number };

type ListName = "rules" | "disqualifiers" | "gate";

const NO_ERRORS: PlacedErrors = { byRow: {}, all: [] };

function serialize(form: ModelForm): string {
  return JSON.stringify(toModelDocument(form));
}

/**
 * Edits the draft model in the browser's memory until it is saved. The server
 * validates each save, and its errors show under the rows they are about
 * and in the list beside the Save button.
 */
export function DraftEditor({ version, document, activeVersion }: Props) {
  const [form, setForm] = useState(() => toModelForm(document));
  const [savedJson, setSavedJson] = useState(() => serialize(toModelForm(document)));
  const [busy, setBusy] = useState<"save" | "preview" | null>(null);
  const [saveState, setSaveState] = useState<ScoringActionState | null>(null);
  const [placed, setPlaced] = useState<PlacedErrors>(NO_ERRORS);
  const [preview, setPreview] = useState<PreviewActionState | null>(null);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const hasUnsavedChanges = serialize(form) !== savedJson;

  useEffect(() => {
    if (!hasUnsavedChanges) return;
    // Makes the browser confirm closing or reloading the tab with unsaved changes. Browsers show their own wording.
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [hasUnsavedChanges]);

  function updateRow<Row extends { key: string }>(list: ListName, row: Row) {
    setForm((current) => ({ ...current, [list]: (current[list] as unknown as Row[]).map((item) => (item.key === row.key ? row : item)) }));
  }

  function addRow<Row extends { key: string }>(list: ListName, row: Row, afterKey?: string) {
    setForm((current) => {
      const rows = current[list] as unknown as Row[];
      const index = afterKey ? rows.findIndex((item) => item.key === afterKey) + 1 : rows.length;
      return { ...current, [list]: [...rows.slice(0, index), row, ...rows.slice(index)] };
    });
    setFocusKey(row.key);
  }

  function removeRow(list: ListName, key: string) {
    setForm((current) => ({ ...current, [list]: (current[list] as { key: string }[]).filter((item) => item.key !== key) }));
  }

  function duplicateRule(key: string) {
    const rule = form.rules.find((item) => item.key === key);
    if (rule) addRow("rules", copyRow(rule), key);
  }

  /** Saves the form as it is now and resolves to whether the server accepted it. */
  async function save(): Promise<boolean> {
    const sent = assignIds(form);
    const sentDocument = toModelDocument(sent);
    setBusy("save");
    try {
      const result = await saveDraftAction({ version, document: sentDocument });
      setSaveState(result);
      if (result.status !== "ok") {
        setPlaced(result.status === "error" ? placeErrors(result.errors, sent) : NO_ERRORS);
        return false;
      }

      setPlaced(NO_ERRORS);
      setForm((current) => adoptIds(current, sent));
      setSavedJson(JSON.stringify(sentDocument));
      return true;
    } catch (error) {
      setSaveState({ status: "error", message: `Saving failed: ${(error as Error).message}. Your changes are still here, so try again.`, errors: [] });
      return false;
    } finally {
      setBusy(null);
    }
  }

  async function runPreview() {
    if (hasUnsavedChanges && !(await save())) return;

    setBusy("preview");
    setPreview(null);
    try {
      setPreview(await previewDraftAction({ version }));
    } catch (error) {
      setPreview({ status: "error", message: `The preview failed: ${(error as Error).message}. Try again.`, errors: [] });
    } finally {
      setBusy(null);
    }
  }

  return (
    <>
      <SettingsFields settings={form} onChange={(patch) => setForm((current) => ({ ...current, ...patch }))} />
      <RulesTable
        rules={form.rules}
        errorsByRow={placed.byRow}
        focusKey={focusKey}
        onChange={(rule) => updateRow("rules", rule)}
        onAdd={() => addRow("rules", createRuleForm())}
        onRemove={(key) => removeRow("rules", key)}
        onDuplicate={duplicateRule}
      />
      <DisqualifiersTable
        disqualifiers={form.disqualifiers}
        errorsByRow={placed.byRow}
        focusKey={focusKey}
        onChange={(item) => updateRow("disqualifiers", item)}
        onAdd={() => addRow("disqualifiers", createDisqualifierForm())}
        onRemove={(key) => removeRow("disqualifiers", key)}
      />
      <GateTable
        gate={form.gate}
        errorsByRow={placed.byRow}
        focusKey={focusKey}
        onChange={(item) => updateRow("gate", item)}
        onAdd={() => addRow("gate", createGateForm())}
        onRemove={(key) => removeRow("gate", key)}
      />

      <section className="panel editor-toolbar" aria-labelledby="save-heading">
        <h2 id="save-heading">Save and preview</h2>
        <div className="button-row">
          <button type="button" className="button" onClick={() => void save()} disabled={busy !== null}>
            {busy === "save" ? "Saving…" : "Save draft"}
          </button>
          <button type="button" className="button button--secondary" onClick={() => void runPreview()} disabled={busy !== null}>
            {busy === "preview" ? "Scoring the live leads…" : "Preview"}
          </button>
          <span className="muted" role="status">
            {hasUnsavedChanges ? "Unsaved changes." : "All changes saved."}
          </span>
        </div>
        {saveState?.status === "error" ? (
          <ActionOutcome state={{ ...saveState, errors: placed.all.length > 0 ? placed.all : saveState.errors }} />
        ) : (
          <ActionOutcome state={saveState} />
        )}
      </section>

      <section className="panel" aria-labelledby="preview-heading">
        <h2 id="preview-heading">Preview against the live leads</h2>
        {preview === null ? <p className="muted">Preview saves the draft, then scores every live lead under the active model and the draft.</p> : null}
        {preview?.status === "ok" ? <PreviewPanel preview={preview.preview} activeVersion={activeVersion} draftVersion={version} /> : null}
        {preview?.status === "error" ? <ActionOutcome state={preview} /> : null}
      </section>

      <PublishPanel version={version} hasUnsavedChanges={hasUnsavedChanges} />
    </>
  );
}
