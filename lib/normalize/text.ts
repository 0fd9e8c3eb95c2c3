/**
 * Canonical form of free text from a form: Unicode NFC (so an accented name
 * typed two ways is stored one way), control characters removed, runs of
 * spaces collapsed and the ends trimmed. Line breaks are kept only when
 * `multiline` is set.
 */
export function normalizeText(value: string, options: { multiline?: boolean } = {}): string {
  const composed = value.normalize("NFC");

  if (options.multiline) {
    return composed
      .replace(/\r\n?/g, "\n")
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, "")
      .replace(/[^\S\n]+/g, " ")
      .replace(/\n{3,}/g, "\n\n")
      .trim();
  }

  return composed
    .replace(/[\u0000-\u001F\u007F-\u009F]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
