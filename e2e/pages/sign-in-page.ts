import type { Page } from "playwright-core";

export class SignInPage {
  constructor(private readonly page: Page) {}

  readonly heading = () =>
    this.page.getByRole("heading", { level: 1, name: "Sign in to PainPlan" });
  readonly email = () => this.page.getByLabel("Email", { exact: true });
  readonly password = () => this.page.getByLabel("Password", { exact: true });
  readonly errorSummary = () => this.page.getByRole("alert");
  readonly notice = () => this.page.getByRole("status").filter({ hasText: "You are signed out." });
  readonly erasedNotice = () =>
    this.page.getByRole("status").filter({ hasText: "Your account and all its data are deleted." });

  async goto(): Promise<void> {
    await this.page.goto("/sign-in");
    await this.heading().waitFor();
  }

  async waitUntilShown(): Promise<void> {
    await this.page.waitForURL(/\/sign-in(\?|$)/);
    await this.heading().waitFor();
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.email().fill(email);
    await this.password().fill(password);
    await this.page.getByRole("button", { name: "Sign in", exact: true }).click();
  }
}
