/** Where a submission came from: campaign parameters and the pages around it. */
export const ATTRIBUTION_KEYS = [
  "utm_source",
  "utm_medium",
  "utm_campaign",
  "utm_term",
  "utm_content",
  "gclid",
  "referrer",
  "page_url",
] as const;

export type AttributionKey = (typeof ATTRIBUTION_KEYS)[number];
export type Attribution = Partial<Record<AttributionKey, string>>;

// Attribution is never shown to the prospect, so an over-long value is cut rather than rejected.
const MAX_ATTRIBUTION_LENGTH = 2048;

/** Keep the known attribution keys with non-empty text values, each cut to 2,048 characters. */
export function pickAttribution(source: Record<string, unknown>): Attribution {
  const attribution: Attribution = {};
  for (const key of ATTRIBUTION_KEYS) {
    const value = source[key];
    if (typeof value === "string" && value.trim() !== "") {
      attribution[key] = value.trim().slice(0, MAX_ATTRIBUTION_LENGTH);
    }
  }

  return attribution;
}
