import type { Page } from "playwright-core";

export type Answer = "Yes" | "No" | "Not sure";

/** The safety questions wizard: one step at a time, saved at each step. */
export class SafetyIntakePage {
  constructor(private readonly page: Page) {}

  readonly heading = () => this.page.getByRole("heading", { level: 1, name: "Safety questions" });
  readonly stepHeading = (title: string) =>
    this.page.getByRole("heading", { level: 2, name: title, exact: true });
  readonly progress = () => this.page.getByText(/^Step \d+ of \d+$/);
  readonly question = (text: string | RegExp) => this.page.getByRole("group", { name: text });
  readonly seekCareAlert = () =>
    this.page.getByRole("alert").filter({ has: this.page.getByRole("heading", { level: 2 }) });
  readonly saveButton = () => this.page.getByRole("button", { name: /^Save and/ });

  async goto(step?: number): Promise<void> {
    await this.page.goto(step === undefined ? "/safety/intake" : `/safety/intake?step=${step}`);
    await this.heading().waitFor();
  }

  async waitForStep(title: string): Promise<void> {
    await this.stepHeading(title).waitFor();
  }

  async answer(question: string | RegExp, answer: Answer): Promise<void> {
    await this.question(question).getByRole("radio", { name: answer, exact: true }).check();
  }

  /** Answers every yes/no question now on screen the same way (then override some). */
  async answerAll(answer: Answer): Promise<void> {
    const radios = this.page.locator("form").getByRole("radio", { name: answer, exact: true });
    for (const radio of await radios.all()) await radio.check();
  }

  /** Opens a group of the region list (a disclosure) and ticks a region in it. */
  async tickRegion(group: string, region: string): Promise<void> {
    const section = this.page.locator("details").filter({ hasText: group });
    if ((await section.first().getAttribute("open")) === null) {
      await section.first().locator("summary").click();
    }
    await section.first().getByRole("checkbox", { name: region, exact: true }).check();
  }

  async saveAndContinue(nextTitle: string): Promise<void> {
    await this.saveButton().click();
    await this.waitForStep(nextTitle);
  }
}
