import type { BrowserContext } from "playwright-core";

/**
 * A state-changing API call as the person signed in on this context, for setting up a journey
 * (the CSRF token is echoed from its cookie, as the web app does). Fails loudly on anything but 200.
 */
export async function putAsPerson(
  context: BrowserContext,
  path: (userId: string) => string,
  data: object,
): Promise<void> {
  const me = (await (await context.request.get("/api/me")).json()) as { user: { id: string } };
  const csrf = (await context.cookies()).find((cookie) => cookie.name === "pp_csrf")?.value ?? "";
  const response = await context.request.put(path(me.user.id), {
    headers: { "x-csrf-token": csrf },
    data,
  });
  if (response.status() !== 200) {
    throw new Error(
      `PUT ${path(me.user.id)} failed: ${response.status()} ${await response.text()}`,
    );
  }
}
