import { describe, expect, it } from "vitest";
import { csvColumnNames, readCsvHeader, type CsvHeader } from "./import-csv-columns.js";
import { readCsvRow } from "./import-csv-row.js";
import { checkImportedProfile } from "./import-profile.js";
import { directoryReference } from "./import-reference.js";
import { postalCentroids } from "./postal-codes.js";
import { syntheticRows } from "./synthetic-directory.js";

const centroids = [...postalCentroids("US").entries()].sort(([a], [b]) => (a < b ? -1 : 1));
const rows = (seed: number, count = 2000) => [
  ...syntheticRows({ count, seed, centroids, asOf: "2026-11-01" }),
];
const header = readCsvHeader([...csvColumnNames]) as CsvHeader;
const cell = (row: readonly string[], column: (typeof csvColumnNames)[number]) =>
  row[csvColumnNames.indexOf(column)];

describe("the synthetic directory", () => {
  it("is the same for the same seed, and another for another seed", () => {
    expect(rows(7, 50)).toEqual(rows(7, 50));
    expect(rows(8, 50)).not.toEqual(rows(7, 50));
  });

  it("marks every record fictional, gives none an NPI, and every one passes the real import's checks", () => {
    const made = rows(1);
    for (const row of made) {
      expect(cell(row, "fictional")).toBe("yes");
      expect(cell(row, "name")).toMatch(/\(fictional\)$/);
      expect(cell(row, "npi")).toBe("");
      const practitioner = readCsvRow(row, header, directoryReference);
      expect(practitioner).not.toBeInstanceOf(Array);
      if (Array.isArray(practitioner)) continue;
      expect(practitioner.isFictional).toBe(true);
      expect(checkImportedProfile(practitioner)).not.toBeInstanceOf(Array);
    }
    expect(new Set(made.map((row) => cell(row, "external_id"))).size).toBe(made.length);
  });

  it("spreads practitioners over real postal-code centroids, within about a kilometre of one", () => {
    const byCode = new Map(centroids);
    const places = rows(3, 500).map((row) => ({
      centre: byCode.get(cell(row, "postal_code") ?? ""),
      latitude: Number(cell(row, "latitude")),
      longitude: Number(cell(row, "longitude")),
    }));
    expect(new Set(places.map((place) => place.centre)).size).toBeGreaterThan(400);
    for (const place of places) {
      expect(place.centre).toBeDefined();
      expect(Math.abs(place.latitude - (place.centre?.latitude ?? 0))).toBeLessThanOrEqual(0.01);
      expect(Math.abs(place.longitude - (place.centre?.longitude ?? 0))).toBeLessThanOrEqual(0.01);
    }
  });
});
