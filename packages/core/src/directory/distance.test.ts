import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { boundingBox, distanceKm, distanceWords } from "./distance.js";

describe("distance (haversine) and the search box", () => {
  it("matches known great-circle distances", () => {
    // New York (JFK) – London (LHR): about 5,540 km (haversine, mean Earth radius).
    const jfk = { latitude: 40.6413, longitude: -73.7781 };
    const lhr = { latitude: 51.47, longitude: -0.4543 };
    expect(distanceKm(jfk, lhr)).toBeGreaterThan(5530);
    expect(distanceKm(jfk, lhr)).toBeLessThan(5560);
    // One degree of latitude ≈ 111.2 km.
    expect(distanceKm({ latitude: 0, longitude: 0 }, { latitude: 1, longitude: 0 })).toBeCloseTo(
      111.2,
      1,
    );
    expect(distanceKm(jfk, jfk)).toBe(0);
  });

  it("the box holds every point within the radius (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -85, max: 85, noNaN: true }),
        fc.double({ min: -179, max: 179, noNaN: true }),
        fc.double({ min: 0.1, max: 500, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
        (latitude, longitude, radius, fraction, bearing) => {
          // A point at `fraction × radius` in direction `bearing` (destination-point formula).
          const center = { latitude, longitude };
          const angular = (radius * fraction) / 6371.0088;
          const lat1 = (latitude * Math.PI) / 180;
          const lon1 = (longitude * Math.PI) / 180;
          const lat2 = Math.asin(
            Math.sin(lat1) * Math.cos(angular) +
              Math.cos(lat1) * Math.sin(angular) * Math.cos(bearing),
          );
          const lon2 =
            lon1 +
            Math.atan2(
              Math.sin(bearing) * Math.sin(angular) * Math.cos(lat1),
              Math.cos(angular) - Math.sin(lat1) * Math.sin(lat2),
            );
          const point = {
            latitude: (lat2 * 180) / Math.PI,
            longitude: (((lon2 * 180) / Math.PI + 540) % 360) - 180,
          };
          if (distanceKm(center, point) > radius) return;
          const box = boundingBox(center, radius);
          expect(point.latitude).toBeGreaterThanOrEqual(box.minLatitude - 1e-9);
          expect(point.latitude).toBeLessThanOrEqual(box.maxLatitude + 1e-9);
          expect(point.longitude).toBeGreaterThanOrEqual(box.minLongitude - 1e-9);
          expect(point.longitude).toBeLessThanOrEqual(box.maxLongitude + 1e-9);
        },
      ),
    );
  });

  it("widens to every longitude across the antimeridian or near a pole", () => {
    expect(boundingBox({ latitude: 0, longitude: 179.9 }, 50)).toMatchObject({
      minLongitude: -180,
      maxLongitude: 180,
    });
    expect(boundingBox({ latitude: 89.9, longitude: 0 }, 50)).toMatchObject({
      minLongitude: -180,
      maxLongitude: 180,
    });
  });

  it("says distances in whole kilometres, and a near one as near", () => {
    expect(distanceWords(0)).toBe("less than 1 km away");
    expect(distanceWords(0.6)).toBe("less than 1 km away");
    // The new-user trial saw "1000 m" beside "less than 1 km away" for one practitioner.
    expect(distanceWords(0.96)).toBe("less than 1 km away");
    expect(distanceWords(7.6)).toBe("8 km away");
    expect(distanceWords(14.49, "FR")).toBe("14 km away");
  });

  it("adds miles for people in the US and the UK", () => {
    // 8 km = 4.97 miles.
    expect(distanceWords(8, "US")).toBe("8 km (5 miles) away");
    expect(distanceWords(1.2, "GB")).toBe("1 km (about 1 mile) away");
  });

  it("does not dress up a value that is no distance", () => {
    expect(distanceWords(Number.NaN)).toBe("distance unknown");
    expect(distanceWords(-3)).toBe("distance unknown");
  });
});
