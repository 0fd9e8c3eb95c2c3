import { NextResponse } from "next/server";

import { currentActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { logger } from "@/lib/logger";
import { canEditScoring } from "@/lib/scoring/access";
import { createModelFile, formatModelFile, validateModelFile } from "@/lib/scoring/model-file";
import { findModelVersion } from "@/lib/scoring/versions/queries";

/** Sends one model version as a model file, the JSON that the scoring page imports, to marketing and admins. */
export async function GET(_request: Request, { params }: { params: Promise<{ version: string }> }) {
  const actor = await currentActor();
  if (!actor) return NextResponse.json({ error: "unauthorized", message: "Sign in to export a scoring model." }, { status: 401 });
  if (!canEditScoring(actor)) {
    return NextResponse.json({ error: "forbidden", message: "Only marketing or an admin can export scoring models." }, { status: 403 });
  }

  const { version: text } = await params;
  const version = /^\d{1,9}$/.test(text) ? Number(text) : null;
  const row = version === null ? null : await findModelVersion(await getDb(), version);
  if (!row) return NextResponse.json({ error: "not_found", message: `There is no scoring model version ${text}.` }, { status: 404 });

  // createdAt is when the version was published or, for the draft, last saved.
  const stored = createModelFile({
    model: row.document,
    metadata: { createdAt: (row.publishedAt ?? row.updatedAt).toISOString(), modelVersion: row.version, status: row.status, note: row.note },
  });
  // jsonb returns keys sorted by length, so the file uses the validated copy, whose keys come in the file format's order.
  const check = validateModelFile(stored);
  const file = check.ok ? check.file : stored;
  logger.info({ userId: actor.id, version: row.version }, "scoring model exported");

  return new Response(formatModelFile(file), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="pellet-scoring-model-v${row.version}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
