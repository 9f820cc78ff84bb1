import type { Page } from "playwright-core";

export class SafetyResultsPage {
  constructor(private readonly page: Page) {}

  readonly heading = () =>
    this.page.getByRole("heading", { level: 1, name: "Your safety results" });
  /**
   * The card that holds one therapy, found by its name: therapies that say the same share a
   * card, which links to each of them (in its fold).
   */
  readonly therapy = (name: string) =>
    this.page.locator(".verdict-item").filter({
      has: this.page.locator("a").filter({ hasText: new RegExp(`^${escapeRegExp(name)}$`) }),
    });
  /** The summary at the top ("In short"). */
  readonly summary = () => this.page.getByRole("region", { name: "In short" });

  async goto(): Promise<void> {
    await this.page.goto("/safety/results");
    await this.heading().waitFor();
  }

  async waitUntilShown(): Promise<void> {
    await this.page.waitForURL((url) => url.pathname === "/safety/results");
    await this.heading().waitFor();
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
