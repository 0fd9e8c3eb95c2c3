import { sql } from "drizzle-orm";
import { NextResponse } from "next/server";

import { getDb } from "@/lib/db";
import { logger } from "@/lib/logger";

/** Liveness and database reachability, for load balancers and start-up scripts. */
export async function GET() {
  try {
    await (await getDb()).execute(sql`select 1`);
    return NextResponse.json({ status: "ok" });
  } catch (error) {
    logger.error({ err: error }, "health check failed");
    return NextResponse.json({ status: "unavailable" }, { status: 503 });
  }
}
