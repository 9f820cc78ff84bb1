import type { Page } from "playwright-core";

export class QuestionnairesPage {
  constructor(private readonly page: Page) {}

  readonly heading = () => this.page.getByRole("heading", { level: 1, name: "Questionnaires" });
  readonly resultHeading = () => this.page.getByRole("heading", { level: 1, name: "Your result" });
  readonly card = (title: RegExp) => this.page.getByRole("article", { name: title });
  readonly crisisSupport = () => this.page.getByRole("complementary", { name: "Need help now?" });
  readonly submitButton = () => this.page.getByRole("button", { name: "See my result" });

  async goto(): Promise<void> {
    await this.page.goto("/questionnaires");
    await this.heading().waitFor();
    await this.page.getByRole("article").first().waitFor();
  }

  async start(shortTitle: string): Promise<void> {
    await this.page.getByRole("link", { name: `Start ${shortTitle}` }).click();
    await this.submitButton().waitFor();
  }

  /** Answers question `number` (1-based) by clicking the option with that stored value. */
  async answer(number: number, value: number): Promise<void> {
    await this.page
      .getByRole("group", { name: new RegExp(`^${number}\\. `) })
      .locator("label")
      .filter({ has: this.page.locator(`input[value="${value}"]`) })
      .click();
  }

  /** Choice questions: the option by its words. */
  async choose(number: number, label: string): Promise<void> {
    await this.page
      .getByRole("group", { name: new RegExp(`^${number}\\. `) })
      .getByRole("radio", { name: label, exact: true })
      .check();
  }

  async submit(): Promise<void> {
    await this.submitButton().click();
    await this.resultHeading().waitFor();
  }
}
