/**
 * IANA time zones, checked with the platform's Intl database (pure: no clock, no I/O).
 * Returns the name to store, or undefined when the zone is unknown.
 *
 * The name is kept as the person chose it: ICU resolves current names to older aliases
 * ("Asia/Kolkata" -> "Asia/Calcutta", "Europe/Kyiv" -> "Europe/Kiev"), and people should see
 * the name they picked. Only letter case is corrected.
 */
export function canonicalTimeZone(candidate: string): string | undefined {
  // Intl also accepts offsets such as "+01:00"; we only store named zones.
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(candidate)) return undefined;
  const resolved = resolvesTo(candidate);
  if (resolved === undefined) return undefined;
  if (resolved.toLowerCase() === candidate.toLowerCase()) return resolved;
  // An alias ICU resolves elsewhere: fix the usual capitals ("asia/kolkata" -> "Asia/Kolkata").
  const capitalized = candidate.replace(
    /(^|[/_-])([a-z])/g,
    (_match, separator: string, letter: string) => separator + letter.toUpperCase(),
  );
  return resolvesTo(capitalized) === resolved ? capitalized : candidate;
}

function resolvesTo(name: string): string | undefined {
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}
