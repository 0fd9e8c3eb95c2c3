import { describe, expect, it } from "vitest";

import { normalizeText } from "@/lib/normalize/text";

const COMPOSED_E_ACUTE = "\u00E9";
const DECOMPOSED_E_ACUTE = "e\u0301";

describe("normalizeText NFC", () => {
  it("decomposed é equals composed", () => {
    expect(normalizeText(`Jos${DECOMPOSED_E_ACUTE}`)).toBe(normalizeText(`Jos${COMPOSED_E_ACUTE}`));
  });

  it("decomposed é becomes one character", () => {
    expect(normalizeText(`Jos${DECOMPOSED_E_ACUTE}`)).toBe("Jos\u00E9");
  });

  it("multiline also composes", () => {
    expect(normalizeText(`Caf${DECOMPOSED_E_ACUTE}\nBar`, { multiline: true })).toBe("Caf\u00E9\nBar");
  });
});

describe("normalizeText single line", () => {
  it.each<{ label: string; input: string; expected: string }>([
    { label: "NUL becomes space", input: "Ana\u0000Souza", expected: "Ana Souza" },
    { label: "DEL becomes space", input: "Ana\u007FSouza", expected: "Ana Souza" },
    { label: "tab becomes space", input: "Ana\tSouza", expected: "Ana Souza" },
    { label: "line feed becomes space", input: "Ana\nSouza", expected: "Ana Souza" },
    { label: "CRLF becomes space", input: "Ana\r\nSouza", expected: "Ana Souza" },
    { label: "space runs collapse", input: "Ana    Souza", expected: "Ana Souza" },
    { label: "no-break spaces collapse", input: "Ana\u00A0\u00A0Souza", expected: "Ana Souza" },
    { label: "ends trimmed", input: "  Ana Souza \t", expected: "Ana Souza" },
    { label: "only controls give empty", input: "\u0000\u0007\u001F", expected: "" },
    { label: "plain text unchanged", input: "Moldworks GmbH", expected: "Moldworks GmbH" },
  ])("single line: $label", ({ input, expected }) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe("normalizeText multiline", () => {
  it.each<{ label: string; input: string; expected: string }>([
    { label: "line feed kept", input: "a\nb", expected: "a\nb" },
    { label: "CRLF becomes LF", input: "a\r\nb", expected: "a\nb" },
    { label: "lone CR becomes LF", input: "a\rb", expected: "a\nb" },
    { label: "two breaks kept", input: "a\n\nb", expected: "a\n\nb" },
    { label: "four breaks become two", input: "a\n\n\n\nb", expected: "a\n\nb" },
    { label: "tabs collapse to space", input: "a\t\tb", expected: "a b" },
    { label: "spaces collapse, breaks kept", input: "a   b\nc", expected: "a b\nc" },
    { label: "NUL removed", input: "a\u0000b", expected: "ab" },
    { label: "vertical tab removed", input: "a\u000Bb", expected: "ab" },
    { label: "ends trimmed", input: "\n  a\n  ", expected: "a" },
  ])("multiline: $label", ({ input, expected }) => {
    expect(normalizeText(input, { multiline: true })).toBe(expected);
  });
});

describe("normalizeText C1 controls", () => {
  // U+0080–U+009F are control characters too (Unicode category Cc). Text pasted from a
  // Windows-1252 source read as Latin-1 carries them, such as U+0093 for a curly quote.
  const C1_CONTROL = /[\u0080-\u009F]/;

  it("single line removes C1", () => {
    expect(normalizeText("\u0093PP copolymer\u0094 next\u0085line")).not.toMatch(C1_CONTROL);
  });

  it("multiline removes C1", () => {
    expect(normalizeText("\u0093PP copolymer\u0094 next\u0085line", { multiline: true })).not.toMatch(C1_CONTROL);
  });
});
