import type { Page } from "playwright-core";

export class ForgotPasswordPage {
  constructor(private readonly page: Page) {}

  readonly heading = () =>
    this.page.getByRole("heading", { level: 1, name: "Forgot your password?" });
  readonly email = () => this.page.getByLabel("Email", { exact: true });
  readonly errorSummary = () => this.page.getByRole("alert");

  async waitUntilShown(): Promise<void> {
    await this.page.waitForURL(/\/forgot-password$/);
    await this.heading().waitFor();
  }

  async ask(email: string): Promise<void> {
    await this.email().fill(email);
    await this.page.getByRole("button", { name: "Send me a link" }).click();
  }
}

export class ResetPasswordPage {
  constructor(private readonly page: Page) {}

  readonly heading = () =>
    this.page.getByRole("heading", { level: 1, name: "Choose a new password" });
  readonly newPassword = () => this.page.getByLabel("New password", { exact: true });
  readonly done = () =>
    this.page.getByRole("heading", { level: 1, name: "Your new password is set" });

  async open(link: string): Promise<void> {
    const url = new URL(link);
    await this.page.goto(`${url.pathname}${url.hash}`);
    await this.heading().waitFor();
  }

  async choose(password: string): Promise<void> {
    await this.newPassword().fill(password);
    await this.page.getByRole("button", { name: "Set new password" }).click();
  }
}
