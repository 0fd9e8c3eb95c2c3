import { getCountries } from "libphonenumber-js";

import type { Option } from "./catalog";

const COUNTRY_CODES = new Set<string>(getCountries());

/** ISO 3166-1 alpha-2 codes with their English names, sorted by name. */
export const COUNTRY_OPTIONS: readonly Option[] = (() => {
  const names = new Intl.DisplayNames(["en"], { type: "region" });

  return [...COUNTRY_CODES]
    .map((code) => ({ value: code, label: names.of(code) ?? code }))
    .sort((a, b) => a.label.localeCompare(b.label, "en"));
})();

export function isCountryCode(code: string): boolean {
  return COUNTRY_CODES.has(code);
}
