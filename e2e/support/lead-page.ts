import type { Locator, Page } from "@playwright/test";

const CHECKLIST_LABELS = [
  "Use case / application",
  "Product fit",
  "Commercial fit",
  "Buying stage and timeline",
  "Decision process",
  "Real business, reachable contact",
];

/** The dashboard's lead page, driven through its headings, labels and buttons. */
export class LeadPage {
  constructor(private readonly page: Page) {}

  get stage(): Locator {
    return this.page.getByTestId("lead-stage");
  }

  get scoreBreakdown(): Locator {
    return this.page.getByRole("region", { name: /^Score \d+/ });
  }

  attribution(key: string): Locator {
    return this.page.locator(`[data-attribution="${key}"]`);
  }

  form(name: string): Locator {
    return this.page.getByRole("form", { name });
  }

  async claim(): Promise<void> {
    await this.form("Claim lead").getByRole("button", { name: "Claim this lead" }).click();
    await this.page.getByRole("heading", { name: "Log a touch" }).waitFor();
  }

  async logCall(outcome: string, note: string): Promise<void> {
    const form = this.form("Log activity");
    await form.getByLabel("Type").selectOption({ label: "Call attempt" });
    await form.getByLabel("Outcome").selectOption({ label: outcome });
    await form.getByLabel("Note").fill(note);
    await form.getByRole("button", { name: "Log activity" }).click();
    await form.getByRole("status").filter({ hasText: "Activity logged." }).waitFor();
  }

  async completeChecklist(): Promise<void> {
    const form = this.form("Qualification checklist");
    for (const label of CHECKLIST_LABELS) {
      await form.getByRole("checkbox", { name: new RegExp(`^${label.replace(/[()/]/g, "\\$&")}`) }).check();
      await form.getByLabel(`${label} note`).fill(`${label}: confirmed on the call`);
    }
    await form.getByRole("button", { name: "Save checklist" }).click();
    await form.getByRole("status").filter({ hasText: "Checklist saved." }).waitFor();
  }

  async markSql(): Promise<void> {
    await this.form("Qualification checklist").getByRole("button", { name: "Save and mark as SQL" }).click();
  }

  async disqualify(reason: string): Promise<void> {
    const form = this.form("Disqualify lead");
    await form.getByLabel("Reason").selectOption({ label: reason });
    await form.getByRole("button", { name: "Disqualify" }).click();
  }
}
