/**
 * IANA time zones, checked with the platform's Intl database (pure: no clock, no I/O).
 * Returns the name to store, or undefined when the zone is unknown.
 *
 * The name is kept as the person chose it: ICU resolves current names to older aliases
 * ("Asia/Kolkata" -> "Asia/Calcutta", "Europe/Kyiv" -> "Europe/Kiev"), and people should see
 * the name they picked. Only letter case is corrected where ICU knows the same name.
 */
export function canonicalTimeZone(candidate: string): string | undefined {
  // Intl also accepts offsets such as "+01:00"; we only store named zones.
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(candidate)) return undefined;
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat("en-US", { timeZone: candidate }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
  return resolved.toLowerCase() === candidate.toLowerCase() ? resolved : candidate;
}

export function isTimeZone(candidate: string): boolean {
  return canonicalTimeZone(candidate) !== undefined;
}
