/**
 * Plain values from a posted form: one string per field, or an array for a
 * field posted more than once (checkboxes). Files and the framework's own
 * `$ACTION` fields are dropped.
 */
export function formDataToValues(formData: FormData): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const entries = formData.getAll(key).filter((entry): entry is string => typeof entry === "string");
    if (entries.length === 0) continue;
    values[key] = entries.length === 1 ? entries[0]! : entries;
  }

  return values;
}
