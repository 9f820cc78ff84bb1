import type { Page } from "playwright-core";
import { BodyMap } from "./body-map.js";

export class ProfilePage {
  constructor(private readonly page: Page) {}

  readonly heading = () => this.page.getByRole("heading", { level: 1, name: "Your pain profile" });
  readonly bodyMap = () => new BodyMap(this.page, "Where it usually hurts");
  readonly cause = (label: string) => this.page.getByRole("checkbox", { name: label });
  readonly savedMessage = () =>
    this.page.getByRole("status").filter({ hasText: "Your pain profile is saved." });
  readonly saveButton = () => this.page.getByRole("button", { name: "Save my pain profile" });
  readonly errorSummary = () => this.page.getByRole("alert");
  readonly medicineField = (index: number, label: string) =>
    this.page.locator(`#profile-medication-${index}-${label}`);
  readonly learnLink = () =>
    this.page.getByRole("link", { name: "Understanding neuropathic pain" });

  async goto(): Promise<void> {
    await this.page.goto("/profile");
    await this.heading().waitFor();
    await this.saveButton().waitFor();
  }

  async addMedicine(medicine: {
    name: string;
    dose: string;
    unit: string;
    frequency: string;
  }): Promise<void> {
    await this.page.getByRole("button", { name: "Add a medicine" }).click();
    const index = (await this.page.locator("[id^='profile-medication-'][id$='-name']").count()) - 1;
    await this.medicineField(index, "name").fill(medicine.name);
    await this.medicineField(index, "dose").fill(medicine.dose);
    await this.medicineField(index, "unit").fill(medicine.unit);
    await this.medicineField(index, "frequency").fill(medicine.frequency);
  }

  async save(): Promise<void> {
    await this.saveButton().click();
    await this.savedMessage().waitFor();
  }
}
