const kilometresPerMile = 1.609344;

/** Countries whose people think in miles (they also get kilometres, so both can be read). */
const milesCountries = new Set(["US", "GB", "LR", "MM"]);

function whole(value: number): string {
  return String(Math.round(value));
}

/**
 * A distance in words, as a card says it: "less than 1 km away", "8 km away", and in the US or
 * the UK "8 km (5 miles) away". Whole kilometres: the postal-code centre a search starts from is
 * itself only near the person's door.
 */
export function distanceWords(kilometres: number, country: string | null = null): string {
  if (!Number.isFinite(kilometres) || kilometres < 0) return "distance unknown";
  if (kilometres < 1) return "less than 1 km away";
  const km = `${whole(kilometres)} km`;
  if (country === null || !milesCountries.has(country)) return `${km} away`;
  const miles = Math.round(kilometres / kilometresPerMile);
  const milesText = miles <= 1 ? "about 1 mile" : `${miles} miles`;
  return `${km} (${milesText}) away`;
}
