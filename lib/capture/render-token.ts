import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";

/**
 * A token rendered into each hosted form: the submission's idempotency key
 * and the time the form was rendered, signed so a bot cannot forge an older
 * render time to pass the minimum fill time. Format: `key.renderedAtMs.signature`.
 */
export type RenderToken = { idempotencyKey: string; renderedAt: Date };

function sign(payload: string, secret: string): string {
  return createHmac("sha256", secret).update(payload).digest("base64url");
}

export function issueRenderToken(secret: string, now: Date = new Date()): string {
  const payload = `${randomUUID()}.${now.getTime()}`;

  return `${payload}.${sign(payload, secret)}`;
}

/** The token's contents, or null when it is malformed or its signature does not match. */
export function verifyRenderToken(token: string, secret: string): RenderToken | null {
  const parts = token.split(".");
  if (parts.length !== 3) return null;
  const [key, renderedAtMs, signature] = parts as [string, string, string];

  const expected = Buffer.from(sign(`${key}.${renderedAtMs}`, secret));
  const actual = Buffer.from(signature);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;

  const renderedAt = new Date(Number(renderedAtMs));
  if (Number.isNaN(renderedAt.getTime())) return null;

  return { idempotencyKey: key, renderedAt };
}
