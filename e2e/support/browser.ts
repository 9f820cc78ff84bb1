import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from "playwright-core";
import { chromiumPath } from "./provided-context.js";

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export type AppSession = {
  context: BrowserContext;
  page: Page;
  /** CSP violations and uncaught errors seen so far: the test fails if any remain. */
  problems: string[];
  /** Other console errors (e.g. the expected 401 of /api/me), shown only to explain a failure. */
  diagnostics: string[];
};

/** Chrome reports CSP violations as console errors that start with "Refused to …". */
function isCspViolation(text: string): boolean {
  return text.includes("Content Security Policy") || text.startsWith("Refused to");
}

type CspReport = { directive: string; blocked: string; source: string; line: number };

/**
 * Chrome logs only some CSP violations to the console (a caught `new Function` is silent), so
 * each page also listens for the DOM's securitypolicyviolation event and reports back through a
 * binding. Init scripts and bindings come from the DevTools protocol, so the CSP does not apply.
 */
async function reportCspViolations(context: BrowserContext, problems: string[]): Promise<void> {
  await context.exposeBinding("reportCspViolation", (_source, report: CspReport) => {
    const where = `${report.source}:${report.line}`;
    problems.push(`CSP violation: ${report.directive} blocked ${report.blocked} at ${where}`);
  });
  await context.addInitScript(() => {
    const report = (window as unknown as { reportCspViolation: (report: CspReport) => void })
      .reportCspViolation;
    document.addEventListener("securitypolicyviolation", (event) => {
      report({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        source: event.sourceFile,
        line: event.lineNumber,
      });
    });
  });
}

/** A fresh context (no cookies, no storage) with one page, watched for CSP violations. */
export async function openSession(
  browser: Browser,
  baseUrl: string,
  options: BrowserContextOptions = {},
): Promise<AppSession> {
  const context = await browser.newContext({ baseURL: baseUrl, locale: "en-GB", ...options });
  const problems: string[] = [];
  const diagnostics: string[] = [];
  await reportCspViolations(context, problems);
  const page = await context.newPage();
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    if (isCspViolation(message.text())) problems.push(`CSP violation: ${message.text()}`);
    else diagnostics.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`Uncaught error: ${error.message}`));
  return { context, page, problems, diagnostics };
}
