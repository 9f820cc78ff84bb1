import { describe, expect, it } from "vitest";
import { csvColumnNames, readCsvHeader, type CsvHeader } from "./import-csv-columns.js";
import { readCsvRow } from "./import-csv-row.js";
import type { ImportedPractitioner } from "./import-practitioner.js";
import type { RowProblem } from "./import-row-problems.js";
import { testReference } from "./testing/import-reference.js";

const header = readCsvHeader([...csvColumnNames]) as CsvHeader;

function row(cells: Partial<Record<(typeof csvColumnNames)[number], string>>): string[] {
  return csvColumnNames.map((name) => cells[name] ?? "");
}

const good = {
  external_id: "amta:1",
  npi: "1234567893",
  name: "Rosa Alvarez",
  taxonomy_codes: "225700000X",
  modalities: "swedish-massage; oncology-massage",
  licences: "NY|012345|2027-06-30;NJ|18KM1|",
  languages: "en; es-mx",
  postal_code: "12207",
  currency: "USD",
  price_60: "80",
  price_90: "110.50",
  sliding_scale_min: "50",
  sliding_scale_max: "80",
  accepting_new_clients: "yes",
  home_visits: "Y",
  home_visit_radius_km: "15",
  verified_on: "2026-10-01",
  verified_by: "State board website",
};

const problems = (result: ImportedPractitioner | RowProblem[]) =>
  Array.isArray(result) ? result.map((problem) => problem.column) : [];

describe("our CSV columns", () => {
  it("reads a good row exactly: minor units, canonical languages, licences, the postal centroid", () => {
    const practitioner = readCsvRow(row(good), header, testReference);
    expect(practitioner).toMatchObject({
      npi: "1234567893",
      externalId: "amta:1",
      modalities: ["swedish-massage", "oncology-massage"],
      licences: [
        { region: "NY", number: "012345", expiresOn: "2027-06-30" },
        { region: "NJ", number: "18KM1", expiresOn: null },
      ],
      languages: ["en", "es-MX"],
      location: { latitude: 42.658, longitude: -73.746 },
      currency: "USD",
      price30Minor: null,
      price60Minor: 8000,
      price90Minor: 11050,
      acceptingNewClients: true,
      homeVisits: true,
      isFictional: false,
    });
  });

  it("lists every bad cell of a row at once", () => {
    const result = readCsvRow(
      row({
        ...good,
        npi: "1234567890",
        taxonomy_codes: "225700000X;999999999X",
        price_60: "-5",
        price_90: "25000",
        home_visit_radius_km: "0",
        languages: "en;not a tag!",
        postal_code: "00000",
        verified_by: "",
        accepting_new_clients: "maybe",
      }),
      header,
      testReference,
    );
    expect(problems(result)).toEqual([
      "npi",
      "languages",
      "taxonomy_codes",
      "postal_code",
      "home_visit_radius_km",
      "price_60",
      "price_90",
      "accepting_new_clients",
      "verified_by",
    ]);
  });

  it("refuses amounts without a currency and finer than its minor unit", () => {
    expect(problems(readCsvRow(row({ ...good, currency: "" }), header, testReference))).toContain(
      "price_60",
    );
    expect(
      problems(
        readCsvRow(row({ ...good, currency: "JPY", price_60: "80.5" }), header, testReference),
      ),
    ).toContain("price_60");
    expect(
      problems(readCsvRow(row({ ...good, sliding_scale_max: "40" }), header, testReference)),
    ).toEqual(["sliding_scale_max"]);
  });

  it("needs a name and a key, and the header's number of fields", () => {
    expect(
      problems(
        readCsvRow(row({ ...good, name: " ", npi: "", external_id: "" }), header, testReference),
      ),
    ).toEqual(["npi", "name"]);
    expect(readCsvRow(["a", "b"], header, testReference)).toEqual([
      { column: null, message: `2 fields where the header has ${csvColumnNames.length}` },
    ]);
  });

  it("refuses a file whose header has an unknown, repeated or missing column", () => {
    expect(readCsvHeader(["name", "npi", "prise_60"])).toEqual({
      refused: expect.stringContaining(
        'Unknown column "prise_60" (column 3); did you mean price_60?',
      ) as unknown,
    });
    expect(readCsvHeader(["name", "npi", "NPI"])).toEqual({
      refused: 'Column "npi" appears twice.',
    });
    expect(readCsvHeader(["npi"])).toEqual({ refused: 'The column "name" is missing.' });
    expect(readCsvHeader(["name", "city"])).toMatchObject({
      refused: expect.stringContaining("npi") as unknown,
    });
    expect(readCsvHeader([" Name ", "External_ID"])).toMatchObject({ format: "csv", width: 2 });
  });
});
