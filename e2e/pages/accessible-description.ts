import type { Locator } from "playwright-core";

/** The text a screen reader reads after the field's name: its aria-describedby targets. */
export async function accessibleDescription(field: Locator): Promise<string> {
  return field.evaluate((element) => {
    const ids = (element.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
    return ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
  });
}
