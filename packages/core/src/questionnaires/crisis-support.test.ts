import { describe, expect, it } from "vitest";
import { crisisLineCountries, crisisSupportFor } from "./crisis-support.js";

const numbersOf = (country: string | null) =>
  crisisSupportFor(country).lines.flatMap((line) => line.contacts.map((contact) => contact.text));

describe("crisis support by country (REFERENCE §8)", () => {
  it("Canada: 9-8-8, call or text, never the US lifeline", () => {
    const support = crisisSupportFor("CA");
    expect(numbersOf("CA")).toEqual(["Call 9-8-8", "Text 9-8-8"]);
    expect(support.lines[0]).toMatchObject({
      name: "9-8-8 Suicide Crisis Helpline",
      sourceId: "ref-8-canada",
    });
    expect(JSON.stringify(support)).not.toMatch(/United States|Lifeline/);
  });

  it("the United Kingdom and Ireland: Samaritans 116 123", () => {
    for (const country of ["GB", "IE"]) {
      expect(crisisSupportFor(country).lines[0]).toMatchObject({ name: "Samaritans" });
      expect(numbersOf(country)).toContain("Call 116 123");
    }
    expect(crisisSupportFor("GB").lines[0]?.sourceId).toBe("ref-8-united-kingdom");
    expect(crisisSupportFor("IE").lines[0]?.sourceId).toBe("ref-8-ireland");
    expect(JSON.stringify(crisisSupportFor("GB"))).toContain("NHS 111");
  });

  it("the United States: 988, call or text", () => {
    expect(numbersOf("US")).toEqual(["Call 988", "Text 988"]);
    expect(crisisSupportFor("US").lines[0]?.sourceId).toBe("ref-8-united-states");
  });

  it("Australia: Lifeline 13 11 14, text 0477 13 11 14", () => {
    expect(numbersOf("AU")).toEqual(["Call 13 11 14", "Text 0477 13 11 14"]);
  });

  it("New Zealand: 1737, call or text", () => {
    expect(numbersOf("NZ")).toEqual(["Call 1737", "Text 1737"]);
  });

  it("links dial the number without spaces or dashes", () => {
    const hrefs = ["US", "CA", "GB", "IE", "AU", "NZ"].flatMap((country) =>
      crisisSupportFor(country).lines.flatMap((line) =>
        line.contacts.map((contact) => contact.href),
      ),
    );
    for (const href of hrefs) expect(href).toMatch(/^(tel|sms):\d+$/);
    expect(hrefs).toContain("tel:116123");
    expect(hrefs).toContain("sms:0477131114");
  });

  it.each([null, "DE", "JP"])(
    "%s: the local emergency number and a helpline directory, no US wording",
    (country) => {
      const support = crisisSupportFor(country);
      expect(support.isKnownCountry).toBe(false);
      expect(support.lines).toEqual([]);
      expect(support.emergency).toMatch(/local emergency number/);
      expect(support.elsewhere).toMatch(/international directory of helplines/);
      expect(JSON.stringify(support)).not.toMatch(/988|United States|US\b/);
    },
  );

  it("every country says to call the local emergency number in danger", () => {
    for (const { code } of crisisLineCountries) {
      expect(crisisSupportFor(code).emergency).toMatch(/local emergency number/);
    }
  });

  it("lists the countries of §8, each with a source id", () => {
    expect(crisisLineCountries.map((entry) => entry.code)).toEqual([
      "AU",
      "CA",
      "IE",
      "NZ",
      "GB",
      "US",
    ]);
    for (const { code } of crisisLineCountries) {
      for (const line of crisisSupportFor(code).lines) expect(line.sourceId).toMatch(/^ref-8-/);
    }
  });
});
