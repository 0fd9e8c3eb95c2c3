"use client";

import type { GateForm } from "@/components/scoring/editor-form";
import { FACT_PATHS } from "@/lib/scoring/fact-paths";

import { RowErrors } from "./row-errors";
import { useRemoveRow } from "./use-remove-row";

type Props = {
  gate: GateForm[];
  errorsByRow: Record<string, string[]>;
  focusKey: string | null;
  onChange: (item: GateForm) => void;
  onAdd: () => void;
  onRemove: (key: string) => void;
};

const COLUMNS = 4;

/** Edits the minimum-information gate: an MQL needs every item, and an item is met when any one of its fields is given. */
export function GateTable({ gate, errorsByRow, focusKey, onChange, onAdd, onRemove }: Props) {
  const { addButton, remove } = useRemoveRow(onRemove);

  return (
    <section className="panel" aria-labelledby="gate-heading">
      <h2 id="gate-heading">Minimum information</h2>
      <p className="muted">
        A lead becomes an MQL only when every item below is met, whatever its score. An item is met when any one of its fields is given. The label is what a rep
        sees as missing.
      </p>
      <div className="table-scroll">
        <table className="data editor-table">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Label</th>
              <th scope="col">Any of these fields</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {gate.map((item, index) => {
              const rowName = `Gate item ${index + 1}`;
              const unknown = item.anyOf.filter((path) => !FACT_PATHS.some((fact) => fact.path === path));
              return [
                <tr key={item.key}>
                  <th scope="row" className="row-number">
                    {index + 1}
                  </th>
                  <td>
                    <input
                      type="text"
                      aria-label={`${rowName} label`}
                      value={item.label}
                      autoFocus={item.key === focusKey}
                      onChange={(event) => onChange({ ...item, label: event.target.value })}
                    />
                  </td>
                  <td>
                    <select
                      multiple
                      size={4}
                      aria-label={`${rowName} fields`}
                      value={item.anyOf}
                      onChange={(event) => onChange({ ...item, anyOf: Array.from(event.target.selectedOptions, (option) => option.value) })}
                    >
                      {FACT_PATHS.map((fact) => (
                        <option key={fact.path} value={fact.path}>
                          {fact.label}
                        </option>
                      ))}
                      {unknown.map((path) => (
                        <option key={path} value={path}>
                          {path} (not a field of live leads)
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <button type="button" className="link-button" onClick={() => remove(item.key)} aria-label={`Remove gate item ${index + 1}`}>
                      Remove
                    </button>
                  </td>
                </tr>,
                <RowErrors key={`${item.key}-errors`} errors={errorsByRow[item.key]} columns={COLUMNS} />,
              ];
            })}
          </tbody>
        </table>
      </div>
      <button type="button" className="button button--secondary" onClick={onAdd} ref={addButton}>
        Add gate item
      </button>
    </section>
  );
}
