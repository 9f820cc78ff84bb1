import type { Page } from "playwright-core";
import { BodyMap } from "./body-map.js";

/** The diary list, the entry form and the quick log (on the dashboard and the diary). */
export class DiaryPage {
  constructor(private readonly page: Page) {}

  readonly heading = () => this.page.getByRole("heading", { level: 1, name: "Diary" });
  readonly entryFormHeading = () =>
    this.page.getByRole("heading", { level: 1, name: "How are you now?" });
  readonly notice = (text: string) => this.page.getByRole("status").filter({ hasText: text });
  readonly bodyMap = () => new BodyMap(this.page, "Where it hurts");
  readonly entries = () => this.page.locator("article.entry-card");
  readonly day = (name: string) => this.page.getByRole("region", { name });
  readonly quickLogStatus = () => this.page.locator(".quick-log__confirmation");

  async goto(): Promise<void> {
    await this.page.goto("/diary");
    await this.heading().waitFor();
  }

  async gotoNewEntry(): Promise<void> {
    await this.page.goto("/diary/new");
    await this.entryFormHeading().waitFor();
    await this.page.getByRole("button", { name: "Save entry" }).waitFor();
  }

  /** Picks a number on one 0–10 scale, found by its question. */
  async choose(question: string, score: number): Promise<void> {
    await this.page
      .getByRole("group", { name: question })
      .locator("label")
      .filter({ has: this.page.locator(`input[value="${score}"]`) })
      .click();
  }

  async addTag(legend: string, tag: string): Promise<void> {
    const group = this.page.getByRole("group", { name: legend });
    await group.getByLabel(/^Add your own/).fill(tag);
    await group.getByRole("button", { name: /^Add/ }).click();
  }
}
