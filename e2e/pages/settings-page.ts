import type { Page } from "playwright-core";

export class SettingsPage {
  constructor(private readonly page: Page) {}

  readonly heading = () => this.page.getByRole("heading", { level: 1, name: "Settings" });
  readonly timeZone = () => this.page.getByLabel("Time zone");
  readonly savedMessage = () => this.page.getByRole("status").filter({ hasText: "Saved." });
  readonly currentPassword = () => this.page.getByLabel("Current password", { exact: true });
  readonly passwordChangedMessage = () =>
    this.page.getByRole("status").filter({ hasText: "Your password is changed." });

  async goto(): Promise<void> {
    await this.page.goto("/settings");
    await this.heading().waitFor();
  }

  async waitUntilShown(): Promise<void> {
    await this.page.waitForURL((url) => url.pathname === "/settings");
    await this.heading().waitFor();
  }

  async saveTimeZone(timeZone: string): Promise<void> {
    await this.timeZone().selectOption(timeZone);
    await this.page.getByRole("button", { name: "Save my details" }).click();
    await this.savedMessage().waitFor();
  }

  /** Chooses a country by its name ("United Kingdom", "Somewhere else") and saves. */
  async saveCountry(name: string): Promise<void> {
    await this.page.getByLabel("Country").selectOption({ label: name });
    await this.page.getByRole("button", { name: "Save my details" }).click();
    await this.savedMessage().waitFor();
  }

  async changePassword(currentPassword: string, newPassword: string): Promise<void> {
    await this.currentPassword().fill(currentPassword);
    await this.page.getByLabel("New password", { exact: true }).fill(newPassword);
    await this.page.getByRole("button", { name: "Change password" }).click();
  }

  readonly erasurePassword = () => this.page.getByLabel("Your password", { exact: true });
  readonly erasureConfirmed = () => this.page.getByRole("checkbox", { name: /I understand/ });
  readonly erasureErrors = () =>
    this.page.getByRole("alert").filter({ hasText: "Please check these answers" });
  readonly lastCopyLink = (format: "CSV" | "JSON") =>
    this.page.getByRole("link", { name: `Download your diary as ${format}`, exact: false });

  async deleteAccount(): Promise<void> {
    await this.page.getByRole("button", { name: "Delete my account" }).click();
  }

  async signOut(): Promise<void> {
    await this.page.getByRole("button", { name: "Sign out on this device" }).click();
  }
}
