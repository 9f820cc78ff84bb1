import type { Locator, Page } from "playwright-core";

/** The body map inside a page (profile or diary entry), found by its heading. */
export class BodyMap {
  private readonly root: Locator;

  constructor(
    private readonly page: Page,
    heading: string,
  ) {
    this.root = page.getByRole("region", { name: heading });
  }

  readonly listToggle = () => this.root.getByText("Choose areas from a list");
  /** Found even while the list is folded away (the checkbox still holds the choice). */
  readonly regionCheckbox = (label: string) =>
    this.root.getByRole("checkbox", { name: label, exact: true, includeHidden: true });
  readonly count = () => this.root.getByRole("status");
  readonly viewButton = (view: "Front" | "Back") =>
    this.root.getByRole("button", { name: view, exact: true });
  /** The drawn shape: hidden from assistive technology, so found by its data attribute. */
  readonly shape = (regionId: string) => this.root.locator(`[data-region="${regionId}"]`);
  readonly intensityGroup = (label: string) =>
    this.root.getByRole("group", { name: new RegExp(`^${label}: how strong`) });

  async tapShape(view: "Front" | "Back", regionId: string): Promise<void> {
    await this.viewButton(view).click();
    await this.shape(regionId).click();
  }

  async rate(label: string, intensity: number): Promise<void> {
    await this.intensityGroup(label)
      .locator("label")
      .filter({ has: this.page.locator(`input[value="${intensity}"]`) })
      .click();
  }

  async checkedIntensity(label: string): Promise<string | null> {
    const checked = this.intensityGroup(label).locator("input:checked");
    return (await checked.count()) === 0 ? null : checked.getAttribute("value");
  }
}
