import { expect, test } from "@playwright/test";

// The demo forms have an empty list of allowed origins, so any site may embed them.
for (const slug of ["sample-request", "tds-request", "technical-guide"]) {
  test(`${slug} allows any frame ancestor`, async ({ request }) => {
    const response = await request.get(`/f/${slug}`);

    expect(response.status()).toBe(200);
    expect(response.headers()["content-security-policy"]).toBe("frame-ancestors *");
  });
}
