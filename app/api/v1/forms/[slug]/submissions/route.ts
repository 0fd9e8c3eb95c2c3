import { randomUUID } from "node:crypto";

import { NextResponse } from "next/server";

import { pickAttribution } from "@/lib/capture/attribution";
import { MAX_BODY_BYTES } from "@/lib/capture/constants";
import { isOriginAllowed } from "@/lib/capture/origin";
import { readBodyWithLimit } from "@/lib/capture/read-body";
import { submitForm } from "@/lib/capture/submit";
import { getDb } from "@/lib/db";
import { findFormBySlug } from "@/lib/forms/queries";
import { logger } from "@/lib/logger";

type Params = { params: Promise<{ slug: string }> };

// Idempotency keys are opaque to Pellet; this bounds their size and alphabet.
const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{1,200}$/;

function corsHeaders(origin: string | null): Record<string, string> {
  if (!origin) return {};

  return {
    "Access-Control-Allow-Origin": origin,
    "Access-Control-Allow-Methods": "POST, OPTIONS",
    "Access-Control-Allow-Headers": "Content-Type, Idempotency-Key",
    "Access-Control-Max-Age": "600",
    Vary: "Origin",
  };
}

function problem(status: number, error: string, message: string, cors: Record<string, string>, extra: Record<string, unknown> = {}) {
  return NextResponse.json({ error, message, ...extra }, { status, headers: cors });
}

/** CORS preflight: allowed only for the form's allowed origins, or any origin when its list is empty. */
export async function OPTIONS(request: Request, { params }: Params) {
  const { slug } = await params;
  const origin = request.headers.get("origin");
  let allowed: string[] | null;
  try {
    allowed = (await findFormBySlug(await getDb(), slug))?.allowedOrigins ?? null;
  } catch (error) {
    logger.error({ err: error, slug }, "preflight form lookup failed");
    return new NextResponse(null, { status: 503, headers: { "Retry-After": "5" } });
  }
  if (allowed === null || !isOriginAllowed(allowed, origin)) return new NextResponse(null, { status: 403 });

  return new NextResponse(null, { status: 204, headers: corsHeaders(origin) });
}

/**
 * Accept a submission from a site that builds its own form. The body is a
 * JSON object of field ids to values, with `consent: true` and optional
 * attribution keys at the top level or under `attribution`.
 */
export async function POST(request: Request, { params }: Params) {
  const { slug } = await params;
  const origin = request.headers.get("origin");
  // Answer errors with CORS headers too, so the embedding page can read them; the pipeline still rejects foreign origins.
  const cors = corsHeaders(origin);

  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("application/json")) {
    return problem(415, "unsupported_media_type", "Send the submission as JSON with Content-Type: application/json.", cors);
  }
  const body = await readBodyWithLimit(request, MAX_BODY_BYTES);
  if (!body.ok) {
    return problem(413, "payload_too_large", `The request body is larger than ${MAX_BODY_BYTES} bytes. Send only the form's fields.`, cors);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.text);
  } catch {
    return problem(400, "invalid_json", "The request body is not valid JSON.", cors);
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    return problem(400, "invalid_body", "The request body must be a JSON object of field names to values.", cors);
  }
  const idempotencyKey = request.headers.get("idempotency-key");
  if (idempotencyKey !== null && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
    return problem(400, "invalid_idempotency_key", "Idempotency-Key must be 1–200 letters, digits or . _ : - characters.", cors);
  }

  const fields = parsed as Record<string, unknown>;
  const nested = fields.attribution !== null && typeof fields.attribution === "object" ? (fields.attribution as Record<string, unknown>) : {};
  const result = await submitForm({
    slug,
    channel: "api",
    values: { ...pickAttribution(nested), ...fields },
    idempotencyKey,
    origin,
  });

  switch (result.kind) {
    case "accepted":
      return NextResponse.json(
        { id: result.stored.submissionId, status: "received", message: result.thankYou.message, assetUrl: result.thankYou.assetUrl },
        { status: result.stored.duplicate ? 200 : 201, headers: cors },
      );
    case "spam":
      // Indistinguishable from an accepted submission, so a bot learns nothing.
      return NextResponse.json(
        { id: randomUUID(), status: "received", message: result.thankYou.message, assetUrl: result.thankYou.assetUrl },
        { status: 201, headers: cors },
      );
    case "invalid":
      return problem(400, "validation_failed", "Some fields are missing or invalid; see `fields` for each one.", cors, { fields: result.fieldErrors });
    case "form_not_found":
      return problem(404, "form_not_found", `No form has the slug "${slug}". Check the URL.`, cors);
    case "form_paused":
      return problem(409, "form_paused", "This form is paused and is not taking submissions.", cors);
    case "origin_not_allowed":
      return problem(403, "origin_not_allowed", `Submissions from ${result.origin} are not allowed for this form.`, {});
    case "unavailable":
      return NextResponse.json(
        { error: "unavailable", message: "The submission was not saved because of a temporary problem. Send it again with the same Idempotency-Key.", reference: result.errorId },
        { status: 503, headers: { ...cors, "Retry-After": "5" } },
      );
  }
}
