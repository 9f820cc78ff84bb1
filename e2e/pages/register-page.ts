import type { Page } from "playwright-core";
import type { Person } from "../support/people.js";

export class RegisterPage {
  constructor(private readonly page: Page) {}

  readonly heading = () => this.page.getByRole("heading", { level: 1, name: "Create an account" });
  readonly displayName = () => this.page.getByLabel("Your name");
  readonly email = () => this.page.getByLabel("Email", { exact: true });
  readonly password = () => this.page.getByLabel("Password", { exact: true });
  readonly timeZone = () => this.page.getByLabel("Time zone");
  readonly errorSummary = () => this.page.getByRole("alert");

  async goto(): Promise<void> {
    await this.page.goto("/register");
    await this.heading().waitFor();
  }

  async fill(person: Person): Promise<void> {
    await this.displayName().fill(person.displayName);
    await this.email().fill(person.email);
    await this.password().fill(person.password);
    await this.timeZone().selectOption(person.timeZone);
    const role = person.role === "patient" ? "I live with pain" : "I treat people";
    await this.page.getByRole("radio", { name: role }).check();
  }

  async submit(): Promise<void> {
    await this.page.getByRole("button", { name: "Create my account" }).click();
  }
}
