import { describe, expect, it } from "vitest";
import { scoreFromDigit } from "./score-digits";

const zeroToTen = { minimum: 0, maximum: 10 };

describe("scoreFromDigit", () => {
  it("picks the digit typed", () => {
    expect(scoreFromDigit({ key: "7", at: 0 }, undefined, zeroToTen)).toBe(7);
    expect(scoreFromDigit({ key: "0", at: 0 }, undefined, zeroToTen)).toBe(0);
  });

  it("reads 1 then 0 within a second as 10, and a slow 0 as 0", () => {
    const one = { key: "1", at: 1000 };
    expect(scoreFromDigit({ key: "0", at: 1500 }, one, zeroToTen)).toBe(10);
    expect(scoreFromDigit({ key: "0", at: 2500 }, one, zeroToTen)).toBe(0);
  });

  it("ignores other keys and digits outside the scale", () => {
    expect(scoreFromDigit({ key: "ArrowRight", at: 0 }, undefined, zeroToTen)).toBeUndefined();
    expect(scoreFromDigit({ key: "0", at: 0 }, undefined, { minimum: 1, maximum: 7 })).toBe(
      undefined,
    );
    expect(
      scoreFromDigit({ key: "0", at: 10 }, { key: "1", at: 0 }, { minimum: 1, maximum: 7 }),
    ).toBeUndefined();
  });
});
