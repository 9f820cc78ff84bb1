import type { Page } from "playwright-core";

/** Does the page scroll sideways? (WCAG 1.4.10 Reflow: it must not, down to 320 CSS px.) */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

/**
 * Visible controls smaller than 44 × 44 CSS px. A radio or checkbox counts as its whole label,
 * which is what a person actually taps.
 */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = "a[href], button, input, select, textarea, summary, [role='button']";
    const small: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      const isToggle =
        element instanceof HTMLInputElement && ["radio", "checkbox"].includes(element.type);
      const target = isToggle ? (element.closest("label") ?? element) : element;
      const box = target.getBoundingClientRect();
      const isVisible =
        box.width > 0 && box.height > 0 && getComputedStyle(target).visibility !== "hidden";
      // The skip link sits off-screen until focused; it is measured when shown.
      if (!isVisible || box.bottom < 0) continue;
      if (box.width < 44 || box.height < 44) {
        const name = target.textContent.trim().slice(0, 40) || target.id || target.tagName;
        small.push(
          `${target.tagName.toLowerCase()} "${name}" is ${Math.round(box.width)}×${Math.round(box.height)}`,
        );
      }
    }
    return small;
  });
}
