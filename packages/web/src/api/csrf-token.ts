/**
 * Set by the server beside the HttpOnly session cookie, readable so we can echo it back. Over
 * TLS the server names it with the `__Host-` prefix.
 */
const csrfCookieNames = new Set(["__Host-pp_csrf", "pp_csrf"]);

export function readCsrfToken(cookies: string = document.cookie): string | undefined {
  for (const part of cookies.split(";")) {
    const separator = part.indexOf("=");
    if (separator === -1) continue;
    if (csrfCookieNames.has(part.slice(0, separator).trim())) {
      return decodeURIComponent(part.slice(separator + 1).trim());
    }
  }
  return undefined;
}
