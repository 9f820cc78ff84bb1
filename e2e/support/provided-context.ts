/** What global-setup hands to the test files (through vitest's provide/inject). */
declare module "vitest" {
  export interface ProvidedContext {
    /** The running server, e.g. http://127.0.0.1:41234; empty when the suite is skipped. */
    baseUrl: string;
    /** Why the browser suite cannot run here; empty when it can. */
    skipReason: string;
    /** An admin made with `painplan create-admin` before the server started (empty when skipped). */
    admin: { email: string; password: string };
  }
}

export const chromiumPath = "/usr/bin/chromium";
