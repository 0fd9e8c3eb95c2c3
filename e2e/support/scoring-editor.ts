import type { Locator, Page } from "@playwright/test";

/** A rule as marketing enters it: option labels as shown in the editor, not stored values. `value` is an option of a choice field. */
export type RuleInput = { label: string; dimension: string; field: string; operator: string; value: string; points: string };

/** The scoring draft editor at /scoring/draft, driven through the accessible names of its inputs. */
export class ScoringDraftEditor {
  constructor(private readonly page: Page) {}

  get ruleLabelInputs(): Locator {
    return this.page.getByRole("textbox", { name: /^Rule \d+ label$/ });
  }

  /** Returns an input of rule `number` (1-based), such as ruleInput(20, "points"). */
  ruleInput(number: number, name: string): Locator {
    return this.page.getByLabel(`Rule ${number} ${name}`, { exact: true });
  }

  get saveButton(): Locator {
    return this.page.getByRole("button", { name: "Save draft" });
  }

  get previewButton(): Locator {
    return this.page.getByRole("button", { name: "Preview", exact: true });
  }

  get preview(): Locator {
    return this.page.getByTestId("draft-preview");
  }

  /** Returns the value of a figure in the preview, such as previewFigure("Leads scored"). */
  previewFigure(term: string): Locator {
    return this.preview.locator(`dt:text-is("${term}") + dd`);
  }

  get saveSection(): Locator {
    return this.page.getByRole("region", { name: "Save and preview" });
  }

  get noteInput(): Locator {
    return this.page.getByLabel("What changed and why");
  }

  publishButton(version: number): Locator {
    return this.page.getByRole("button", { name: `Publish version ${version}` });
  }

  /** Add a rule at the end of the table and fill it, then return its row number. */
  async addRule(rule: RuleInput): Promise<number> {
    const number = (await this.ruleLabelInputs.count()) + 1;
    await this.page.getByRole("button", { name: "Add rule" }).click();

    await this.ruleInput(number, "label").fill(rule.label);
    await this.ruleInput(number, "dimension").selectOption({ label: rule.dimension });
    await this.ruleInput(number, "field").selectOption({ label: rule.field });
    await this.ruleInput(number, "operator").selectOption({ label: rule.operator });
    await this.ruleInput(number, "value").selectOption({ label: rule.value });
    await this.ruleInput(number, "points").fill(rule.points);

    return number;
  }
}
