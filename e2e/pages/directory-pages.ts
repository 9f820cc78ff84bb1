import type { Page } from "playwright-core";

/** The directory's search page: filters in the address, result cards, the compare bar. */
export class DirectorySearchPage {
  constructor(private readonly page: Page) {}

  readonly heading = () => this.page.getByRole("heading", { level: 1, name: "Find a therapist" });
  readonly search = () => this.page.getByRole("searchbox", { name: "Search" });
  readonly near = () => this.page.getByRole("textbox", { name: "Near postal code" });
  readonly within = () => this.page.getByRole("combobox", { name: "Within" });
  readonly therapy = () => this.page.getByRole("combobox", { name: "Therapy" });
  readonly order = () => this.page.getByRole("combobox", { name: "Order" });
  readonly maxPrice = () => this.page.getByRole("textbox", { name: /^At most, for/ });
  readonly option = (label: string) => this.page.getByRole("checkbox", { name: label });
  readonly status = () => this.page.locator(".directory-count");
  readonly cards = () => this.page.locator(".practitioner-card");
  readonly card = (name: string) => this.cards().filter({ hasText: name });
  readonly cardNames = () => this.page.locator(".practitioner-card h3");
  /** The folded filters (therapy, price, yes/no choices): open before choosing one. */
  readonly filters = () => this.page.locator("summary", { hasText: /^Filters/ });
  readonly compareBar = () => this.page.getByRole("complementary", { name: "Compare" });

  async goto(query = ""): Promise<void> {
    await this.page.goto(`/directory${query}`);
    await this.heading().waitFor();
  }

  compareButton(name: string) {
    return this.card(name).getByRole("button", { name: /^Compare/ });
  }

  saveButton(name: string) {
    return this.card(name).getByRole("button", { name: /^(Save|Saved)/ });
  }
}
