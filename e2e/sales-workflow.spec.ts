import { randomUUID } from "node:crypto";

import { expect, test as base, type Page, type TestInfo } from "@playwright/test";

import { signInAs } from "./support/auth";
import { startHostSite, type HostSite } from "./support/host-site";
import { LeadPage } from "./support/lead-page";
import { SampleRequestForm } from "./support/sample-request-form";

/** Save a full-page screenshot in the test's output folder (test-results/), kept after the run, and attach it. */
async function keepScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: "image/png" });
}

const test = base.extend<{ hostSite: HostSite }>({
  hostSite: async ({}, use) => {
    const site = await startHostSite("sample-request");
    await use(site);
    await site.close();
  },
});

/** A prospect fills the sample-request form embedded on the supplier's site, from a tracked campaign link. */
async function submitEmbeddedSampleRequest(page: Page, hostSite: HostSite, prospect: { name: string; email: string; source: string }) {
  await page.goto(`${hostSite.url}?utm_source=${prospect.source}&utm_campaign=pp-trays&gclid=E2E-${randomUUID().slice(0, 6)}`);
  const form = new SampleRequestForm(page.getByTitle("Request form").contentFrame());
  await form.fill({
    application: "Packaging",
    polymer: "PP",
    timeline: "Within 3 months",
    processingMethod: "Injection molding",
    annualVolume: "10–100 t",
    compliance: ["FDA food contact"],
    name: prospect.name,
    email: prospect.email,
    company: "Moldworks Kunststofftechnik GmbH",
    country: "Germany",
    consent: true,
  });
  await form.submit();
  await expect(form.thankYou).toContainText("Request received");
}

test("rep qualifies, manager sees the funnel", async ({ page, hostSite }, testInfo) => {
  const suffix = randomUUID().slice(0, 6);
  const prospect = { name: `Marta Lindqvist ${suffix}`, email: `marta.${suffix}@moldworks.example`, source: `linkedin-${suffix}` };
  const rival = { name: `Rolf Becker ${suffix}`, email: `rolf.${suffix}@trayworks.example`, source: `tradeshow-${suffix}` };
  await submitEmbeddedSampleRequest(page, hostSite, prospect);
  await submitEmbeddedSampleRequest(page, hostSite, rival);

  // A rep finds the new MQL in the queue.
  await signInAs(page, "rep1@pellet.example");
  await page.goto("/queue");
  const row = page.getByRole("row", { name: new RegExp(prospect.name) });
  await expect(row).toContainText(prospect.source);
  await expect(row).toContainText("unassigned");
  await keepScreenshot(page, testInfo, "queue");

  // The lead page shows where the lead came from and why it scored.
  await row.getByRole("link", { name: prospect.name }).click();
  const lead = new LeadPage(page);
  await expect(lead.stage).toHaveText("mql");
  await expect(lead.attribution("utm_source")).toHaveText(prospect.source);
  await expect(lead.scoreBreakdown).toContainText("Sample request");
  await expect(lead.scoreBreakdown).toContainText("Timeline within 3 months");

  await lead.claim();
  await lead.logCall("Connected", "Wants 20 t/yr of PP for food trays; trial in March.");
  await lead.completeChecklist();
  await lead.markSql();
  await expect(lead.stage).toHaveText("sql");
  await expect(page.getByRole("region", { name: "Stage history" })).toContainText("Sales checklist complete");
  await expect(page.getByRole("region", { name: "Activity" })).toContainText("Wants 20 t/yr of PP");
  await keepScreenshot(page, testInfo, "lead-page");

  // The second lead turns out to be a competitor.
  await page.goto("/queue");
  await page.getByRole("row", { name: new RegExp(rival.name) }).getByRole("link", { name: rival.name }).click();
  await lead.claim();
  await lead.disqualify("Competitor");
  await expect(lead.stage).toHaveText("disqualified");

  // The manager's funnel counts the SQL and the competitor under its source.
  await signInAs(page, "manager@pellet.example");
  await page.goto("/funnel");
  const conversion = page.getByRole("region", { name: "Conversion by stage" });
  await expect(conversion).toContainText("SQL");
  const reasons = page.getByRole("region", { name: "Disqualification reasons" });
  await expect(reasons).toContainText("Competitor");
  await expect(reasons).toContainText(rival.source);
  const bySource = page.getByRole("region", { name: "MQL to SQL by source" });
  await expect(bySource).toContainText(prospect.source);
  await keepScreenshot(page, testInfo, "funnel");
});

test("rep cannot open another rep's lead", async ({ page, hostSite }) => {
  const suffix = randomUUID().slice(0, 6);
  const prospect = { name: `Ana Ferreira ${suffix}`, email: `ana.${suffix}@moldworks.example`, source: "newsletter" };
  await submitEmbeddedSampleRequest(page, hostSite, prospect);

  await signInAs(page, "rep2@pellet.example");
  await page.goto("/queue");
  await page.getByRole("row", { name: new RegExp(prospect.name) }).getByRole("link", { name: prospect.name }).click();
  await new LeadPage(page).claim();
  const leadUrl = page.url();

  await signInAs(page, "rep3@pellet.example");
  const response = await page.goto(leadUrl);

  expect(response?.status()).toBe(404);
  await page.goto("/queue");
  await expect(page.getByRole("row", { name: new RegExp(prospect.name) })).toHaveCount(0);
});

test("sign-in form rejects a wrong password", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("rep1@pellet.example");
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();

  await expect(page.getByRole("main").getByRole("alert")).toContainText("Sign-in failed");
  await expect(page).toHaveURL(/\/sign-in$/);
});
