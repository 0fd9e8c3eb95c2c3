export type SpamVerdict = { spam: false } | { spam: true; reason: "honeypot" | "too_fast" };

/**
 * Bot signals that need no third party: a filled honeypot field, or a form
 * submitted sooner after rendering than a person can fill it. `renderedAt`
 * is null for the JSON endpoint, which renders no form.
 */
export function detectSpam(input: {
  honeypot: unknown;
  renderedAt: Date | null;
  now: Date;
  minFillSeconds: number;
}): SpamVerdict {
  if (typeof input.honeypot === "string" ? input.honeypot.trim() !== "" : input.honeypot != null) {
    return { spam: true, reason: "honeypot" };
  }
  if (input.renderedAt && input.now.getTime() - input.renderedAt.getTime() < input.minFillSeconds * 1000) {
    return { spam: true, reason: "too_fast" };
  }

  return { spam: false };
}
