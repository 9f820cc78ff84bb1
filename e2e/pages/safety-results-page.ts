import type { Page } from "playwright-core";

export class SafetyResultsPage {
  constructor(private readonly page: Page) {}

  readonly heading = () =>
    this.page.getByRole("heading", { level: 1, name: "Your safety results" });
  /** One therapy's entry in the results, found by its name. */
  readonly therapy = (name: string) =>
    this.page.getByRole("listitem").filter({
      has: this.page.getByRole("heading", { level: 3, name, exact: true }),
    });

  async goto(): Promise<void> {
    await this.page.goto("/safety/results");
    await this.heading().waitFor();
  }

  async waitUntilShown(): Promise<void> {
    await this.page.waitForURL((url) => url.pathname === "/safety/results");
    await this.heading().waitFor();
  }
}
