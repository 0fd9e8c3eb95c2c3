import { randomUUID } from "node:crypto";

import { expect, test as base, type FrameLocator, type Locator } from "@playwright/test";

import { APP_URL } from "./support/app";
import { findSubmissionsByEmail } from "./support/database";
import { startHostSite, type HostSite } from "./support/host-site";
import { SampleRequestForm } from "./support/sample-request-form";

const test = base.extend<{ hostSite: HostSite }>({
  hostSite: async ({}, use) => {
    const site = await startHostSite("sample-request");
    await use(site);
    await site.close();
  },
});

/** Rendered height of the element in CSS pixels. */
async function boxHeight(locator: Locator): Promise<number> {
  return locator.evaluate((element) => element.getBoundingClientRect().height);
}

/** Height of the page inside the iframe, which the form reports to the loader. */
async function contentHeight(frame: FrameLocator): Promise<number> {
  return frame.locator("body").evaluate((body) => body.scrollHeight);
}

test("embedded sample request becomes MQL", async ({ page, hostSite }) => {
  const email = `jose.alvarez.${randomUUID().slice(0, 8)}@moldworks.example`;
  const hostUrl = `${hostSite.url}?utm_source=linkedin&utm_medium=social&gclid=TEST-GCLID-123`;

  await page.goto(hostUrl);

  const iframe = page.getByTitle("Request form");
  await expect(iframe).toHaveAttribute("src", new RegExp(`^${APP_URL}/f/sample-request\\?`));
  const frame = iframe.contentFrame();
  const form = new SampleRequestForm(frame);
  await expect(form.submitButton).toBeEnabled();

  // The loader starts the iframe at min-height 480px, then sizes it to the page inside from the form's resize messages.
  await expect(iframe).toHaveCSS("min-height", "0px");
  const formHeight = await contentHeight(frame);
  expect(formHeight).toBeGreaterThan(480);
  await expect.poll(() => boxHeight(iframe)).toBe(formHeight);

  await form.fill({
    application: "Packaging",
    polymer: "PP",
    timeline: "Within 3 months",
    processingMethod: "Injection molding",
    annualVolume: "10–100 t",
    compliance: ["FDA food contact"],
    name: "José Álvarez",
    email,
    company: "Moldworks Kunststofftechnik GmbH",
    country: "Germany",
    consent: true,
  });
  await form.submit();

  await expect(form.thankYou).toContainText("Request received");
  await expect(form.thankYou).toContainText("Your sample request is confirmed");
  await expect(page.locator("body")).toHaveAttribute("data-submitted", "sample-request");

  // The iframe shrinks to the short thank-you, so the message is in view rather than a blank area where the form was.
  const thankYouHeight = await contentHeight(frame);
  expect(thankYouHeight).toBeLessThan(formHeight);
  await expect.poll(() => boxHeight(iframe)).toBe(thankYouHeight);
  await expect(form.thankYou).toBeInViewport();

  const rows = await findSubmissionsByEmail(email);
  expect(rows).toHaveLength(1);
  const stored = rows[0]!;
  expect(stored.channel).toBe("embed");
  expect(stored.contact_name).toBe("José Álvarez");
  expect(stored.country).toBe("DE");
  expect(stored.answers).toEqual({
    application: "packaging",
    polymer: "PP",
    timeline: "lt3m",
    processingMethod: "injection",
    annualVolume: "10to100t",
    compliance: ["fda_food_contact"],
  });
  expect(stored.attribution.utm_source).toBe("linkedin");
  expect(stored.attribution.utm_medium).toBe("social");
  expect(stored.attribution.gclid).toBe("TEST-GCLID-123");
  expect(stored.attribution.page_url).toBe(hostUrl);

  expect(stored.stage).toBe("mql");
  expect(stored.score).toBe(stored.score_breakdown.total);
  expect(stored.score_breakdown.qualifiesForMql).toBe(true);
  expect(stored.score_breakdown.gate.passed).toBe(true);
  const firedRules = stored.score_breakdown.fired.map((rule) => rule.ruleId);
  expect(firedRules).toContain("intent.sample");
  expect(firedRules.length).toBeGreaterThan(1);
});
