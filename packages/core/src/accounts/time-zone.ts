/**
 * IANA time zones, checked with the platform's Intl database (pure: no clock, no I/O).
 * Returns the canonical spelling (e.g. "europe/paris" -> "Europe/Paris") or undefined.
 */
export function canonicalTimeZone(candidate: string): string | undefined {
  // Intl accepts offsets such as "+01:00" too; we only store named zones.
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(candidate)) return undefined;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: candidate }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

export function isTimeZone(candidate: string): boolean {
  return canonicalTimeZone(candidate) !== undefined;
}
