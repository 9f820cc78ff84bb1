import type { Page } from "playwright-core";

export class SafetySheetPage {
  constructor(private readonly page: Page) {}

  readonly heading = () => this.page.getByRole("heading", { level: 1, name: "Your safety sheet" });
  readonly sheet = () => this.page.getByRole("article", { name: "Safety sheet" });
  readonly pdfLink = () => this.page.getByRole("link", { name: "Download the PDF" });
  readonly section = (title: string) => this.page.getByRole("region", { name: title });

  async waitUntilShown(): Promise<void> {
    await this.page.waitForURL((url) => url.pathname === "/safety/sheet");
    await this.heading().waitFor();
    await this.sheet().waitFor();
  }
}
