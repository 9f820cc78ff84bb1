import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  looksLikeNppes,
  mayHoldKeptTaxonomy,
  readNppesHeader,
  readNppesRow,
  type NppesHeader,
} from "./import-nppes.js";
import { splitLatin1Fields } from "./import-fields.js";
import { testReference } from "./testing/import-reference.js";

const sample = readFileSync(new URL("testing/nppes-first10.csv", import.meta.url), "latin1")
  .split("\n")
  .filter(Boolean)
  .map((line) => splitLatin1Fields(line) as string[]);
const [headerFields = [], firstRecord = []] = sample;
const header = readNppesHeader(headerFields) as NppesHeader;

/** The first sample record (a physician in Kearney, NE) made into a massage therapist. */
function massageTherapist(changes: Record<string, string> = {}): string[] {
  const fields = [...firstRecord];
  const set = (name: string, value: string) => (fields[header.index.get(name) ?? -1] = value);
  set("Healthcare Provider Taxonomy Code_2", "225700000X");
  set("Provider License Number_2", "MT-881");
  set("Provider License Number State Code_2", "NE");
  for (const [name, value] of Object.entries(changes)) set(name, value);
  return fields;
}

describe("the NPPES public file", () => {
  it("recognises the real layout: 329 columns, the sample's ten records", () => {
    expect(looksLikeNppes(headerFields)).toBe(true);
    expect(header).toMatchObject({ format: "nppes", width: 329 });
    expect(sample).toHaveLength(11);
  });

  it("passes over every sample record: none lists a massage therapist or an acupuncturist", () => {
    for (const fields of sample.slice(1)) {
      expect(readNppesRow(fields, header, testReference)).toBe("not-kept");
    }
    const raw = readFileSync(new URL("testing/nppes-first10.csv", import.meta.url), "latin1").split(
      "\n",
    );
    expect(raw.slice(1).filter(mayHoldKeptTaxonomy)).toEqual([]);
  });

  it("keeps a massage therapist: name, practice address, 5-digit ZIP centroid, the kept code's licence", () => {
    expect(readNppesRow(massageTherapist(), header, testReference)).toMatchObject({
      source: "nppes",
      npi: "1679576722",
      name: "DAVID A WIEBE, M.D.",
      taxonomyCodes: ["207X00000X", "225700000X"],
      licences: [{ region: "NE", number: "MT-881", expiresOn: null }],
      address: {
        line1: "3500 CENTRAL AVE",
        city: "KEARNEY",
        region: "NE",
        postalCode: "68847",
        country: "US",
      },
      location: { latitude: 40.725, longitude: -99.01 },
      phone: "3088652512",
      verifiedOn: "2007-07-08",
      verifiedBy: "NPPES (self-reported by the provider)",
    });
  });

  it("passes over a deactivated NPI, keeps a reactivated one", () => {
    expect(
      readNppesRow(
        massageTherapist({ "NPI Deactivation Date": "01/02/2020" }),
        header,
        testReference,
      ),
    ).toBe("deactivated");
    expect(
      readNppesRow(
        massageTherapist({
          "NPI Deactivation Date": "01/02/2020",
          "NPI Reactivation Date": "03/04/2021",
        }),
        header,
        testReference,
      ),
    ).toMatchObject({ npi: "1679576722" });
  });

  it("reports a bad check digit and an unknown ZIP on the row", () => {
    const result = readNppesRow(
      massageTherapist({
        NPI: "1679576723",
        "Provider Business Practice Location Address Postal Code": "999990000",
      }),
      header,
      testReference,
    );
    expect(result).toEqual([
      { column: "NPI", message: "1679576723 fails the NPI check digit" },
      {
        column: "Provider Business Practice Location Address Postal Code",
        message: "unknown postal code 99999 in US",
      },
    ]);
  });

  it("refuses a header that is not the NPPES layout", () => {
    expect(readNppesHeader(["NPI", "Entity Type Code"])).toMatchObject({
      refused: expect.stringContaining("Not the NPPES layout: missing") as unknown,
    });
  });
});
