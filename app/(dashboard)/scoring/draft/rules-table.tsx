"use client";

import type { RuleForm } from "@/components/scoring/editor-form";

import { RuleRow } from "./rule-row";
import { useRemoveRow } from "./use-remove-row";

type Props = {
  rules: RuleForm[];
  errorsByRow: Record<string, string[]>;
  // Key of the row that was just added or copied. Its label input takes the focus.
  focusKey: string | null;
  onChange: (rule: RuleForm) => void;
  onAdd: () => void;
  onRemove: (key: string) => void;
  onDuplicate: (key: string) => void;
};

export function RulesTable({ rules, errorsByRow, focusKey, onChange, onAdd, onRemove, onDuplicate }: Props) {
  const { addButton, remove } = useRemoveRow(onRemove);

  return (
    <section className="panel" aria-labelledby="rules-heading">
      <h2 id="rules-heading">Rules</h2>
      <p className="muted">
        A rule adds its points when its condition holds; use negative points for junk signals. A cap limits what the rule adds. An engagement rule can give its
        points once per event of a type instead, each event&apos;s points halving every half-life.
      </p>
      <div className="table-scroll">
        <table className="data editor-table">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Label</th>
              <th scope="col">Dimension</th>
              <th scope="col">Field</th>
              <th scope="col">Operator</th>
              <th scope="col">Value</th>
              <th scope="col">Points</th>
              <th scope="col">Cap</th>
              <th scope="col">Counts</th>
            </tr>
          </thead>
          <tbody>
            {rules.map((rule, index) => (
              <RuleRow
                key={rule.key}
                rule={rule}
                number={index + 1}
                errors={errorsByRow[rule.key]}
                autoFocus={rule.key === focusKey}
                onChange={onChange}
                onRemove={() => remove(rule.key)}
                onDuplicate={() => onDuplicate(rule.key)}
              />
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" className="button button--secondary" onClick={onAdd} ref={addButton}>
        Add rule
      </button>
    </section>
  );
}
