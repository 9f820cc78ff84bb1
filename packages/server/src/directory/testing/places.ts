/** A point on the map, in degrees. */
export type Point = { latitude: number; longitude: number };

/** ZIP 10001's centroid (New York), where `aProfileInput()`'s clinic is. */
export const newYork: Point = { latitude: 40.75065, longitude: -73.997293 };

/** ZIP 54301's centroid (Green Bay). */
export const greenBay: Point = { latitude: 44.480778, longitude: -88.016063 };

/** A point `km` east of `from` (ZIP 10001's centroid by default). */
export const east = (km: number, from: Point = newYork): Point => ({
  latitude: from.latitude,
  longitude: from.longitude + km / (111.32 * Math.cos((from.latitude * Math.PI) / 180)),
});

/** Each search test seeds its own town, far from the others (the database is shared). */
export const town = (index: number): Point => ({ latitude: 35 + index, longitude: -100 });

/** The search query naming a point. */
export const near = (point: Point) => `latitude=${point.latitude}&longitude=${point.longitude}`;
