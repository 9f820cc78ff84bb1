import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasForbiddenControl, personText } from "./text.schema.js";

const note = personText({ maxLength: 20, label: "The note", isMultiline: true });
const name = personText({ maxLength: 20, label: "The name", minLength: 1 });

describe("personText", () => {
  it("refuses NUL and other control characters, keeps tab and line breaks", () => {
    expect(note.safeParse("a\u0000b").success).toBe(false);
    expect(note.safeParse("a\u001bb").success).toBe(false);
    expect(note.safeParse("a\u0085b").success).toBe(false);
    expect(note.parse("a\tb\nc")).toBe("a\tb\nc");
  });

  it("normalises CRLF and CR to a line feed, and text to NFC", () => {
    expect(note.parse("a\r\nb\rc")).toBe("a\nb\nc");
    expect(name.parse("Jose\u0301")).toBe("Jos\u00e9");
  });

  it("refuses line breaks in one-line fields and empty required ones", () => {
    expect(name.safeParse("a\nb").success).toBe(false);
    expect(name.safeParse("   ").success).toBe(false);
  });

  it("counts length after normalisation", () => {
    expect(name.safeParse("e\u0301".repeat(20)).success).toBe(true);
    expect(name.safeParse("e".repeat(21)).success).toBe(false);
  });

  it("never returns text with a forbidden control character (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (value) => {
        const result = note.safeParse(value);
        if (result.success) {
          expect(hasForbiddenControl(result.data)).toBe(false);
          expect(result.data).toBe(result.data.normalize("NFC"));
        }
      }),
    );
  });
});
