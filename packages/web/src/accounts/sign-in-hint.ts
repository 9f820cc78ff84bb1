import { readCsrfToken } from "../api/csrf-token";

/**
 * Whether someone may be signed in in this browser, known without asking the server: the
 * server sets the JS-readable `pp_csrf` cookie together with the HttpOnly session cookie and
 * clears both together. False means nobody is signed in; true means `/api/me` decides (the
 * session may have expired).
 */
export function mayBeSignedIn(cookies: string = document.cookie): boolean {
  return readCsrfToken(cookies) !== undefined;
}
