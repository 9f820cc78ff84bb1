import { describe, expect, it } from "vitest";
import { isValidNpi, npiCheckDigit, npiProblem, npiRegistryUrl } from "./npi.js";

describe("NPI check digit (Luhn with the 80840 prefix)", () => {
  it("matches the CMS worked example: 123456789 → check digit 3", () => {
    // CMS, "NPI Check Digit Algorithm" (2006): 80840123456789 → sum 67 → 70 − 67 = 3.
    expect(npiCheckDigit("123456789")).toBe(3);
    expect(isValidNpi("1234567893")).toBe(true);
  });

  it("accepts NPIs from the NPPES public file sample", () => {
    // /work/shared/data/directory/nppes_first10.csv, first rows.
    for (const npi of ["1679576722", "1588667638", "1497758544", "1306849450", "1215930367"]) {
      expect(isValidNpi(npi), npi).toBe(true);
    }
  });

  it("refuses a wrong last digit, every single-digit typo and non-digits", () => {
    expect(isValidNpi("1234567890")).toBe(false);
    const valid = "1234567893";
    for (let position = 0; position < 10; position += 1) {
      for (let digit = 0; digit <= 9; digit += 1) {
        const typo = `${valid.slice(0, position)}${digit}${valid.slice(position + 1)}`;
        if (typo !== valid) expect(isValidNpi(typo), typo).toBe(false);
      }
    }
    expect(isValidNpi("123456789")).toBe(false);
    expect(isValidNpi("12345678930")).toBe(false);
    expect(isValidNpi("123456789a")).toBe(false);
    expect(npiCheckDigit("12345678")).toBeUndefined();
  });

  it("says why in words", () => {
    expect(npiProblem("12")).toBe("An NPI is 10 digits.");
    expect(npiProblem("1234567890")).toMatch(/check digit/);
    expect(npiProblem("1234567893")).toBeUndefined();
  });
});

it("links an NPI to its page in the NPPES NPI Registry", () => {
  expect(npiRegistryUrl("1234567893")).toBe(
    "https://npiregistry.cms.hhs.gov/provider-view/1234567893",
  );
});
