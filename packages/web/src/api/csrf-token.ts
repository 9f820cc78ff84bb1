/** Set by the server beside the HttpOnly session cookie, readable so we can echo it back. */
const csrfCookieName = "pp_csrf";

export function readCsrfToken(cookies: string = document.cookie): string | undefined {
  for (const part of cookies.split(";")) {
    const separator = part.indexOf("=");
    if (separator === -1) continue;
    if (part.slice(0, separator).trim() === csrfCookieName) {
      return decodeURIComponent(part.slice(separator + 1).trim());
    }
  }
  return undefined;
}
