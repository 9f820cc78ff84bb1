import type { Page } from "playwright-core";

export class DashboardPage {
  constructor(private readonly page: Page) {}

  readonly heading = (displayName: string) =>
    this.page.getByRole("heading", { level: 1, name: `Hello, ${displayName}` });
  readonly navigation = () => this.page.getByRole("navigation", { name: "Main" });
  readonly menuButton = () => this.page.getByRole("button", { name: "Menu" });

  async goto(): Promise<void> {
    await this.page.goto("/");
  }

  async waitUntilShown(displayName: string): Promise<void> {
    await this.page.waitForURL((url) => url.pathname === "/");
    await this.heading(displayName).waitFor();
  }

  async openArea(name: string): Promise<void> {
    await this.navigation()
      .getByRole("link", { name: new RegExp(`^${name}`) })
      .click();
  }

  async signOut(): Promise<void> {
    await this.page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
  }
}
