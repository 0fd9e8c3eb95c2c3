import { randomUUID } from "node:crypto";

import { expect, test } from "@playwright/test";

import { findSubmissionsByEmail } from "./support/database";
import { SampleRequestForm } from "./support/sample-request-form";

test("answers survive a validation error", async ({ page }) => {
  const email = `lena.koch.${randomUUID().slice(0, 8)}@moldworks.example`;
  const form = new SampleRequestForm(page);

  await page.goto("/f/sample-request");
  await form.fill({
    application: "Automotive",
    polymer: "PA66",
    timeline: "3–12 months",
    processingMethod: "Injection molding",
    annualVolume: "100–1,000 t",
    compliance: ["UL 94"],
    name: "Lena Koch",
    email: "lena.koch@",
    company: "Moldworks GmbH",
    country: "Austria",
    consent: true,
  });
  await form.submit();

  await expect(form.formError).toContainText("Some answers need another look");
  await expect(form.field("Work email")).toHaveAccessibleDescription("Enter a valid email address, such as ana@example.com.");
  // The button is enabled again once the action has finished, including React's form reset that follows it.
  await expect(form.submitButton).toBeEnabled();
  await expect(form.field("Application / end-use industry")).toHaveValue("automotive");
  await expect(form.field("Polymer type or product family")).toHaveValue("PA66");
  await expect(form.field("Project timeline")).toHaveValue("3to12m");
  await expect(form.field("Processing method")).toHaveValue("injection");
  await expect(form.field("Expected annual volume")).toHaveValue("100to1000t");
  await expect(form.field("Country")).toHaveValue("AT");
  await expect(form.field("Full name")).toHaveValue("Lena Koch");
  await expect(form.complianceOption("UL 94")).toBeChecked();
  await expect(form.consent).toBeChecked();

  await form.fill({ email });
  await form.submit();

  await expect(form.thankYou).toContainText("Request received");
  const rows = await findSubmissionsByEmail(email);
  expect(rows).toHaveLength(1);
  const stored = rows[0]!;
  expect(stored.channel).toBe("hosted");
  expect(stored.country).toBe("AT");
  expect(stored.answers).toEqual({
    application: "automotive",
    polymer: "PA66",
    timeline: "3to12m",
    processingMethod: "injection",
    annualVolume: "100to1000t",
    compliance: ["ul94"],
  });
});
