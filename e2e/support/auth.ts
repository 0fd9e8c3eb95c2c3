import { expect, type Page } from "@playwright/test";

/** Password of every demo user that `npm run seed` creates. */
export const DEMO_PASSWORD = "pellet-demo-password";

/**
 * Sign in through the Auth.js credentials endpoint, as the sign-in form
 * does, so the page's browser context carries the session cookie. Faster
 * and steadier than typing into the form, which its own test covers.
 */
export async function signInAs(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.context().clearCookies();
  const csrf = await page.request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };

  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, callbackUrl: "/queue" },
    maxRedirects: 0,
  });

  expect(response.status(), `sign-in of ${email}`).toBe(302);
  expect(response.headers()["location"] ?? "", `sign-in of ${email}`).not.toContain("error");
}
