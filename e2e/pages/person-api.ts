import type { BrowserContext } from "playwright-core";

/** An API path, or one built from the signed-in person's id (`/api/users/<id>/…`). */
type ApiPath = string | ((userId: string) => string);

/** The id of the person signed in on this context. */
export async function userIdOf(context: BrowserContext): Promise<string> {
  const me = (await (await context.request.get("/api/me")).json()) as { user: { id: string } };
  return me.user.id;
}

/** The header a write needs: the CSRF token echoed from its cookie, as the web app does. */
export async function csrfHeader(context: BrowserContext): Promise<Record<string, string>> {
  const csrf = (await context.cookies()).find((cookie) => cookie.name === "pp_csrf")?.value;
  return { "x-csrf-token": csrf ?? "" };
}

/**
 * A state-changing API call as the person signed in on this context, for setting up a journey.
 * Fails loudly unless the answer has `expectedStatus` (any 2xx when not given); returns the
 * JSON body (undefined when there is none).
 */
export async function sendAsPerson<T = unknown>(
  context: BrowserContext,
  method: "POST" | "PUT" | "PATCH" | "DELETE",
  path: ApiPath,
  data?: unknown,
  expectedStatus?: number,
): Promise<T> {
  const url = typeof path === "string" ? path : path(await userIdOf(context));
  const response = await context.request.fetch(url, {
    method,
    headers: await csrfHeader(context),
    data,
  });
  const fine = expectedStatus === undefined ? response.ok() : response.status() === expectedStatus;
  if (!fine) {
    throw new Error(`${method} ${url} failed: ${response.status()} ${await response.text()}`);
  }
  const text = await response.text();
  return (text === "" ? undefined : JSON.parse(text)) as T;
}

/** A POST that must create (201); returns the JSON body. */
export async function postAsPerson<T = unknown>(
  context: BrowserContext,
  path: ApiPath,
  data: unknown,
): Promise<T> {
  return sendAsPerson<T>(context, "POST", path, data, 201);
}

/** A PUT that must answer 200. */
export async function putAsPerson(
  context: BrowserContext,
  path: (userId: string) => string,
  data: object,
): Promise<void> {
  await sendAsPerson(context, "PUT", path, data, 200);
}
