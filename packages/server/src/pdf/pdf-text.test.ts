import { describe, expect, it } from "vitest";
import { describeCharacters, markMissing, printableText } from "./pdf-text.js";

describe("printableText", () => {
  it("composes decomposed accents (NFC)", () => {
    expect(printableText("Jose\u0301")).toBe("José");
    expect(printableText("Jose\u0301")).toHaveLength(4);
  });

  it("turns every kind of line break into \\n and other controls into spaces", () => {
    expect(printableText("a\r\nb\rc\u2028d\ne")).toBe("a\nb\nc\nd\ne");
    expect(printableText("a\tb\u0000c")).toBe("a b c");
  });
});

describe("undrawable characters", () => {
  it("are named by code point and marked, not dropped", () => {
    expect(describeCharacters(["李"])).toBe("1 character (U+674E)");
    expect(describeCharacters(["😀", "雷"])).toBe("2 characters (U+1F600, U+96F7)");
    expect(markMissing("李 Lei", new Set(["李"]))).toBe("\uFFFD Lei");
  });
});
