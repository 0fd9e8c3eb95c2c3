import type { Page } from "@playwright/test";

export type Credentials = { email: string; password: string };

/** The demo marketing user that `npm run seed` creates (lib/seed/demo-users.ts). */
export const DEMO_MARKETING: Credentials = { email: "marketing@pellet.example", password: "pellet-demo-password" };

/**
 * Sign in through the Auth.js credentials endpoint with the page's request
 * context, so the session cookie lands in the page's browser context.
 * Throws when Auth.js does not return a session for that email afterwards.
 */
export async function signInAs(page: Page, credentials: Credentials): Promise<void> {
  const csrfResponse = await page.request.get("/api/auth/csrf");
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };

  await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: credentials.email, password: credentials.password, callbackUrl: "/queue" },
  });

  const session = (await (await page.request.get("/api/auth/session")).json()) as { user?: { email?: string } } | null;
  if (session?.user?.email !== credentials.email) {
    throw new Error(`Sign-in as ${credentials.email} failed: /api/auth/session returned ${JSON.stringify(session)}.`);
  }
}
