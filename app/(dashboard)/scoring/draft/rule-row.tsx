"use client";

import type { RuleForm } from "@/components/scoring/editor-form";
import { DIMENSION_LABELS, EVENT_TYPE_LABELS } from "@/components/scoring/labels";
import { DIMENSIONS, ENGAGEMENT_EVENT_TYPES, type Dimension, type EngagementEventType } from "@/lib/scoring/model";

import { ConditionCells } from "./condition-cells";
import { RowErrors } from "./row-errors";

type Props = {
  rule: RuleForm;
  // 1-based, as shown in the row's labels and the server's errors.
  number: number;
  errors: string[] | undefined;
  autoFocus: boolean;
  onChange: (rule: RuleForm) => void;
  onRemove: () => void;
  onDuplicate: () => void;
};

const COLUMNS = 9;

/** Renders one rule of the draft as a table row. Every input's accessible name starts with "Rule N". */
export function RuleRow({ rule, number, errors, autoFocus, onChange, onRemove, onDuplicate }: Props) {
  const rowName = `Rule ${number}`;
  const update = (patch: Partial<RuleForm>) => onChange({ ...rule, ...patch });

  function changeDimension(dimension: Dimension) {
    // Only engagement rules can count events, and the server rejects perEvent on any other dimension.
    update({ dimension, perEvent: dimension === "engagement" ? rule.perEvent : "" });
  }

  return (
    <>
      <tr className={errors ? "row--invalid" : undefined}>
        <th scope="row" className="row-number">
          {number}
        </th>
        <td>
          <input type="text" aria-label={`${rowName} label`} value={rule.label} autoFocus={autoFocus} onChange={(event) => update({ label: event.target.value })} />
          <div className="row-actions">
            <span className="rule-id muted">{rule.id ?? "new rule"}</span>
            <button type="button" className="link-button" onClick={onDuplicate} aria-label={`Duplicate rule ${number}`}>
              Duplicate
            </button>
            <button type="button" className="link-button" onClick={onRemove} aria-label={`Remove rule ${number}`}>
              Remove
            </button>
          </div>
        </td>
        <td>
          <select aria-label={`${rowName} dimension`} value={rule.dimension} onChange={(event) => changeDimension(event.target.value as Dimension)}>
            {DIMENSIONS.map((dimension) => (
              <option key={dimension} value={dimension}>
                {DIMENSION_LABELS[dimension]}
              </option>
            ))}
          </select>
        </td>
        <ConditionCells condition={rule.when} rowName={rowName} onChange={(when) => update({ when })} />
        <td>
          <input type="number" step="any" className="input--short" aria-label={`${rowName} points`} value={rule.points} onChange={(event) => update({ points: event.target.value })} />
        </td>
        <td>
          <input
            type="number"
            step="any"
            className="input--short"
            aria-label={`${rowName} cap (optional)`}
            placeholder="none"
            value={rule.cap}
            onChange={(event) => update({ cap: event.target.value })}
          />
        </td>
        <td>
          {rule.dimension === "engagement" ? (
            <select aria-label={`${rowName} per event`} value={rule.perEvent} onChange={(event) => update({ perEvent: event.target.value as EngagementEventType | "" })}>
              <option value="">Once</option>
              {ENGAGEMENT_EVENT_TYPES.map((type) => (
                <option key={type} value={type}>
                  Per {EVENT_TYPE_LABELS[type].toLowerCase()}
                </option>
              ))}
            </select>
          ) : (
            <span className="muted">Once</span>
          )}
        </td>
      </tr>
      <RowErrors errors={errors} columns={COLUMNS} />
    </>
  );
}
