import { randomUUID } from "node:crypto";

import { expect, test } from "@playwright/test";

import { findSubmissionsByEmail } from "./support/database";
import { SampleRequestForm } from "./support/sample-request-form";

// A browser with JavaScript off posts the form natively; the server action answers with a rendered page.
test.use({ javaScriptEnabled: false });

test("hosted form works without JavaScript", async ({ page }) => {
  const email = `ana.souza.${randomUUID().slice(0, 8)}@moldworks.example`;
  const form = new SampleRequestForm(page);

  await page.goto("/f/sample-request");
  await form.fill({
    application: "Packaging",
    polymer: "PP",
    processingMethod: "Injection molding",
    annualVolume: "10–100 t",
    compliance: ["FDA food contact"],
    name: "Ana Souza",
    email: "ana@",
    company: "Moldworks GmbH",
    country: "Germany",
    consent: true,
  });
  await form.submit();

  await expect(form.formError).toContainText("Some answers need another look");
  await expect(form.field("Work email")).toHaveAttribute("aria-invalid", "true");
  await expect(form.field("Work email")).toHaveAccessibleDescription("Enter a valid email address, such as ana@example.com.");
  await expect(form.field("Project timeline")).toHaveAttribute("aria-invalid", "true");
  await expect(form.field("Project timeline")).toHaveAccessibleDescription("Project timeline is required.");
  await expect(form.field("Full name")).not.toHaveAttribute("aria-invalid");
  await expect(form.field("Full name")).toHaveValue("Ana Souza");
  await expect(form.field("Work email")).toHaveValue("ana@");
  await expect(form.field("Company")).toHaveValue("Moldworks GmbH");
  await expect(form.field("Country")).toHaveValue("DE");
  await expect(form.field("Application / end-use industry")).toHaveValue("packaging");
  await expect(form.field("Polymer type or product family")).toHaveValue("PP");
  await expect(form.field("Processing method")).toHaveValue("injection");
  await expect(form.field("Expected annual volume")).toHaveValue("10to100t");
  await expect(form.field("Project timeline")).toHaveValue("");
  await expect(form.complianceOption("FDA food contact")).toBeChecked();
  await expect(form.complianceOption("REACH")).not.toBeChecked();
  await expect(form.consent).toBeChecked();

  await form.fill({ email, timeline: "Within 3 months" });
  await form.submit();

  await expect(form.thankYou).toContainText("Request received");
  await expect(form.thankYou).toContainText("Your sample request is confirmed");

  const rows = await findSubmissionsByEmail(email);
  expect(rows).toHaveLength(1);
  const stored = rows[0]!;
  expect(stored.channel).toBe("hosted");
  expect(stored.contact_name).toBe("Ana Souza");
  expect(stored.company_name).toBe("Moldworks GmbH");
  expect(stored.answers.timeline).toBe("lt3m");
  expect(stored.answers.compliance).toEqual(["fda_food_contact"]);
});
