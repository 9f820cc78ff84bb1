import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { expect } from "vitest";

const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Runs axe on the page as it is now; fails listing each violation with the elements it hit. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  const violations = results.violations.map((violation) => {
    const targets = violation.nodes.map((node) => JSON.stringify(node.target)).join(", ");
    return `${violation.id} (${violation.impact ?? "unknown"}): ${violation.help} — ${targets}`;
  });
  expect(violations, `axe found violations on ${page.url()}`).toEqual([]);
}
