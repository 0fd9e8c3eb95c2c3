import type { FieldView } from "./types";

type Props = { field: FieldView; value: string | string[] | undefined; error: string | undefined };

/** Render one labelled input with its error, linked for screen readers through aria-describedby. */
export function FormField({ field, value, error }: Props) {
  const inputId = `field-${field.id}`;
  const errorId = `${inputId}-error`;
  const common = {
    id: inputId,
    name: field.id,
    required: field.required,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? errorId : undefined,
  } as const;
  const single = Array.isArray(value) ? value[0] : value;
  const label = (
    <>
      {field.label}
      {field.required ? null : <span className="optional"> (optional)</span>}
    </>
  );
  const errorText = error ? (
    <span id={errorId} className="error">
      {error}
    </span>
  ) : null;

  if (field.kind === "checkboxes") {
    const checked = new Set(Array.isArray(value) ? value : []);
    if (typeof value === "string") checked.add(value);
    return (
      <div className="field">
        <fieldset aria-describedby={error ? errorId : undefined}>
          <legend>{label}</legend>
          {field.options?.map((option) => (
            <label key={option.value} className="check">
              <input type="checkbox" name={field.id} value={option.value} defaultChecked={checked.has(option.value)} />
              {option.label}
            </label>
          ))}
        </fieldset>
        {errorText}
      </div>
    );
  }

  let control;
  if (field.kind === "select" || field.kind === "country") {
    control = (
      // React 19 resets the form after each action, and a <select> takes its defaultValue only when mounted;
      // the key remounts it with the echoed answer, so a validation error does not clear the choice.
      <select key={single ?? ""} {...common} defaultValue={single ?? ""} autoComplete={field.kind === "country" ? "country" : undefined}>
        <option value="">Choose…</option>
        {field.options?.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    );
  } else if (field.kind === "textarea") {
    control = <textarea {...common} rows={3} maxLength={field.maxLength} defaultValue={single ?? ""} />;
  } else {
    control = (
      <input {...common} type={field.kind} maxLength={field.maxLength} autoComplete={field.autoComplete} defaultValue={single ?? ""} />
    );
  }

  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      {control}
      {errorText}
    </div>
  );
}
