import { describe, expect, test } from "vitest";
import { distanceWords } from "./distance-words";

describe("distance in words", () => {
  test("whole kilometres, and a near one said as near", () => {
    expect(distanceWords(0)).toBe("less than 1 km away");
    expect(distanceWords(0.6)).toBe("less than 1 km away");
    expect(distanceWords(7.6)).toBe("8 km away");
    expect(distanceWords(14.49, "FR")).toBe("14 km away");
  });

  test("miles as well for people in the US and the UK", () => {
    // 8 km = 4.97 miles.
    expect(distanceWords(8, "US")).toBe("8 km (5 miles) away");
    expect(distanceWords(1.2, "GB")).toBe("1 km (about 1 mile) away");
  });

  test("a value that is no distance is not dressed up as one", () => {
    expect(distanceWords(Number.NaN)).toBe("distance unknown");
    expect(distanceWords(-3)).toBe("distance unknown");
  });
});
