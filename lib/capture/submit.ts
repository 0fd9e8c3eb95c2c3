import { randomUUID } from "node:crypto";

import { getDb, type Database } from "@/lib/db";
import type { Form } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { findFormBySlug } from "@/lib/forms/queries";
import { logger } from "@/lib/logger";
import { getSigningSecret } from "@/lib/settings/signing-secret";

import { pickAttribution } from "./attribution";
import { HONEYPOT_FIELD } from "./constants";
import { isOriginAllowed } from "./origin";
import { verifyRenderToken } from "./render-token";
import { detectSpam } from "./spam";
import { DuplicateSubmissionError, findStoredSubmission, storeSubmission, type StoredSubmission } from "./store";
import { validateSubmission, type FieldErrors } from "./validation";

export type Channel = "hosted" | "embed" | "api";

export type SubmissionRequest = {
  slug: string;
  channel: Channel;
  // Form fields, attribution keys and the honeypot, as posted.
  values: Record<string, unknown>;
  // Hosted and embedded forms: the signed render token.
  renderToken?: string | null;
  // JSON endpoint: the client's Idempotency-Key header, if any.
  idempotencyKey?: string | null;
  // Origin of the page the form was posted from, when known.
  origin: string | null;
};

export type ThankYou = { message: string; assetUrl: string | null };

export type SubmissionResult =
  | { kind: "accepted"; thankYou: ThankYou; stored: StoredSubmission }
  // A caught bot: answered like an accepted submission, stored nowhere.
  | { kind: "spam"; thankYou: ThankYou }
  | { kind: "invalid"; fieldErrors: FieldErrors }
  | { kind: "form_not_found" }
  | { kind: "form_paused" }
  | { kind: "origin_not_allowed"; origin: string }
  // Nothing was stored; the same request may be sent again.
  | { kind: "unavailable"; errorId: string };

type Context = { db?: Database; now?: Date; minFillSeconds?: number };

function thankYouOf(form: Form): ThankYou {
  return { message: form.thankYouMessage, assetUrl: form.assetUrl };
}

/**
 * The one submission pipeline behind the hosted page, the embed and the JSON
 * endpoint: validate, check the form and origin, drop spam, deduplicate by
 * idempotency key, and store everything in one transaction. The form is
 * loaded first because its field list decides what is valid.
 */
export async function submitForm(request: SubmissionRequest, context: Context = {}): Promise<SubmissionResult> {
  const now = context.now ?? new Date();
  const errorId = randomUUID();
  let db: Database;
  let form: Form | null;

  try {
    db = context.db ?? (await getDb());
    form = await findFormBySlug(db, request.slug);
  } catch (error) {
    logger.error({ err: error, errorId, slug: request.slug }, "form lookup failed");
    return { kind: "unavailable", errorId };
  }
  if (!form) return { kind: "form_not_found" };

  const validation = validateSubmission(form.fields, request.values);
  if (!validation.ok) return { kind: "invalid", fieldErrors: validation.fieldErrors };
  if (form.status !== "live") return { kind: "form_paused" };
  if (request.origin !== null && !isOriginAllowed(form.allowedOrigins, request.origin)) {
    return { kind: "origin_not_allowed", origin: request.origin };
  }

  let idempotencyKey: string;
  let renderedAt: Date | null = null;
  if (request.channel === "api") {
    // Scoped by form, so two sites that pick the same key do not collide.
    idempotencyKey = request.idempotencyKey ? `api:${form.id}:${request.idempotencyKey}` : `api:${randomUUID()}`;
  } else {
    const token = verifyRenderToken(request.renderToken ?? "", await getSigningSecret(db));
    if (!token) {
      return { kind: "invalid", fieldErrors: { form: "This form has expired or was altered. Reload the page and submit it again." } };
    }
    idempotencyKey = `form:${token.idempotencyKey}`;
    renderedAt = token.renderedAt;
  }

  const verdict = detectSpam({
    honeypot: request.values[HONEYPOT_FIELD],
    renderedAt,
    now,
    minFillSeconds: context.minFillSeconds ?? env.PELLET_MIN_FILL_SECONDS,
  });
  if (verdict.spam) {
    logger.info({ formId: form.id, reason: verdict.reason, channel: request.channel }, "submission dropped as spam");
    return { kind: "spam", thankYou: thankYouOf(form) };
  }

  try {
    const stored = await db.transaction((tx) =>
      storeSubmission(tx, {
        form: form,
        submission: validation.value,
        attribution: pickAttribution(request.values),
        channel: request.channel,
        idempotencyKey,
        now,
      }),
    );
    logger.info(
      { submissionId: stored.submissionId, leadId: stored.leadId, formId: form.id, stage: stored.stage, score: stored.score },
      stored.becameMql ? "submission stored, lead became MQL" : "submission stored",
    );

    return { kind: "accepted", thankYou: thankYouOf(form), stored };
  } catch (error) {
    if (error instanceof DuplicateSubmissionError) {
      const stored = await findStoredSubmission(db, idempotencyKey).catch(() => null);
      if (stored) return { kind: "accepted", thankYou: thankYouOf(form), stored };
    }
    logger.error({ err: error, errorId, formId: form.id, channel: request.channel }, "submission could not be stored");

    return { kind: "unavailable", errorId };
  }
}
