import { describe, expect, it } from "vitest";
import {
  acupuncturistTaxonomy,
  findNuccTaxonomy,
  isNuccTaxonomyCode,
  massageTherapistTaxonomy,
  nuccLabel,
  nuccTaxonomyCount,
} from "./nucc-taxonomy.js";

describe("NUCC taxonomy from the shipped CSV", () => {
  it("labels the two codes the directory keeps (REFERENCE §5.6)", () => {
    expect(nuccLabel(massageTherapistTaxonomy)).toBe("Massage Therapist");
    expect(nuccLabel(acupuncturistTaxonomy)).toBe("Acupuncturist");
    expect(findNuccTaxonomy("225100000X")?.classification).toBe("Physical Therapist");
    expect(findNuccTaxonomy("111N00000X")?.displayName).toBe("Chiropractor");
  });

  it("holds every row of version 22.0 and nothing else", () => {
    expect(nuccTaxonomyCount).toBe(868);
    expect(isNuccTaxonomyCode("225700000Y")).toBe(false);
    expect(isNuccTaxonomyCode("225700000x")).toBe(false);
    expect(() => nuccLabel("0000000000")).toThrow(/Unknown/);
  });
});
