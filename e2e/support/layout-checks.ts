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

/**
 * The sum of the page's layout shifts so far that no input caused (Chromium's `layout-shift`
 * entries): an upper bound of its CLS, which counts the worst 5-second window only.
 */
export async function layoutShiftSoFar(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        type LayoutShift = PerformanceEntry & { value: number; hadRecentInput: boolean };
        new PerformanceObserver((list, observer) => {
          observer.disconnect();
          const shifts = list.getEntries() as LayoutShift[];
          resolve(shifts.filter((shift) => !shift.hadRecentInput).reduce((s, e) => s + e.value, 0));
        }).observe({ type: "layout-shift", buffered: true });
        // With no shift at all, the observer is never called.
        setTimeout(() => {
          resolve(0);
        }, 500);
      }),
  );
}
