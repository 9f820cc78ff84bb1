const accountPages = ["/sign-in", "/register"];

/**
 * Where to go after signing in. Only paths on this site (no "//evil.example" or "https://…"), and
 * never back to the sign-in pages themselves.
 */
export function safeNextPath(raw: string | null): string {
  if (raw === null || !raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) {
    return "/";
  }
  const pathname = raw.split(/[?#]/)[0] ?? "/";
  return accountPages.includes(pathname) ? "/" : raw;
}

export function signInPathFor(next: string): string {
  return next === "/" ? "/sign-in" : `/sign-in?next=${encodeURIComponent(next)}`;
}
