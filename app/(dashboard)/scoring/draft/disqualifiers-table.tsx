"use client";

import type { DisqualifierForm } from "@/components/scoring/editor-form";

import { ConditionCells } from "./condition-cells";
import { RowErrors } from "./row-errors";
import { useRemoveRow } from "./use-remove-row";

type Props = {
  disqualifiers: DisqualifierForm[];
  errorsByRow: Record<string, string[]>;
  focusKey: string | null;
  onChange: (item: DisqualifierForm) => void;
  onAdd: () => void;
  onRemove: (key: string) => void;
};

const COLUMNS = 7;

export function DisqualifiersTable({ disqualifiers, errorsByRow, focusKey, onChange, onAdd, onRemove }: Props) {
  const { addButton, remove } = useRemoveRow(onRemove);

  return (
    <section className="panel" aria-labelledby="disqualifiers-heading">
      <h2 id="disqualifiers-heading">Hard disqualifiers</h2>
      <p className="muted">A lead that matches any of these is never an MQL, whatever its score. The reason is shown on the lead.</p>
      {disqualifiers.length > 0 ? (
        <div className="table-scroll">
          <table className="data editor-table">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Label</th>
                <th scope="col">Field</th>
                <th scope="col">Operator</th>
                <th scope="col">Value</th>
                <th scope="col">Reason</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {disqualifiers.map((item, index) => {
                const rowName = `Disqualifier ${index + 1}`;
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
                    <ConditionCells condition={item.when} rowName={rowName} onChange={(when) => onChange({ ...item, when })} />
                    <td>
                      <input type="text" aria-label={`${rowName} reason`} value={item.reason} onChange={(event) => onChange({ ...item, reason: event.target.value })} />
                    </td>
                    <td>
                      <button type="button" className="link-button" onClick={() => remove(item.key)} aria-label={`Remove disqualifier ${index + 1}`}>
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
      ) : (
        <p>No disqualifiers.</p>
      )}
      <button type="button" className="button button--secondary" onClick={onAdd} ref={addButton}>
        Add disqualifier
      </button>
    </section>
  );
}
