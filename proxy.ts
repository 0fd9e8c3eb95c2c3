import { NextResponse, type NextRequest } from "next/server";

import { MAX_BODY_BYTES } from "@/lib/capture/constants";
import { frameAncestors } from "@/lib/capture/origin";
import { getDb } from "@/lib/db";
import { findFormBySlug } from "@/lib/forms/queries";
import { logger } from "@/lib/logger";

/**
 * Let a form page be framed only by its form's allowed origins, through
 * Content-Security-Policy frame-ancestors. A page rendered from a response
 * header cannot set this itself, and the list lives in the database. Also
 * hold form posts to the capture pipeline's 64 KB body limit.
 */
export async function proxy(request: NextRequest) {
  // A person's form post is a few kilobytes; the server actions' own limit is sized for dashboard imports.
  if (request.method === "POST" && Number(request.headers.get("content-length") ?? "0") > MAX_BODY_BYTES) {
    logger.info({ path: request.nextUrl.pathname }, "form post rejected: body too large");
    return new NextResponse("The form post is too large. Shorten the answers and send it again.", { status: 413 });
  }

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
