import type { Option } from "@/lib/forms/catalog";

type Props = {
  id?: string;
  name: string;
  label: string;
  options: readonly Option[];
  defaultValue?: string;
  // Text of the empty first option, such as "All" or "Choose…"; without it the select has no empty option.
  emptyLabel?: string;
  // Wraps the select in its label, as the filter bar lays it out, instead of a separate field.
  inlineLabel?: boolean;
};

/** Render a labelled select of options, with an optional empty first choice. */
export function OptionSelect({ id, name, label, options, defaultValue, emptyLabel, inlineLabel }: Props) {
  const select = (
    <select id={id} name={name} defaultValue={defaultValue ?? ""}>
      {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );

  if (inlineLabel) {
    return (
      <label>
        {label}
        {select}
      </label>
    );
  }

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {select}
    </div>
  );
}
