import { NextResponse } from "next/server";

import { currentActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { exportLeadsCsv } from "@/lib/leads/queries/export-csv";
import { parseLeadFilters } from "@/lib/leads/queries/filters";
import { logger } from "@/lib/logger";

/** CSV of the leads the signed-in user may see, with the lead list's filters. */
export async function GET(request: Request) {
  const actor = await currentActor();
  if (!actor) return NextResponse.json({ error: "unauthorized", message: "Sign in to export leads." }, { status: 401 });

  const filters = parseLeadFilters(Object.fromEntries(new URL(request.url).searchParams));
  const stamp = new Date().toISOString().slice(0, 10);
  logger.info({ userId: actor.id, filters }, "lead export started");

  return new Response(exportLeadsCsv({ db: await getDb(), actor, filters }), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="pellet-leads-${stamp}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
