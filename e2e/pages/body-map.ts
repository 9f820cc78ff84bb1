import type { Locator, Page } from "playwright-core";

/** The body map inside a page (profile or diary entry), found by its heading. */
export class BodyMap {
  readonly root: () => Locator;

  constructor(
    private readonly page: Page,
    heading: string,
  ) {
    const root = page.getByRole("region", { name: heading });
    this.root = () => root;
  }

  readonly listToggle = () => this.root().getByText("Choose areas from a list");
  /** Found even while the list is folded away (the checkbox still holds the choice). */
  readonly regionCheckbox = (label: string) =>
    this.root().getByRole("checkbox", { name: label, exact: true, includeHidden: true });
  readonly count = () => this.root().getByRole("status");
  readonly viewButton = (view: "Front" | "Back") =>
    this.root().getByRole("button", { name: view, exact: true });
  /** The drawn shape: hidden from assistive technology, so found by its data attribute. */
  readonly shape = (regionId: string) => this.root().locator(`[data-region="${regionId}"]`);
  readonly intensityGroup = (label: string) =>
    this.root().getByRole("group", {
      name: new RegExp(`^${label}: how strong`),
      includeHidden: true,
    });

  async tapShape(view: "Front" | "Back", regionId: string): Promise<void> {
    await this.viewButton(view).click();
    await this.shape(regionId).click();
  }

  /** Quick choices such as "Both feet". */
  readonly shortcut = (name: string) =>
    this.root().getByRole("group", { name: "Quick choices" }).getByRole("button", { name });
  /** The "same for all chosen areas" answer. */
  readonly sharedIntensity = () =>
    this.root().getByRole("group", { name: /^All \d+ chosen areas: how strong/ });
  readonly sharedQuality = (label: string) =>
    this.root()
      .getByRole("group", { name: "How does it feel in all of them? (optional)" })
      .getByText(label, { exact: true });
  /** A chosen area's one-line summary, when several areas are chosen (its answers fold away). */
  readonly foldedArea = (label: string) =>
    this.root()
      .locator(".region-details__fold-summary")
      .filter({
        has: this.page.getByText(label, { exact: true }),
      });

  async rateAll(intensity: number): Promise<void> {
    await this.sharedIntensity()
      .locator("label")
      .filter({ has: this.page.locator(`input[value="${intensity}"]`) })
      .click();
  }

  async rate(label: string, intensity: number): Promise<void> {
    const folded = this.foldedArea(label);
    if ((await folded.count()) > 0 && !(await this.intensityGroup(label).isVisible())) {
      await folded.click();
    }
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
