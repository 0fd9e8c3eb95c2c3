import { NextResponse, type NextRequest } from "next/server";

import { frameAncestors } from "@/lib/capture/origin";
import { getDb } from "@/lib/db";
import { findFormBySlug } from "@/lib/forms/queries";
import { logger } from "@/lib/logger";

/**
 * Let a form page be framed only by its form's allowed origins, through
 * Content-Security-Policy frame-ancestors. A page rendered from a response
 * header cannot set this itself, and the list lives in the database.
 */
export async function proxy(request: NextRequest) {
  const slug = decodeURIComponent(request.nextUrl.pathname.split("/")[2] ?? "");
  let policy: string;
  try {
    const form = await findFormBySlug(await getDb(), slug);
    policy = frameAncestors(form?.allowedOrigins ?? []);
  } catch (error) {
    // Without the list, allow framing by Pellet itself only; the page shows the database error.
    logger.error({ err: error, slug }, "form lookup for frame-ancestors failed");
    policy = "frame-ancestors 'self'";
  }

  const response = NextResponse.next();
  response.headers.set("Content-Security-Policy", policy);

  return response;
}

export const config = { matcher: "/f/:slug" };
