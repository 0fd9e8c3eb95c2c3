import { describe, expect, it } from "vitest";

import { detectSpam, type SpamVerdict } from "@/lib/capture/spam";

const NOW = new Date("2026-03-01T12:00:00.000Z");
const MIN_FILL_SECONDS = 3;

function secondsBeforeNow(seconds: number): Date {
  return new Date(NOW.getTime() - seconds * 1000);
}

describe("detectSpam", () => {
  it.each<{ label: string; honeypot: unknown; renderedAt: Date | null; expected: SpamVerdict }>([
    { label: "empty honeypot, slow fill", honeypot: "", renderedAt: secondsBeforeNow(60), expected: { spam: false } },
    { label: "missing honeypot", honeypot: undefined, renderedAt: secondsBeforeNow(60), expected: { spam: false } },
    { label: "null honeypot", honeypot: null, renderedAt: secondsBeforeNow(60), expected: { spam: false } },
    { label: "whitespace-only honeypot", honeypot: "  \n", renderedAt: secondsBeforeNow(60), expected: { spam: false } },
    { label: "filled honeypot", honeypot: "https://spam.example", renderedAt: secondsBeforeNow(60), expected: { spam: true, reason: "honeypot" } },
    { label: "non-string honeypot", honeypot: 0, renderedAt: secondsBeforeNow(60), expected: { spam: true, reason: "honeypot" } },
    { label: "submitted too fast", honeypot: "", renderedAt: secondsBeforeNow(1), expected: { spam: true, reason: "too_fast" } },
    { label: "just under minimum", honeypot: "", renderedAt: secondsBeforeNow(2.999), expected: { spam: true, reason: "too_fast" } },
    { label: "exactly minimum fill time", honeypot: "", renderedAt: secondsBeforeNow(MIN_FILL_SECONDS), expected: { spam: false } },
    { label: "no render time", honeypot: "", renderedAt: null, expected: { spam: false } },
    { label: "honeypot beats too fast", honeypot: "filled", renderedAt: secondsBeforeNow(0), expected: { spam: true, reason: "honeypot" } },
  ])("verdict: $label", ({ honeypot, renderedAt, expected }) => {
    expect(detectSpam({ honeypot, renderedAt, now: NOW, minFillSeconds: MIN_FILL_SECONDS })).toEqual(expected);
  });
});
