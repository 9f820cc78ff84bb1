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

/** "800 m", "8 km", "12.5 km": distance in words for a result card. */
export function describeDistance(km: number): string {
  if (km < 1) return `${Math.max(100, Math.round(km * 10) * 100)} m`;
  if (km < 10) return `${Math.round(km * 10) / 10} km`;
  return `${Math.round(km)} km`;
}
