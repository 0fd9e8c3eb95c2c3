import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";

import { expect, test as base, type Browser, type Page } from "@playwright/test";

import { startHostSite, type HostSite } from "./support/host-site";
import { SampleRequestForm, type SampleRequestAnswers } from "./support/sample-request-form";
import { findLeadScoreByEmail } from "./support/scoring-database";
import { ScoringDraftEditor } from "./support/scoring-editor";
import { signInAs } from "./support/auth";

const test = base.extend<{ hostSite: HostSite }>({
  hostSite: async ({}, use) => {
    const site = await startHostSite("sample-request");
    await use(site);
    await site.close();
  },
});

const RULE_LABEL = "Automotive PA66 bonus";

/** Press the discard button twice, as its confirmation requires, and wait for the scoring page's notice. */
async function discardDraft(page: Page, version: number): Promise<void> {
  await page.getByRole("button", { name: "Discard draft", exact: true }).click();
  await page.getByRole("button", { name: `Press again to discard draft version ${version}` }).click();
  await expect(page).toHaveURL(new RegExp(`/scoring\\?discarded=${version}$`));
  await expect(page.getByRole("status").filter({ hasText: "was discarded" })).toHaveText(`Draft version ${version} was discarded.`);
}

/** Submit the embedded sample-request form from the host site in a browser context of the prospect's own, without the marketing session. */
async function submitAsProspect({ browser, hostSite, answers }: { browser: Browser; hostSite: HostSite; answers: SampleRequestAnswers }): Promise<void> {
  const prospect = await browser.newContext();
  const page = await prospect.newPage();
  await page.goto(hostSite.url);
  const form = new SampleRequestForm(page.getByTitle("Request form").contentFrame());

  await form.fill({ ...answers, consent: true });
  await form.submit();
  await expect(form.thankYou).toContainText("Request received");
  await prospect.close();
}

/** Start a draft on the scoring page and return its version from the editor's heading. */
async function startDraft(page: Page): Promise<number> {
  await page.goto("/scoring");
  await page.getByRole("button", { name: "Start a draft from the active model" }).click();
  await expect(page).toHaveURL(/\/scoring\/draft$/);
  const heading = page.getByRole("heading", { level: 1, name: /^Scoring draft, version \d+$/ });
  await expect(heading).toBeVisible();

  return Number((await heading.textContent())!.match(/\d+$/)![0]);
}

test("invalid draft shows row error", async ({ page }) => {
  const editor = new ScoringDraftEditor(page);
  await signInAs(page, "marketing@pellet.example");
  const version = await startDraft(page);

  await editor.ruleInput(1, "points").fill("");
  await editor.saveButton.click();

  const message = "Rule 1 “Application in a served market” (points): Expected a finite number.";
  await expect(editor.saveSection.getByRole("alert")).toContainText(message);
  await expect(page.getByRole("region", { name: "Rules" }).getByText(message)).toBeVisible();
  await expect(editor.saveSection).toContainText("Unsaved changes.");
  await expect(editor.publishButton(version)).toBeDisabled();

  await discardDraft(page, version);
});

test("exported model imports as draft", async ({ page }) => {
  await signInAs(page, "marketing@pellet.example");
  await page.goto("/scoring");

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: /^Export the active model \(version \d+\)$/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^pellet-scoring-model-v\d+\.json$/);
  const exported = JSON.parse(await readFile(await download.path(), "utf8")) as { format: string; model: { mqlThreshold: number } };
  expect(exported.format).toBe("pellet-scoring-model");

  const fileInput = page.getByLabel("Model file (JSON)");
  const unreachable = { ...exported, model: { ...exported.model, mqlThreshold: 999 } };
  await fileInput.setInputFiles({ name: "unreachable.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(unreachable)) });
  await page.getByRole("button", { name: "Import as draft" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "cannot be saved" })).toContainText("No lead can reach the MQL threshold of 999");

  await fileInput.setInputFiles(await download.path());
  await page.getByRole("button", { name: "Import as draft" }).click();
  const imported = page.getByRole("status").filter({ hasText: "Imported" });
  await expect(imported).toHaveText(/^Imported “.+” from .+ as draft version \d+\.$/);
  const version = Number((await imported.textContent())!.match(/version (\d+)\.$/)![1]);

  await page.getByRole("link", { name: "Compare with the active model" }).click();
  await expect(page.getByText("The two score every lead alike.")).toBeVisible();

  await page.goto("/scoring");
  await discardDraft(page, version);
});

