import { describe, expect, test } from "vitest";
import { base64UrlToBytes, leadTimeChoices, leadTimeWords } from "./lead-time";

describe("reminder lead time", () => {
  test("every offered lead time reads in plain words", () => {
    expect(leadTimeChoices.map(leadTimeWords)).toEqual([
      "At the start",
      "15 minutes before",
      "30 minutes before",
      "1 hour before",
      "2 hours before",
      "1 day before",
    ]);
    expect(leadTimeWords(90)).toBe("90 minutes before");
    expect(leadTimeWords(2880)).toBe("2 days before");
  });

  test("a base64url key becomes its bytes (padding restored, - and _ mapped)", () => {
    expect([...base64UrlToBytes("-_8")]).toEqual([0xfb, 0xff]);
    expect([...base64UrlToBytes("AQID")]).toEqual([1, 2, 3]);
  });
});
