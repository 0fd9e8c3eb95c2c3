import { createHmac } from "node:crypto";

import { describe, expect, it } from "vitest";

import { issueRenderToken, verifyRenderToken } from "@/lib/capture/render-token";

const SECRET = "test-signing-secret";
const RENDERED_AT = new Date("2026-03-01T12:00:00.000Z");
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Split a token into its three dot-separated parts. */
function partsOf(token: string): [string, string, string] {
  const parts = token.split(".");
  if (parts.length !== 3) throw new Error(`Expected a token with 3 parts, got ${parts.length}: ${token}`);

  return parts as [string, string, string];
}

/** Sign a token with `SECRET` as the module does, for payloads that issueRenderToken never produces. */
function signedToken(key: string, renderedAtMs: string): string {
  const signature = createHmac("sha256", SECRET).update(`${key}.${renderedAtMs}`).digest("base64url");

  return `${key}.${renderedAtMs}.${signature}`;
}

describe("render token round trip", () => {
  const token = issueRenderToken(SECRET, RENDERED_AT);

  it("round trip keeps render time", () => {
    expect(verifyRenderToken(token, SECRET)?.renderedAt).toEqual(RENDERED_AT);
  });

  it("round trip keeps idempotency key", () => {
    expect(verifyRenderToken(token, SECRET)?.idempotencyKey).toBe(partsOf(token)[0]);
  });

  it("idempotency key is UUID", () => {
    expect(partsOf(token)[0]).toMatch(UUID_PATTERN);
  });

  it("each token has new key", () => {
    expect(partsOf(issueRenderToken(SECRET, RENDERED_AT))[0]).not.toBe(partsOf(issueRenderToken(SECRET, RENDERED_AT))[0]);
  });
});

describe("render token rejection", () => {
  const token = issueRenderToken(SECRET, RENDERED_AT);
  const [key, renderedAtMs, signature] = partsOf(token);
  const earlierMs = String(Number(renderedAtMs) - 60_000);
  const otherKey = "00000000-0000-4000-8000-000000000000";

  it.each<{ label: string; token: string; secret: string }>([
    { label: "tampered render time", token: `${key}.${earlierMs}.${signature}`, secret: SECRET },
    { label: "tampered idempotency key", token: `${otherKey}.${renderedAtMs}.${signature}`, secret: SECRET },
    { label: "tampered signature", token: `${key}.${renderedAtMs}.${signature.slice(0, -1)}${signature.endsWith("A") ? "B" : "A"}`, secret: SECRET },
    { label: "shortened signature", token: `${key}.${renderedAtMs}.${signature.slice(0, -2)}`, secret: SECRET },
    { label: "wrong secret", token, secret: "another-secret" },
    { label: "empty token", token: "", secret: SECRET },
    { label: "two parts", token: `${key}.${renderedAtMs}`, secret: SECRET },
    { label: "four parts", token: `${token}.extra`, secret: SECRET },
    { label: "not a token", token: "hello", secret: SECRET },
    { label: "signed non-numeric time", token: signedToken(key, "yesterday"), secret: SECRET },
  ])("verify rejects: $label", ({ token: candidate, secret }) => {
    expect(verifyRenderToken(candidate, secret)).toBeNull();
  });
});
