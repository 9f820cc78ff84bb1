import type { Page } from "playwright-core";

export class TherapyLibraryPage {
  constructor(private readonly page: Page) {}

  readonly heading = () => this.page.getByRole("heading", { level: 1, name: "Therapy library" });
  readonly search = () => this.page.getByRole("searchbox", { name: "Search" });
  readonly kind = () => this.page.getByRole("combobox", { name: "Kind" });
  readonly suitsMe = () => this.page.getByRole("checkbox", { name: /Only what suits me/ });
  readonly count = () => this.page.locator(".library-count");
  readonly cards = () => this.page.locator(".therapy-card");
  readonly cardNames = () => this.page.locator(".therapy-card h3");

  async goto(): Promise<void> {
    await this.page.goto("/therapies");
    await this.heading().waitFor();
    await this.cards().first().waitFor();
  }

  async openTherapy(name: string): Promise<void> {
    await this.page.getByRole("link", { name, exact: true }).click();
  }
}
