import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { characterCount, countedLength } from "./character-count";

describe("character counters", () => {
  test("the limit is said before anything is typed", () => {
    expect(characterCount("", 2000)).toEqual({ text: "Up to 2,000 characters.", isOver: false });
  });

  test("within and at the limit", () => {
    expect(characterCount("Walked", 500).text).toBe("6 of 500 characters used.");
    expect(characterCount("x".repeat(500), 500)).toEqual({
      text: "500 of 500 characters used.",
      isOver: false,
    });
  });

  test("over the limit says by how much", () => {
    expect(characterCount("x".repeat(501), 500)).toEqual({
      text: "1 character too many: the limit is 500.",
      isOver: true,
    });
    expect(characterCount("x".repeat(512), 500).text).toBe(
      "12 characters too many: the limit is 500.",
    );
  });

  test("counts as the server does: CRLF is one character, accents are composed", () => {
    expect(countedLength("a\r\nb")).toBe(3);
    expect(countedLength("e\u0301")).toBe(1);
  });

  test("over the limit exactly when the counted length is above it", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.integer({ min: 1, max: 50 }), (value, max) => {
        expect(characterCount(value, max).isOver).toBe(countedLength(value) > max);
      }),
    );
  });
});