test("tuning page defines weak rules", async ({ page }) => {
  await signInAs(page, "marketing@pellet.example");
  await page.goto("/scoring/tuning?sort=sqlRate&order=asc");

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rule outcomes");
  await expect(page.getByText(/marked weak when it has at least 10 MQLs/)).toBeVisible();
  await expect(page.getByLabel("Sort by")).toHaveValue("sqlRate");
  await expect(page.getByLabel("Order")).toHaveValue("asc");
});

test("published rule scores new lead", async ({ page, browser, hostSite }, testInfo) => {
  const editor = new ScoringDraftEditor(page);
  // Scores 50 under the default model (PA66 15, compliance 10, sample request 25), so the 12-point bonus lifts it over the threshold of 60.
  await submitAsProspect({
    browser,
    hostSite,
    answers: {
      application: "Other",
      polymer: "PA66",
      timeline: "Later / evaluating",
      processingMethod: "Other",
      annualVolume: "Under 1 t",
      compliance: ["REACH"],
      name: "Petra Early",
      email: `pa66.early.${randomUUID().slice(0, 8)}@gearworks.example`,
      company: "Gearworks Antriebstechnik GmbH",
      country: "Germany",
    },
  });
  await signInAs(page, "marketing@pellet.example");
  const version = await startDraft(page);

  const ruleNumber = await editor.addRule({
    label: RULE_LABEL,
    dimension: "Fit",
    field: "Answer: Polymer type or product family",
    operator: "equals",
    value: "PA66",
    points: "12",
  });
  await expect(editor.ruleInput(ruleNumber, "label")).toHaveValue(RULE_LABEL);
  const editorShot = testInfo.outputPath("scoring-editor.png");
  await page.screenshot({ path: editorShot, fullPage: true });
  await testInfo.attach("scoring editor", { path: editorShot, contentType: "image/png" });

  await editor.saveButton.click();
  await expect(editor.saveSection.getByRole("status").filter({ hasText: /^Draft version/ })).toHaveText(`Draft version ${version} saved.`);
  await expect(editor.saveSection).toContainText("All changes saved.");

  await editor.previewButton.click();
  await expect(editor.preview).toBeVisible();
  await expect(editor.preview).toContainText("Leads scored");
  await expect(editor.preview).toContainText(`MQLs under the draft (version ${version})`);
  expect(Number(await editor.previewFigure("Leads scored").textContent())).toBeGreaterThan(0);
  const becomeMql = await editor.preview.getByRole("heading", { name: /^Would become MQL: \d+$/ }).textContent();
  expect(Number(becomeMql!.match(/\d+$/)![0])).toBeGreaterThan(0);
  await expect(editor.preview.getByRole("heading", { name: /^Would stop being MQL: \d+$/ })).toBeVisible();
  await expect(editor.previewFigure("Mean score change")).toHaveText(/^\+\d+\.\d points$/);
  const previewShot = testInfo.outputPath("scoring-preview.png");
  await editor.preview.screenshot({ path: previewShot });
  await testInfo.attach("scoring preview", { path: previewShot, contentType: "image/png" });

  await editor.noteInput.fill("Automotive PA66 molders convert well; add a 12-point fit bonus for PA66.");
  await editor.publishButton(version).click();
  await expect(page).toHaveURL(new RegExp(`/scoring\\?published=${version}$`));
  await expect(page.getByRole("status").filter({ hasText: "now the active model" })).toHaveText(
    `Version ${version} is now the active model. New submissions are scored with it.`,
  );

  const email = `pa66.buyer.${randomUUID().slice(0, 8)}@gearworks.example`;
  await submitAsProspect({
    browser,
    hostSite,
    answers: {
      application: "Automotive",
      polymer: "PA66",
      timeline: "Within 3 months",
      processingMethod: "Injection molding",
      annualVolume: "10–100 t",
      name: "Greta Gearworks",
      email,
      company: "Gearworks Antriebstechnik GmbH",
      country: "Germany",
    },
  });

  const lead = await findLeadScoreByEmail(email);
  expect(lead).not.toBeNull();
  expect(lead!.scoring_model_version).toBe(version);
  expect(lead!.score_breakdown.fired.map((rule) => rule.label)).toContain(RULE_LABEL);

  await page.goto(`/leads/${lead!.lead_id}`);
  const scorePanel = page.getByRole("region", { name: /^Score \d+/ });
  await expect(scorePanel.getByRole("heading")).toContainText(`model version ${version}`);
  const ruleRow = scorePanel.getByRole("row", { name: new RegExp(`^${RULE_LABEL}`) });
  await expect(ruleRow).toContainText("fit");
  await expect(ruleRow).toContainText("+12");
});
