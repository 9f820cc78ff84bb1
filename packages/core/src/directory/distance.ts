/** A point on Earth in decimal degrees (WGS 84). */
export type Coordinates = { latitude: number; longitude: number };

/** Mean Earth radius (IUGG), in km. */
export const earthRadiusKm = 6371.0088;

const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in km (haversine formula). */
export function distanceKm(a: Coordinates, b: Coordinates): number {
  const dLat = radians(b.latitude - a.latitude);
  const dLon = radians(b.longitude - a.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * earthRadiusKm * Math.asin(Math.min(1, Math.sqrt(h)));
}

export type BoundingBox = {
  minLatitude: number;
  maxLatitude: number;
  minLongitude: number;
  maxLongitude: number;
};

/**
 * A latitude/longitude box holding every point within `radiusKm` of `center` (never too small:
 * the longitude span uses the latitude of the box edge nearer a pole). Near a pole or across the
 * antimeridian it widens to every longitude rather than wrap, so it stays one range per column.
 */
export function boundingBox(center: Coordinates, radiusKm: number): BoundingBox {
  const latitudeSpan = (radiusKm / earthRadiusKm) * (180 / Math.PI);
  const minLatitude = Math.max(-90, center.latitude - latitudeSpan);
  const maxLatitude = Math.min(90, center.latitude + latitudeSpan);
  const widest = Math.max(Math.abs(minLatitude), Math.abs(maxLatitude));
  const cosine = Math.cos(radians(widest));
  const longitudeSpan = cosine < 1e-9 ? 360 : latitudeSpan / cosine;
  const minLongitude = center.longitude - longitudeSpan;
  const maxLongitude = center.longitude + longitudeSpan;
  if (longitudeSpan >= 180 || minLongitude < -180 || maxLongitude > 180) {
    return { minLatitude, maxLatitude, minLongitude: -180, maxLongitude: 180 };
  }
  return { minLatitude, maxLatitude, minLongitude, maxLongitude };
}

const kilometresPerMile = 1.609344;

/** Countries whose people think in miles (they also get kilometres, so both can be read). */
const milesCountries = new Set(["US", "GB", "LR", "MM"]);

/**
 * A distance in words, the one phrase every card, comparison and "why this match" uses: "less
 * than 1 km away", "8 km away", and for a search in the US, the UK, Liberia or Myanmar "8 km
 * (5 miles) away". Whole kilometres: the postal-code centre a search starts from is itself only
 * near the person's door. `country` is ISO 3166-1 alpha-2, or null when unknown (kilometres).
 */
export function distanceWords(kilometres: number, country: string | null = null): string {
  if (!Number.isFinite(kilometres) || kilometres < 0) return "distance unknown";
  if (kilometres < 1) return "less than 1 km away";
  const km = `${Math.round(kilometres)} km`;
  if (country === null || !milesCountries.has(country)) return `${km} away`;
  const miles = Math.round(kilometres / kilometresPerMile);
  const milesText = miles <= 1 ? "about 1 mile" : `${miles} miles`;
  return `${km} (${milesText}) away`;
}
