"use client";

import { changeOp, createCondition, findFactPath, OP_LABELS, OPS_BY_KIND, type ConditionForm, type ConditionOp } from "@/components/scoring/editor-form";
import { FACT_PATHS, type FactPath } from "@/lib/scoring/fact-paths";

type Props = {
  condition: ConditionForm;
  // Names the row in each input's accessible label, such as "Rule 3".
  rowName: string;
  onChange: (condition: ConditionForm) => void;
};

/** Lists the options of a choice field, plus the current value when it is not one of them, so an imported value stays visible. */
function listOptions(fact: FactPath, current: readonly string[]): { value: string; label: string }[] {
  const options = (fact.options ?? []).map((option) => ({ value: option.value, label: option.label }));
  const unknown = current.filter((value) => value !== "" && !options.some((option) => option.value === value));

  return [...options, ...unknown.map((value) => ({ value, label: `${value} (not an option of this field)` }))];
}

function ValueInput({ condition, fact, rowName, onChange }: Props & { fact: FactPath | undefined }) {
  const update = (patch: Partial<ConditionForm>) => onChange({ ...condition, ...patch });

  if (condition.op === "present") return <span className="muted">no value</span>;

  if (condition.op === "range") {
    return (
      <span className="range-inputs">
        <input type="number" step="any" aria-label={`${rowName} minimum`} placeholder="min" value={condition.min} onChange={(event) => update({ min: event.target.value })} />
        <span aria-hidden="true">to</span>
        <input type="number" step="any" aria-label={`${rowName} maximum`} placeholder="max" value={condition.max} onChange={(event) => update({ max: event.target.value })} />
      </span>
    );
  }

  if (condition.op === "oneOf" && fact?.options) {
    return (
      <select
        multiple
        size={4}
        aria-label={`${rowName} values`}
        value={condition.values}
        onChange={(event) => update({ values: Array.from(event.target.selectedOptions, (option) => option.value) })}
      >
        {listOptions(fact, condition.values).map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    );
  }

  if (condition.op === "equals" && fact?.options) {
    return (
      <select aria-label={`${rowName} value`} value={condition.value} onChange={(event) => update({ value: event.target.value })}>
        {listOptions(fact, [condition.value]).map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    );
  }

  if (condition.op === "equals" && fact?.kind === "boolean") {
    return (
      <select aria-label={`${rowName} value`} value={condition.value} onChange={(event) => update({ value: event.target.value })}>
        <option value="true">Yes</option>
        <option value="false">No</option>
      </select>
    );
  }

  if (condition.op === "oneOf") {
    return (
      <input
        type="text"
        aria-label={`${rowName} values, separated by commas`}
        placeholder="value, value"
        value={condition.value}
        onChange={(event) => update({ value: event.target.value })}
      />
    );
  }

  return (
    <input
      type={fact?.kind === "number" ? "number" : "text"}
      step={fact?.kind === "number" ? "any" : undefined}
      aria-label={`${rowName} value`}
      value={condition.value}
      onChange={(event) => update({ value: event.target.value })}
    />
  );
}

/** Renders three table cells: the field a condition tests, its operator, and the value inputs that the operator and field kind take. */
export function ConditionCells({ condition, rowName, onChange }: Props) {
  const fact = findFactPath(condition.field);
  const ops = OPS_BY_KIND[fact?.kind ?? "text"];

  return (
    <>
      <td>
        <select aria-label={`${rowName} field`} value={condition.field} onChange={(event) => onChange(createCondition(event.target.value))}>
          {fact ? null : <option value={condition.field}>{condition.field} (not a field of live leads)</option>}
          {FACT_PATHS.map((path) => (
            <option key={path.path} value={path.path}>
              {path.label}
            </option>
          ))}
        </select>
      </td>
      <td>
        <select aria-label={`${rowName} operator`} value={condition.op} onChange={(event) => onChange(changeOp(condition, event.target.value as ConditionOp))}>
          {(ops.includes(condition.op) ? ops : [...ops, condition.op]).map((op) => (
            <option key={op} value={op}>
              {OP_LABELS[op]}
            </option>
          ))}
        </select>
      </td>
      <td>
        <ValueInput condition={condition} fact={fact} rowName={rowName} onChange={onChange} />
      </td>
    </>
  );
}
