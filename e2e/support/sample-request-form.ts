import type { FrameLocator, Locator, Page } from "@playwright/test";

/** Answers as a prospect picks them: option labels as shown, not stored values. */
export type SampleRequestAnswers = {
  application?: string;
  polymer?: string;
  timeline?: string;
  processingMethod?: string;
  annualVolume?: string;
  compliance?: string[];
  name?: string;
  email?: string;
  company?: string;
  country?: string;
  consent?: boolean;
};

// Field labels from lib/forms/catalog.ts; the demo "sample-request" form marks these fields required.
const SELECT_LABELS = {
  application: "Application / end-use industry",
  polymer: "Polymer type or product family",
  timeline: "Project timeline",
  processingMethod: "Processing method",
  annualVolume: "Expected annual volume",
  country: "Country",
} as const;

const TEXT_LABELS = {
  name: "Full name",
  email: "Work email",
  company: "Company",
} as const;

/**
 * The sample-request form, on the hosted page or inside the embed iframe,
 * driven through its labels as a person would read them.
 */
export class SampleRequestForm {
  constructor(private readonly scope: Page | FrameLocator) {}

  field(label: string): Locator {
    return this.scope.getByLabel(label, { exact: true });
  }

  complianceOption(label: string): Locator {
    return this.scope.getByRole("group", { name: "Compliance requirements" }).getByRole("checkbox", { name: label, exact: true });
  }

  get consent(): Locator {
    return this.scope.getByRole("checkbox", { name: /I agree that the supplier may store my details/ });
  }

  get submitButton(): Locator {
    return this.scope.getByRole("button", { name: "Send request" });
  }

  /** Form-level message shown above the fields when the server rejects the submission. */
  get formError(): Locator {
    // Inside <main>: with JavaScript on, Next.js adds an empty route announcer with role "alert" to the body.
    return this.scope.getByRole("main").getByRole("alert");
  }

  get thankYou(): Locator {
    return this.scope.getByRole("main").getByRole("status");
  }

  /** Fill the given answers; fields left out keep their current value. */
  async fill(answers: SampleRequestAnswers): Promise<void> {
    for (const [key, label] of Object.entries(SELECT_LABELS)) {
      const option = answers[key as keyof typeof SELECT_LABELS];
      if (option !== undefined) await this.field(label).selectOption({ label: option });
    }
    for (const option of answers.compliance ?? []) await this.complianceOption(option).check();
    for (const [key, label] of Object.entries(TEXT_LABELS)) {
      const value = answers[key as keyof typeof TEXT_LABELS];
      if (value !== undefined) await this.field(label).fill(value);
    }
    if (answers.consent !== undefined) await this.consent.setChecked(answers.consent);
  }

  async submit(): Promise<void> {
    await this.submitButton.click();
  }
}
